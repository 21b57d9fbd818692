"""The whereabouts guard on the author's road, work spot, late hours and night shifts.

A named road with the author on it now, a named place the author works
from for a while, a fragment at a small hour, a transit service from a
named place now, and the author's own night shifts with a start each say
where or when the author is. A client's road, a road without a now,
advice about late nights and someone else's shifts do not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

OWN = [
    "Crawling along Ngong Road for forty minutes now. Podcast number three.",
    "Route 9 is a sheet of black ice this morning, so the first appointments will be late.",
    "Working from Bean Scene Parklands until 2 while the office gets new carpets.",
    "Doing notes out of the Central Library today, the quiet floor is lovely.",
    "Typing up reports at 2:20am. Send tea.",
    "11:50pm, still finishing letters for tomorrow's panel.",
    "DART to Bray this morning was packed to the doors.",
    "Three night shifts starting Friday, so replies will be slow.",
    "Spending Sunday at my sister-in-law's saturday and sunday both, back Monday.",
]

NOT_OWN = [
    "If you are stuck on Ngong Road this morning, call reception and we will move your slot.",
    "Route 9 needs a proper bus shelter; people wait in the rain.",
    "Working from home can blur the line between work and rest. Set an end time.",
    "Texting at 2am is very normal for teens. Don't panic.",
    "Nurses on night shifts starting tonight get a free meal at the canteen.",
    "Trains to Leeds have become so expensive that many families cannot visit relatives.",
]


@pytest.mark.parametrize("text", OWN)
def test_the_authors_road_spot_hours_or_shifts_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", NOT_OWN)
def test_others_roads_advice_and_shifts_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
