"""The author's day told in passing: days spent somewhere, plans to head off, home now."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Spent the Saturday fishing in Hazard with my cousins. Back to it Monday.",
        "Spent my day off pottering round Bowral, bliss.",
        "Fixing to run over to Pikeville for my nephew's game.",
        "About to head down to Galway for the weekend.",
        "Gonna drive up to Asheville tomorrow to see Mama.",
        "Breakfast in Arima, then down south for the clinic day.",
        "Bagel at the station, then over to Kilkenny for the workshop.",
        "Home now, shattered. Long one.",
        "Finally home and the kettle is on.",
        "Driving the A470 home after a late clinic.",
        "Drove the Blue Ridge Parkway home, windows down.",
        "Route taxi back to Chaguanas, radio blasting.",
        "Maxi to Sangre Grande, then a walk to the school.",
        "At LHR waiting for the 6am to Edinburgh.",
        "Through DXB again, gate B12, coffee in hand.",
        "Blackout at the office right now, sessions by phone until the power is back.",
        "Power cut at the clinic again, so it's candles and paper notes today.",
        "Off to my sister's in Ipswich this arvo.",
    ],
)
def test_day_in_passing_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # teaching, practice news and clients' days
        "Spending the weekend ruminating is common after a hard week; plan one kind thing.",
        "Going to therapy is not a sign you failed.",
        "Clients going to head back to work after leave often need a graded plan.",
        "Start with one small step, then build up to the harder ones.",
        "Home now means something different for families who have been displaced.",
        "Home visits now available on Thursdays for families in the valley.",
        "DBT skills group: learn to sit with distress, then choose a skill.",
        "CBT for insomnia works better than sleep medication in the long run.",
        "Load-shedding makes sleep harder for everyone; keep a torch by the bed.",
        "Power cuts and exam stress: a short guide for parents.",
        "Crisis line open 24/7, call 988 any time, day or night.",
        # someone else's weekend, a skill's next step, a trigger, a group's venue
        "She spent the weekend crying in Toowoomba and rang on Monday.",
        "Notice the feeling, name it, then home in on what you need.",
        "Blackout at the house is a trigger for some kids; keep a torch handy.",
        "Our group meets at LGH, gate 3 entrance, Thursday evenings.",
    ],
)
def test_teaching_and_news_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text
