"""Rides and hold-ups of the clinician's own: a clock, a journey's length, a wait, heading out.

"The 7.42 from Haarlem was cancelled", "1 hr 10 min each way", "Northern
line stuck between Angel and Bank for 15 minutes", "heading out now with a
boot full of forms": a ride or a wait said with no "I", which places the
author on a route at a time. A journey told of someone else ("he drives in
from X, 2 hrs each way, because he ...") is theirs. Each pattern is bounded
and runs only when one of its key strings is in the lower-cased text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.whereabouts_own_shapes import NAME, OTHER

_I = re.IGNORECASE
#: A train or bus by its clock, a journey's length each way, a hold-up between named stops,
#: heading out now, each with the strings the lower-cased text must hold (one of) to run.
_RIDES = (
    # a clock: "the 6.15 to Perth"
    (
        (" from ", " to ", " into ", " out of "),
        compiled(
            # (a digit first, no look-behind: the scan then skips every other character fast)
            rf"\d{{1,2}}[:.]\d\d (?:(?:fast|slow|express|local|train|bus|ferry|coach|tram"
            rf"|service) )?(?:from|to|into|out of) {NAME}"
        ),
    ),
    # a journey's length: "1 hr 10 min each way"
    (
        ("each way",),
        compiled(r"\b\d{1,2} ?(?:hrs?|hours?|h)(?: \d{1,2} ?(?:mins?|minutes))? each way\b"),
    ),
    # a hold-up between named stops, with how long: "stuck between Bank and Angel for 20 min"
    (
        ("stuck", "delayed", "held up", "crawling"),
        compiled(
            r"\b(?:[Ss]tuck|[Dd]elayed|[Hh]eld up|[Cc]rawling) (?:between|on|at|outside|near)"
            rf" (?:the )?{NAME}"
            r"(?=[^.!?\n]{0,60}\bfor \d{1,3} ?(?:mins?|minutes|hours?|hrs?)\b)"
        ),
    ),
    # heading out now
    (("heading ",), compiled(r"\b[Hh]eading (?:out|home|off) (?:right )?now\b")),
)
#: A clock in the text, looked for before the clock ride's own pattern (a cheaper scan).
_CLOCK = compiled(r"\d[:.]\d\d")
#: Someone else as a subject in the sentence: then a journey or a fragment may be theirs.
THIRD = compiled(r"\b(?:he|she|they)\b", _I)


def rides(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Yield spans of rides and waits of the author's own (see the module).

    Args:
        text: The draft, with plain quotes.
        low: `text` lower-cased.

    Yields:
        Start and end offsets of each ride.
    """
    for keys, pattern in _RIDES:
        if not has(low, keys) or (pattern is _RIDES[0][1] and _CLOCK.search(text) is None):
            continue
        for m in pattern.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if m.group().endswith("each way") and THIRD.search(text, s, e):
                continue  # (a client's journey: "drives in from X, 2 hrs each way, because he")
            if OTHER.search(text, s, m.start()) is None:
                yield m.span()


def has(low: str, keys: tuple[str, ...]) -> bool:
    """Whether `low` holds one of `keys` (`map` keeps the loop in C: a generator costs more)."""
    return any(map(low.__contains__, keys))
