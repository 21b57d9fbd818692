"""Days and nights the author tells by the clock or by a sick child at home.

Two shapes that say where the clinician is, or that they are awake, without
a place or a travel word:
- a 24-hour small hour opening a sentence, then the author ("03:12 and my
  brain...", "01:40, still up", "04:05 - why am I awake"); the 12-hour form
  ("3:12am and...") is read by `whereabouts_night`;
- the author home with their own sick child today: "my youngest has a
  temperature so I'm home today", "kiddo's off sick, working from the sofa",
  or the Swedish "vabb" (paid leave to care for a sick child) that Nordic
  clinicians use in English posts.

Not the author's: a clock time inside a sentence ("the 02:00 feed"), a
client's child ("her son has a fever"), and a child's illness in the past
("my son had flu last month"). Each pattern runs only when its key
characters are in the lower-cased text.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE
#: A 24-hour small hour with its leading zero, then the author or being awake.
_SMALL_CLOCK = compiled(
    r"\b0[0-4][:.h][0-5]\d\b(?=\s*(?:and|,|-|–|—|\.\.\.|…|:)?\s*(?:i|i'm|im|i've|my|me"
    r"|still|wide|awake|brain|can't|cannot|why|up|lying|staring|insomnia|again)\b)",
    _I,
)
_KID = (
    r"(?:kid|kiddo|kids|toddler|baby|son|daughter|youngest|eldest|little one|boy|girl|wee one"
    r"|wean|bairn|twins|littlest)"
)
#: The author's own child ill now, or the Swedish word for the day off it takes.
_SICK_KID = compiled(
    r"\bvabb(?:ar|ing|ade|a)?\b"
    rf"|\bmy {_KID}(?:'s| is| has| has got|'s got) (?:(?:a|the|got|come down with|off)"
    r" )?(?:fever|temperature|temp|high temperature|flu|croup|tummy bug|sick|poorly|ill"
    r"|unwell|chickenpox|chicken pox|d&v|vomiting bug|bug)\b",
    _I,
)
#: The day is now: the child is ill today and the author is home.
_NOW = compiled(
    r"\b(?:today|this morning|tonight|so i'?m|so no|home|sofa|couch|wfh|working from)\b", _I
)

_ILL_KEYS = (
    "fever",
    "temp",
    "flu",
    "croup",
    "bug",
    "sick",
    "poorly",
    " ill",
    "unwell",
    "pox",
    "d&v",
)


def _opens(text: str, start: int) -> bool:
    """Whether `start` is the first word of its sentence or line."""
    s, _ = sentence_bounds(text, start)
    return not text[s:start].strip() or text[max(0, start - 1)] == "\n"


def home_days(text: str, low: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return spans of the author's small hours, and of a day home with a sick child.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased (same offsets).

    Returns:
        (night spans, day spans); both empty when no key characters are present.
    """
    night: list[tuple[int, int]] = []
    days: list[tuple[int, int]] = []
    if "0" in low:
        night.extend(m.span() for m in _SMALL_CLOCK.finditer(text) if _opens(text, m.start()))
    if "vabb" in low or ("my " in low and holds_any(low, _ILL_KEYS)):
        for m in _SICK_KID.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if m.group().lower().startswith("vabb") or _NOW.search(text, s, e):
                days.append(m.span())
    return night, days
