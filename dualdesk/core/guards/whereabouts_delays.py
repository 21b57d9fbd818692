"""Delays on the road and idioms of being away, said as the author's own.

"Running ~10 min late", "Westlink at a standstill again so I'm...", "the
H-1 is one parking lot", "parked up at the crossing", "stuck behind a
snowplow", "out of station till Sunday", "3 days with family": each says
where the clinician is now, or that they are away. The ownership check in
`whereabouts` drops remarks that are someone else's or advice.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: A hold-up or an absence in the author's words.
DELAY = compiled(
    r"(?=\w)(?:\brunning (?:~\s?|about |around |abt |like |maybe )?\d+(?:\s?-\s?\d+)?\s?"
    r"(?:mins?|minutes|m)\.? late\b"
    r"|\bstuck (?:behind (?:a|an|the|some) |sa )"
    r"|\b(?:is|are|'s) (?:just |basically |literally )?(?:one|a|an)"
    r" (?:big |giant |massive |long )?"
    r"(?:parking lot|car ?park)\b"
    r"|\b(?:i'?m|we'?re|i am|we are) (?:parked up|pulled over|stuck on the side)\b"
    r"|\bout of station\b"
    r"|\b(?:days?|nights?|weekend|week|holidays?|trip|getaway|break)"
    r" with (?:the )?(?:family|fam)\b"
    r"(?! (?:members?|therapy|systems?|sessions?|work)\b))",
    re.IGNORECASE,
)
#: Traffic brought to a stop: needs the author in the same sentence.
_STANDSTILL = compiled(r"\b(?:at a (?:standstill|crawl)|gridlocked|bumper to bumper)\b", re.I)
_AUTHOR = compiled(r"\b(?:i'?m|i am|we'?re|we are|i'?ve|i)\b", re.I)
#: Someone else as the subject just before the remark: "clients are running 20 min late".
_OTHERS = compiled(
    r"\b(?:clients?|patients?|they|he|she|people|kids|teens|students|parents|families|someone"
    r"|you|your)\b",
    re.I,
)


def _others_before(text: str, start: int) -> bool:
    """Whether another person is the subject in the few words before `start`."""
    s, _ = sentence_bounds(text, start)
    return _OTHERS.search(text, max(s, start - 30), start) is not None


def delays(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans of road delays and away idioms in `text`.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans; empty when no key word is present.
    """
    found: list[tuple[int, int]] = []
    if "late" in low or "stuck" in low or "park" in low or "station" in low or " with " in low:
        found.extend(m.span() for m in DELAY.finditer(text) if not _others_before(text, m.start()))
    if "standstill" in low or "crawl" in low or "gridlock" in low or "bumper" in low:
        for m in _STANDSTILL.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if _AUTHOR.search(text, s, e):
                found.append(m.span())
    return found
