"""Whereabouts a post advertises, asks about or offers, and the author's own, told alike."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # a job advert's hours and place
        "Now hiring: a counsellor for three days a week in Fitzroy. Send a CV.",
        "We are hiring a part-time OT, two mornings a week in Leith. Supervision provided.",
        "Vacancy: child psychologist, Mondays and Thursdays at our Salford rooms. Join our team!",
        # a sleepless night asked to frame a tip
        "Lying awake at 3am again? Put the phone in another room and read something dull.",
        "Can't sleep before an exam? Write the worries down, then close the notebook.",
        "Still awake at 2? Get out of bed; the bed is for sleeping.",
        # a supposition about anyone's nights
        "If a teenager can't sleep, stops eating and drops their friends, ask about mood.",
        "If someone is wide awake every night for weeks, that is worth a GP visit.",
        # a doing offered as an answer to a colleague's request
        "Teen on my list has no quiet room for video calls. Any ideas? Walking in the park"
        " with earbuds?",
        "Stuck for options for a client with no private space. Thoughts? Sitting in the car"
        " at the school gate?",
        # a figure's past act, after a time word
        "When Naomi Osaka withdrew from Roland Garros, plenty of people missed the point.",
        "After Kevin Love opened up in Cleveland, more players spoke about panic attacks.",
        # someone told to get off a thing
        "Telling a teen to just get off their phone is not a plan.",
        "'Just get off social media' is advice nobody follows.",
    ],
)
def test_advertised_asked_and_offered_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # the author's own hours, nights and doings
        "I'm two days a week in Fitzroy now, the rest at the Carlton rooms.",
        "Can't sleep. 3am and the neighbours' dog is at it again.",
        "Still awake at 2am, staring at the ceiling.",
        "Sitting in the car outside the school gate, waiting for the bell.",
        "Just got off the plane in Perth, straight to the hotel.",
        "If anyone needs me, I'm at the airport until 6.",
    ],
)
def test_own_hours_nights_and_doings_warn(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text
