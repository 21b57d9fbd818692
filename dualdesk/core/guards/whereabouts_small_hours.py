"""Small-hours clock times that say the author is up: "1:30am na", "I'm writing ... at 2am".

`whereabouts_night` reads late nights in fixed wordings; these are the
shapes it misses: a small hour followed by the Tagalog "na" (already)
opening a sentence about the author, and "I'm <doing> ... at 1:30am" with
the author's present work in between. Times that someone else keeps ("you
scroll until 2am", "clients who text at 3am") do not fire.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_HOUR = r"(?:12|[1-4])(?:[:.][0-5]\d)?\s?(?:am|a\.m\.)"
#: The two shapes; the second keeps to one sentence and stops at another person.
SMALL_HOURS = compiled(
    rf"(?=\w)(?:\b{_HOUR} na\b"
    r"|\b(?:i'?m|im|i am|we'?re|we are) (?:still )?[a-z]+ing\b"
    r"(?:(?!\b(?:who|whose|when|if|they|he|she|you|clients?|patients?|kids|teens|people)\b)"
    rf"[^.!?\n]){{0,60}}?\bat {_HOUR})",
    re.IGNORECASE,
)
#: Words before the hour that make it someone else's time or a limit.
_NOT_NOW = compiled(r"(?:hanggang|until|till|til|before|by|after|past)\s+$", re.I)


def small_hours(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans of small-hours remarks about the author.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans; empty unless "am" follows a digit somewhere.
    """
    if "am" not in low and "a.m" not in low:
        return []
    found = []
    for m in SMALL_HOURS.finditer(text):
        if not _NOT_NOW.search(text, max(0, m.start() - 12), m.start()):
            found.append(m.span())
    return found
