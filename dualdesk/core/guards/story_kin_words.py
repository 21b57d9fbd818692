"""Kin words in a post that are no one in a story, for `clinical_story`.

A family word at a clause start reads as a client's relative ("mum, 34,
came in ..."), but two shapes are the author's own life:

- a parent addressed, set off by a comma and followed by what one says to
  them ("Helmet on, mum, don't worry", "Home safe, dad, I promise"): the
  author's own mum, spoken to;
- "a family" (or "the", "our") before an occasion ("off for a family wedding",
  "a family Confirmation down the country", "everyone at the family gathering"):
  "family" there is an adjective, and the occasion is the author's.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE
_KIN = (
    r"(?:mum|mom|mam|mammy|mummy|mommy|ma|dad|daddy|da|pa|nan|nana|gran|granny|grandma"
    r"|grandpa|auntie|aunty)"
)
#: A parent addressed: the kin word alone, then what is said to them, or the end.
_ADDRESSED = compiled(
    rf"\s*{_KIN},\s+(?:don'?t|do not|no need|relax|chill|i'?m|i am|i'?ll|i will|i promise"
    r"|promise|love you|see you|call me|text me|stop|honestly|seriously|it'?s fine|all good)\b"
    rf"|\s*{_KIN}\s*(?:[!.]|$)",
    _I,
)
#: "a family" as an adjective before an occasion of the author's.
_OCCASION = compiled(
    r"(?:an?|the|our)\s+family\s+(?:wedding|funeral|christening|confirmation|communion"
    r"|baptism|reunion|party|do|gathering|holiday|vacation|trip|emergency|event|celebration"
    r"|dinner|lunch|bbq|barbecue|birthday|graduation|commitment|occasion|get-together"
    r"|day out)s?\b",
    _I,
)


def no_one(text: str, start: int, end: int) -> bool:
    """Whether a person word at text[start:end] is the author's own kin, addressed or an adjective.

    Args:
        text: the draft.
        start: where the person word's match starts.
        end: where it ends.
    """
    if _OCCASION.match(text, start) is not None:
        return True
    return text[end - 2 : end] == ", " and _ADDRESSED.match(text, start) is not None
