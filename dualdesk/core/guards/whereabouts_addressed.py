"""Whereabouts remarks that are nobody's now: advice to the reader, a scene from a past year.

With no "I" in the sentence, two shapes make a place or a trip no one's
present whereabouts:

- a doing that opens the sentence, told about the reader's own situation
  ("your"), with no day or time of the author's ("Moving to Pune for your
  first job is a big change"): advice, not a trip;
- a sentence set in a past year ("in 2016", "back in 1998"), with no day or
  time of the author's ("Biles stepping back in Tokyo in 2021 ..."): history
  or a public figure's story.

A day or a "now" word keeps the remark the author's ("Flying to Belfast on
Thursday, say hello if you're there"; "first time back in person since 2019,
this week"). Each pattern is bounded, so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import DAY_WORDS

_I = re.IGNORECASE
#: The reader's own situation: "your first job", "your kids".
_YOUR = compiled(r"\byour\b", _I)
#: A doing that opens the sentence: "Moving", "Travelling".
_GERUND_OPEN = compiled(r"\W*[A-Z][a-z]+ing\b")
#: A past year the sentence is set in: "in 2021", "back in 1998", "since 2019".
_YEAR = compiled(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring) (?:19[5-9]\d|20[0-4]\d)\b")
#: A day or a time of the author's: "today", "this week", "soon".
_NOW = compiled(
    r"\b(?:today|tonight|tomorrow|now|soon|this (?:morning|afternoon|evening|weekend|week))\b",
    _I,
)


def nobodys(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end], with no "I" in it, places no one now.

    Args:
        text: The draft.
        start: Where the sentence starts.
        end: Where it ends.
    """
    # (the rare shapes first: most sentences are neither, and the day words cost a scan)
    advice = _GERUND_OPEN.match(text, start) is not None and _YOUR.search(text, start, end)
    if not (advice or _YEAR.search(text, start, end)):
        return False
    return not (_NOW.search(text, start, end) or DAY_WORDS.search(text, start, end))
