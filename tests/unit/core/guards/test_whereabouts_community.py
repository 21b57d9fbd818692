"""Whereabouts on posts about the community served: reminders, directions, news, mentions.

A reminder to readers, the bus route to a practice, the region a practice
serves, good news seen reaching clinics and a place mentioned in scare quotes
tell no one where the author is; the author's own day in the same words does.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

BENIGN = [
    "Friendly reminder before the long weekend: the crisis text line is open 24/7.",
    "Reminder ahead of the bank holiday weekend: Samaritans answer 116 123 day and night.",
    "PSA heading into the holidays: 988 answers calls and texts around the clock.",
    "New rooms at 22 Elm Row! On the 14 bus route, step-free entrance, parking behind.",
    "Our new rooms are easy to reach: on the 7 tram line, two stops from the station.",
    "Free flu jabs at every pharmacy here in rural Ohio this month. Book one.",
    "Food banks here in northern Ontario are stretched thin this winter. Give if you can.",
    "So glad to see the grant money finally reaching peer groups in the valley.",
    "Nice to see new funding quietly landing with youth services on the coast.",
    "The shame of 'being sent to Riverside' still keeps families from asking for help.",
    "Teens joke about 'ending up at St Jude' and it tells you how they see care.",
]

OWN = [
    "Heading into the long weekend at the lake with the kids, back Tuesday.",
    "On the 14 bus to the clinic, running ten minutes late, sorry 9am.",
    "Here in Lisbon for the congress until Friday, come say hello.",
    "Watching the sunrise from the ferry to Bowen Island before my first session.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_the_community_served_is_no_whereabouts(findings, text: str) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", OWN)
def test_the_authors_own_day_still_warns(findings, text: str) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "New teen group from February: Wednesdays at 4, in person in Pikeville or by video.",
        "Couples sessions in person in Leeds or online, sliding scale on request.",
        "Away until the 9th. Mr. Okafor at reception can rebook anything urgent.",
        "Clinic closed Friday; Ms. Adeyemi at the front desk will call everyone to reschedule.",
    ],
)
def test_the_practices_rooms_and_front_desk_are_no_phi(findings, text: str) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A lad I see met the person in Dundee who changed his life.", "Dundee"),
        ("A client's mum, Mrs. Achebe at reception, was sobbing before session.", "Achebe"),
    ],
)
def test_a_persons_place_or_name_still_fires(findings, text: str, span: str) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert span in [text[f.start : f.end] for f in found], text
