"""`whereabouts` on the road between clients: a named place on a visit, a drive or a lot.

Rural and community clinicians tell their day by the roads and places of
their rounds, not by "I'm at": "Home visit up Laurel Fork this morning",
"School visits out in Ballymena all day", "Long drive back over Black
Mountain after a house call", "Video sessions from the Walmart lot in
Paintsville". Each names a place the reader could find the author at, so
each shape here needs a capitalised place right after its lead:

- a visit and a direction: "home visit(s) up/out/down/over (in/at) X";
- a drive, ride or walk home or back (or driven, ridden) over, along, across
  or through X;
- a shop's or a town's lot: "in/from the X lot", "the X parking lot".

"a home visit today" or "the drive home" alone name nowhere and stay clinical.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE
#: One to three capitalised words: a hollow, a ridge, a town, a shop.
_NAMED = r"(?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_ROAD = compiled(
    r"\b(?i:(?:home|school|house|farm|site) visits?|house calls?)"
    rf" (?i:up|out|down|over|across)(?: (?i:in|at|to|on))? {_NAMED}"
    # a bare "walk through" may be advice ("Walk through the Five Ways ..."): it needs "home"
    r"|\b(?:(?i:drove|driving|rode|riding|walked)(?: (?i:home|back|out|in|up|down))?"
    r"|(?i:drive|ride|walk|trek|commute) (?i:home|back))"
    rf" (?i:over|along|across|through) {_NAMED}"
    r"|\b(?i:in|from|at|outside) (?i:the) (?:[A-Z][\w'’-]+ ){1,3}"
    r"(?i:parking lot|car park|lot|parking)\b"
)
#: What each shape needs in the lower-cased text before its pattern runs.
_KEYS = ("visit", "call", "dri", "ride", "rode", "walk", "trek", "commute", " lot", "park")


def visits(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Yield spans of a named place on the author's rounds (see the module).

    Args:
        text: the draft, with plain quotes.
        low: `text` lower-cased, or None (then it is lower-cased here).
    """
    low = text.lower() if low is None else low
    if holds_any(low, _KEYS):
        for m in _ROAD.finditer(text):
            yield m.span()
