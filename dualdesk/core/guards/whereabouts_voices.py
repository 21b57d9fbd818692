"""Whereabouts in more voices: road delays, Tagalog grammar, small hours, spoken spellings.

One entry point for `whereabouts`, so the guard's own module only calls
here: `spans` for the readers of this family and `with_respelled` for a
second reading of drafts that spell "the" as "da".
"""

from __future__ import annotations

from itertools import chain

from dualdesk.core.guards.whereabouts_commutes import commutes
from dualdesk.core.guards.whereabouts_day_moves import day_moves
from dualdesk.core.guards.whereabouts_delays import delays
from dualdesk.core.guards.whereabouts_home_days import home_days
from dualdesk.core.guards.whereabouts_meal_places import meal_places
from dualdesk.core.guards.whereabouts_on_duty import spans as on_duty
from dualdesk.core.guards.whereabouts_respelled import with_respelled
from dualdesk.core.guards.whereabouts_small_hours import small_hours
from dualdesk.core.guards.whereabouts_spanish import spanish_spans
from dualdesk.core.guards.whereabouts_stops import stops
from dualdesk.core.guards.whereabouts_tagalog import tagalog
from dualdesk.core.guards.whereabouts_terse import terse

__all__ = ["spans", "with_respelled"]

_OWN = "tells of your own plans, travel or company"
_NIGHT = "shows you are awake late at night"


def spans(text: str, low: str | None) -> list[tuple[int, int, str]]:
    """Return (start, end, what) for each remark these readers find in `text`.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased, or None when lower-casing moves offsets.

    Returns:
        Spans with what each one tells.
    """
    if low is None:
        low = text.lower()
        if len(low) != len(text):
            return []
    found = [(s, e, _OWN) for s, e in (*delays(text, low), *tagalog(text, low))]
    found.extend((s, e, _OWN) for s, e in (*commutes(text, low), *stops(text, low)))
    found.extend((s, e, _OWN) for s, e in (*meal_places(text, low), *terse(low)))
    found.extend((s, e, _OWN) for s, e in day_moves(text, low))
    duty, up = on_duty(text, low)
    found.extend(chain(((s, e, _OWN) for s, e in duty), ((s, e, _NIGHT) for s, e in up)))
    night, days = home_days(text, low)
    found.extend((s, e, _OWN) for s, e in days)
    found.extend((s, e, _NIGHT) for s, e in (*small_hours(text, low), *night))
    found.extend(spanish_spans(text, low))
    return found
