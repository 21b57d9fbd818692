"""The clinician on the way, at home, or at a named school or venue: shapes with few words.

"Now on the metro with a sandwich", "now crossing town to the east side",
"going to be late for the 10am meeting", "took a minibus from the market
this morning", "I'm at home watching the rain", "thanks to St Luke's for
having me this morning", "Busy morning at Hillcrest Primary": each places
the author now, or says where they were today. Someone else's ride ("she
took a taxi to the ward") is dropped by the ownership checks in
`whereabouts`; here each shape needs the author (a sentence start with no
subject, "I", "now") right before it. Each pattern runs only when its key
string is in the lower-cased text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.whereabouts_own_shapes import NAME
from dualdesk.core.guards.whereabouts_rides import has

_I = re.IGNORECASE
#: A sentence start (or "I", "we", "just", "now" right before): the author's own doing.
_OWN = r"(?:(?<![^.!?…\n:;,(\s])(?<![^.!?…\n:;,(]\s)|(?<=\bi )|(?<=\bwe )|(?<=\bjust ))"
#: Public transport and shared rides, by their common names.
_TRANSIT = (
    r"(?:train|bus|tube|subway|metro|tram|streetcar|ferry|plane|mtr|mrt|lrt|bart|luas"
    r"|skytrain|trotro|matatu|jeepney|minibus|shuttle|night bus|red-?eye|el)"
)
_RIDE = (
    rf"(?:{_TRANSIT}|cab|taxi|uber|lyft|grab|bolt|okada|boda(?:-?boda)?|tuk-?tuk|danfo"
    r"|rickshaw|water taxi)"
)
#: Schools and venues named with their common noun.
_SCHOOL = r"(?:Elementary|Middle|High|Primary|Secondary|Junior High|Academy|School|College)"
#: (key strings, pattern): each runs only when one of its keys is in the lower-cased text.
_SHAPES = (
    # on board now: "now on the metro", "currently on a ferry", "back on the bus"
    (
        ("now on ", "currently on ", "finally on ", "back on ", "got on "),
        compiled(
            rf"\b(?:now|currently|finally|back|just got) on (?:the|a|my) (?:[\w-]+ )?"
            rf"{_TRANSIT}\b(?! (?:of|is|was|are|were)\b)",
            _I,
        ),
    ),
    # across town: "now crossing town to", "dashing across the city for"
    (
        ("cross",),
        compiled(
            rf"{_OWN}(?:now |then )?(?:crossing|racing across|dashing across|driving across"
            r"|heading across) (?:town|the city|the river|the bridge|the harbou?r)\b",
            _I,
        ),
    ),
    # late for one's own meeting: "going to be late for the 9am", "gonna be late for clinic"
    (
        ("late for",),
        compiled(
            rf"{_OWN}(?:i'?m |i am |we'?re )?(?:going to|gonna|about to|definitely|def|so) be"
            r" (?:[a-z]+ )?late for (?:the|my|our|a|an|\w+ clinic|clinic|work|school|group)\b",
            _I,
        ),
    ),
    # a ride taken: "took a minibus from the market", "caught the ferry into town"
    (
        ("took ", "caught ", "grabbed ", "hopped on", "jumped in"),
        compiled(
            rf"{_OWN}(?:took|caught|grabbed|hopped on|jumped in(?:to)?) (?:a|an|the|my) {_RIDE}"
            r" (?:from|to|into|across|home|back|over)\b",
            _I,
        ),
    ),
    # at home now: "I'm at home watching", "I'm home with a cold" (not "when I'm at home")
    (
        (
            "i'm at home",
            "i'm home",
            "i am at home",
            "i am home",
            "im at home",
            "im home",
            "i'm back home",
            "i am back home",
            "im back home",
        ),
        compiled(
            r"(?<!when )(?<!if )(?<!whenever )(?<!while )(?<!until )(?<!till )"
            r"\b(?:i'?m|i am) (?:(?:at|back) home|home (?:now|today|sick|with|all)\b)"
            r"(?! (?:with|in) (?:a|my) (?:practice|office|clinic)\b)",
            _I,
        ),
    ),
    # an invitation the author took up: "thank you, St Mark's, for having me this morning"
    (
        ("having me", "having us"),
        compiled(r"\bthank(?:s| you)\b[^.!?\n]{0,80}?\bfor having (?:me|us)\b", _I),
    ),
    # the author's day at a named school: "Big day at Hillcrest Primary"
    (
        (" day at ", " morning at ", " afternoon at ", " week at ", " visit at "),
        compiled(
            r"\b(?i:day|morning|afternoon|week|visit) at (?:the )?"
            rf"{NAME}(?: {NAME}){{0,2}}? {_SCHOOL}\b"
        ),
    ),
)


def aboard(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Yield spans of the author on the way, at home, or at a named venue (see the module).

    Args:
        text: the draft, with plain quotes.
        low: `text` lower-cased (same offsets), or None (then it is lower-cased here).

    Yields:
        Start and end offsets of each remark.
    """
    low = low if low is not None else text.lower()
    for keys, pattern in _SHAPES:
        if has(low, keys):
            for m in pattern.finditer(text):
                yield m.span()
