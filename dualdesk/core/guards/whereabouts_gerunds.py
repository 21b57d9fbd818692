"""Movements told as a gerund that is nobody's trip, for the `whereabouts` guard.

"going to the ED" is the author's whereabouts in "Going to the ED now"; it is
no one's in advice and explanation, where the gerund is a thing spoken of:

- asked or weighed: "clients ask if going to the ED means admission";
- done by others named just before it: "New grads going into ED social work",
  "patients heading home after a long stay".
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

#: The gerund weighed rather than done: "if going", "whether heading".
_WEIGHED_BEFORE = compiled(r"\b(?:if|whether)\s+$", re.IGNORECASE)
#: Plural words that are no people: "this", "always", "thanks".
_NOT_PEOPLE = frozenset(
    ("this", "was", "is", "has", "does", "its", "it's", "yes", "always", "sometimes", "thanks",
     "plus", "us", "as", "his", "hers", "ours", "yours", "days", "nights", "weeks", "hours",
     "mornings", "evenings", "weekends", "minutes", "years", "months", "less", "unless",
     "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays")
)  # fmt: skip


def nobodys_trip(text: str, start: int) -> bool:
    """Whether the movement starting at `start` ("going to the ED") is nobody's own trip.

    Args:
        text: the draft, plain.
        start: where the gerund of the movement starts.

    Returns:
        True when the gerund is weighed ("if going") or follows a plural word for
        people ("grads going into").
    """
    word = text[start : start + 12].split(" ", 1)[0].lower()
    if not word.endswith("ing"):
        return False
    before = text[max(0, start - 24) : start]
    if _WEIGHED_BEFORE.search(before):
        return True
    words = before.split()
    if words and before[-1:].isspace():
        w = words[-1].lower()
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NOT_PEOPLE:
            return True  # "New grads going into", "patients heading home"
    return False
