"""Whereabouts: a pause in an unnamed car after a session is a feeling, not a place."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "A young mum I work with laughed for the first time in months. I had to go sit in the "
        "car for a minute after.",
        "Heavy session with a grieving dad. Sat in my truck afterwards and cried, then the 3pm.",
        "Sitting in my car after a brutal family session. Deep breaths before the next one.",
        "He said thank you and meant it. Needed to go and sit in my car for a bit after.",
    ],
)
def test_a_pause_told_as_over_in_an_unnamed_car_passes(findings, text: str) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Rough morning. I'm going to sit in my car for a while before I drive back.",
        "I'm sitting in the car park for a bit before heading home, still shaky.",
        "Sat in my car outside Asda in Crosby after session, eating a meal deal.",
        "Sat in the car park at the crown court after the hearing, eating a pasty in the rain.",
    ],
)
def test_a_pause_now_or_at_a_named_place_still_warns(findings, text: str) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text
