"""The author's day told in passing: an itinerary, a plan to head somewhere, home now.

Clinicians write their own day in short clauses the other readers do not
hold, in any regional voice:

- a weekend or a day spent doing something in a named place ("Spent the
  Saturday fishing in Hazard", "Spent my day off pottering round Bowral");
- a plan to head somewhere by name, led by "going to", "fixing to", "about
  to" ("Fixing to run over to Pikeville", "About to head down to Galway");
- an itinerary's next leg after a comma ("Breakfast in Arima, then down
  south for the clinic day", ", then over to Kilkenny");
- home now, at a sentence start ("Home now, shattered", "Finally home and
  ..."), or a named road driven home ("Driving the A470 home");
- a ride by shared taxi or minibus, at a sentence start ("Maxi from Arima
  to town", "Route taxi back to Chaguanas");
- an airport by its code, with a flight word near it ("At LHR waiting for
  the 6am", "Through DXB, gate B12");
- a power cut at the author's work, now ("Load-shedding at the clinic
  again", "Blackout at the office right now").

Each reader has its own keyword gate on the lower-cased draft, so a draft
without its words costs a substring test. The caller (`whereabouts`) drops
remarks that are someone else's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.guards.whereabouts_errands import third_before

_I = re.IGNORECASE
_NAME = r"(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2}"
_START = r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))"
#: A day spent doing something in a named place.
_SPENT = compiled(
    r"\bspent (?:the|my|our|a|all) (?:(?:whole|long|lazy|rainy|bank holiday|last) )?"
    r"(?:weekend|day|day off|morning|afternoon|evening|saturday|sunday|holidays?|break)"
    rf" [a-z]{{3,}}(?:in'?|ing) (?:[a-z]+ )?(?:in|at|around|round|up in|down in) {_NAME}",
    _I,
)
#: A plan to head somewhere by name, at a sentence start or after "I'm".
_HEAD = compiled(
    rf"{_START}(?:i'?m |we'?re |i am |we are )?(?:fixin'?|fixing|going|gonna|about|finna)"
    r" (?:to )?(?:head|run|drive|go|pop|nip|scoot|fly) (?:over |out |down |up |back |across )?"
    rf"(?:to|into) {_NAME}",
    _I,
)
#: An itinerary's next leg after a comma: ", then down south", ", then over to Kilkenny".
_THEN = compiled(
    r",\s*(?:and )?then (?:off |down |up |over |out |back |across |straight )?(?:to (?-i:[A-Z])"
    r"|(?:down|up|out|back) (?:south|north|east|west|country|home|to town|into town)\b"
    r"|home\b(?! in on\b))",
    _I,
)
#: Home now, at a sentence start.
_HOME = compiled(
    rf"{_START}(?:(?:back|finally|just got|got) )?home (?:now|at last|finally|safe|again)"
    r"(?=[,.;!—–-]|\s+(?:and|but|after|from)\b)",
    _I,
)
#: A named road driven home, at a sentence start: "Driving the Heads of the Valleys home".
_ROAD_HOME = compiled(
    rf"{_START}(?:driving|drove|cycling|riding|biking|taking) (?:the )?(?:{_NAME}"
    r"|(?-i:[A-Z])-?\d{1,3}) (?:back )?(?:home|into town|to work)\b",
    _I,
)
#: A shared taxi or a minibus, at a sentence start, going from or to somewhere.
_SHARED_RIDE = compiled(
    rf"{_START}(?:maxi(?:-taxi| taxi)?|route taxi|jitney|minibus|shared taxi|dollar van"
    r"|bush taxi|trotro|danfo|combi|kombi) (?:ride )?(?:from|to|into|back to|down to|up to)\b",
    _I,
)
_AIRPORT_KEYS = ("lounge", "gate", "flight", "boarding", "terminal", "layover", "waiting for")
#: An airport code at a sentence start or after the author's waiting, a flight word near it.
_AIRPORT = compiled(
    rf"(?:{_START}(?:at|in|through|via|out of|landed (?:at|in)|leaving)"
    r"|\b(?:i'?m|i am|we'?re|stuck|sitting|waiting|landed|arrived|back) (?:at|in|through))"
    r" (?-i:[A-Z]{3})\b"
    r"(?=[^.!?\n]{0,40}\b(?:lounge|gate|flight|boarding|terminal|layover|waiting for the"
    r" \d))",
    _I,
)
_OUTAGE_KEYS = ("load-shedding", "load shedding", "power cut", "outage", "blackout", "power's")
#: A power cut at the author's work or home.
_OUTAGE = compiled(
    r"\b(?:load[- ]shedding|power cut|power outage|blackout|power'?s (?:out|off|gone))"
    r" (?:again )?(?:at|in) (?:the|my|our) (?:clinic|office|practice|rooms|centre|center"
    r"|health cent(?:re|er)|hospital|ward|house|flat|place)\b"
    # now, not a kind of thing: "Blackout at the house is a trigger for some kids"
    r"(?=[^.!?\n]{0,40}\b(?:now|again|today|tonight|this (?:morning|afternoon|evening)"
    r"|all (?:day|morning|afternoon)|since)\b)",
    _I,
)


def day_moves(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Yield the spans of the author's day told in passing (see the module docstring).

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased, the same length.
    """
    if "spent " in low:
        yield from (m.span() for m in _SPENT.finditer(text) if not third_before(text, m.start()))
    if " to " in low and ("head" in low or "fixin" in low or " run " in low or " go " in low):
        yield from (m.span() for m in _HEAD.finditer(text) if not third_before(text, m.start()))
    if "then " in low:
        yield from (m.span() for m in _THEN.finditer(text))
    if "home" in low:
        yield from (m.span() for m in _HOME.finditer(text))
        yield from (m.span() for m in _ROAD_HOME.finditer(text))
    if ("ax" in low or "van " in low or "bus" in low or "tro" in low or "danfo" in low) and any(
        k in low for k in ("maxi", "taxi", "jitney", "minibus", "van ", "trotro", "danfo")
    ):
        yield from (m.span() for m in _SHARED_RIDE.finditer(text))
    if holds_any(low, _AIRPORT_KEYS):
        yield from (m.span() for m in _AIRPORT.finditer(text))
    if ("out" in low or "load" in low or "power" in low) and holds_any(low, _OUTAGE_KEYS):
        yield from (m.span() for m in _OUTAGE.finditer(text))
