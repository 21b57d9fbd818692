"""Capitalised words in a client story that place no one: a stop, a dated event, a drink.

`phi_story.py` reads a capitalised word inside a client story as a name or a place.
Two shapes are neither, for the person in the story:

- a stop on a journey by train or bus: "couldn't ride the MTR past Central", "took
  the tube all the way to Brixton": a client's progress on a route many people ride
  tells no one where they live or work (a school or home reached that way still does);
- a named event counted from: "three years after Katrina", "six months since Ida":
  a storm or disaster the whole town lived through, not a person;
- a malted or instant drink by its brand ("going to make Milo", "a mug of
  Horlicks"): what a household drinks across a region, no one's name.

A name with more after it ("two weeks after Maria started") is left to `phi_story`.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: A ride on public transport, looked for a short way before the stop.
_TRANSIT = compiled(r"(?i:mtr|mrt|train|tube|subway|metro|bus|tram|ferry|lrt)")
#: Prepositions one of which comes right before a stop on a ride.
_TOWARDS = (" past ", " to ", " through ", " as far as ", " beyond ", " until ", " till ")
#: A ride, then a short way on, the stop's preposition: "ride the MTR past ".
_RIDDEN = compiled(
    r"\b(?:ride|rode|ridden|riding|take|took|taking|taken|went|go|going|gone|get|got"
    r"|getting|travel\w*|commut\w*|all the way|mtr|mrt|train|tube|subway|metro|bus|tram"
    r"|ferry|lrt|line)\b[^.!?\n]{0,25}?\b(?:past|to|through|as far as|beyond|until|till)\s+$",
    _I,
)
#: A place reached that still identifies: "the bus to Hillcrest School".
_REACHED = compiled(
    r"(?:school|college|high|academy|elementary|primary|university|hospital|clinic|church"
    r"|mosque|temple|home|house|flat|office|work|works)$",
    _I,
)
#: A span of time counted from the name: "three years after ".
_COUNTED_FROM = compiled(
    r"\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many)"
    r"\s+(?:years?|months?|weeks?|days?)\s+(?:after|since|before|on from)\s+$",
    _I,
)
#: Drinks known by their brand, made or drunk at home across whole regions.
_DRINKS = frozenset(
    {"milo", "horlicks", "ovaltine", "bournvita", "nescafe", "nescaf\u00e9", "ribena", "yakult"}
)
#: Nothing more after the name in its clause.
_CLAUSE_ENDS = compiled(r"\s*(?:[.!?,;:\n]|$)")


def places_no_one(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a stop on a ride or a named event counted from."""
    if text[start:end].lower() in _DRINKS:
        return True  # "make Milo and try again": a drink
    before = text[max(0, start - 40) : start].lower()
    if (
        before.endswith(_TOWARDS)
        and _TRANSIT.search(text, max(0, start - 160), start)
        and _RIDDEN.search(text, max(0, start - 60), start)
        and not _REACHED.search(text, start, end)
    ):
        return True  # "ride the MTR past Central": a stop, not where they live
    if " after " in before or " since " in before or " before " in before:
        return bool(_COUNTED_FROM.search(text, max(0, start - 40), start)) and bool(
            _CLAUSE_ENDS.match(text, end)
        )
    return False
