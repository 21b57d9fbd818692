"""The practice called by its own first name at a work event, for the `identity_link` guard.

Staff call "Harbourlight Eating Disorder Therapy" just "Harbourlight", and
"ʻOhana Pathways Counseling" "ʻOhana Pathways": "Harbourlight's holiday party
was the first time I've seen my colleagues dance". The leading capitalised
words of a practice marker (before the words that say what it does) are too
common alone to count anywhere; right before a staff event (a holiday party, a
team lunch, the Christmas do) they name the user's own workplace.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: Words that may be written before a capital: the Hawaiian ʻokina, apostrophes.
_LEADING_MARKS = "\u02bb\u2018'\u2019`"
#: A staff event right after the practice's name: "'s holiday party", " Christmas do".
_EVENT = (
    r"(?:'s|\u2019s)?\s+(?:(?:annual|big|first|last|staff|team|office)\s+)?(?:holiday|christmas"
    r"|xmas|end[- ]of[- ](?:year|term)|summer|winter|staff|team|office|work|leaving|retirement"
    r"|away)[ -](?:party|parties|do|dinner|lunch|retreat|day|drinks|social|picnic|potluck"
    r"|braai|barbecue|bbq|outing)\b"
)
#: Words that must be in the lower-cased draft before the pattern runs.
GATE = ("party", "parties", " do", "dinner", "lunch", "retreat", "day", "drinks", "social",
        "picnic", "potluck", "braai", "barbecue", "bbq", "outing")  # fmt: skip


def _capitalised(word: str) -> bool:
    return word.lstrip(_LEADING_MARKS)[:1].isupper()


@lru_cache(maxsize=8)
def _pattern(markers: tuple[str, ...]) -> re.Pattern[str] | None:
    """The leading capitalised words of each multi-word marker, before a staff event."""
    heads = set()
    for marker in markers:
        words = marker.split()
        if len(words) < 2 or "." in marker or not _capitalised(words[0]):
            continue  # a web address or a one-word name is matched elsewhere, or not at all
        head = [words[0]]
        for word in words[1:-1]:
            if not _capitalised(word):
                break
            head.append(word)
        for n in range(1, len(head) + 1):
            name = " ".join(head[:n])
            if len(name.lstrip(_LEADING_MARKS)) >= 5:
                heads.add(name)
    if not heads:
        return None
    names = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return compiled(rf"(?<![\w@#])(?:{names}){_EVENT}", re.IGNORECASE)


def practice_events(text: str, folded: str, markers: tuple[str, ...]) -> list[re.Match[str]]:
    """Matches of the practice's leading name right before a staff event.

    Args:
        text: the draft, quotes made plain.
        folded: `text` lower-cased.
        markers: the professional profile's markers.
    """
    if not holds_any(folded, GATE):
        return []
    pattern = _pattern(markers)
    return list(pattern.finditer(text)) if pattern is not None else []
