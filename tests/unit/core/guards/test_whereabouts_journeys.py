"""The whereabouts guard on journeys and moments told without "I'm at", in several voices."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # a ride on a named service, in the transit words of several cities
        "On the jeepney to Cubao, the driver is playing 80s ballads.",
        "In the keke to Ikeja, abeg pray for me.",
        "Dans le train pour Québec, enfin des vacances.",
        "je suis dans le métro, en retard encore",
        # a line, a bridge or a pass at a standstill
        "Circle line down again, walking to clinic.",
        "Third Mainland Bridge don hold again, I go late for ward round.",
        "Snake Pass closed again so it's the long way round via Glossop.",
        # the time a trip took, and the author's own lateness
        "Two hours for 8 miles this morning, the bypass is a joke.",
        "if im late to group it's the bus's fault",
        # arrivals and booked trips
        "Checked into the Hilton in Kampala, wifi already failing.",
        "Just booked my train to Glasgow for the BABCP conference.",
    ],
)
def test_own_journeys_warn(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # a posture or a doing, a place and "now", with no subject
        "Parked outside the school gates rn waiting for pickup",
        "grabbing a flat white at the kiosk by the station atm",
        "Lepak at the kopitiam near my office now lah, kopi peng shiok.",
        "swimming the lido at 6am tomorrow, join me?",
        # a shop or a home by its owner, a timed run, a meal placed by a landmark
        "At Nando's grabbing a quick dinner between groups.",
        "Did the Bushy parkrun this morning, new PB.",
        "Breakfast akara from the woman opposite the bus stop, best in Surulere.",
        # the author in a shop aisle, an outing told as what came before
        "i just saw a toddler negotiate like a CEO in the cereal aisle",
        "Cold brew after a long hike up to Griffith Observatory, legs dead.",
    ],
)
def test_own_moments_warn(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


def test_a_small_hours_stamp_warns(findings) -> None:
    hits = findings(
        "it's 2:40 and i'm still up finishing notes", Role.PROFESSIONAL, Rule.WHEREABOUTS, False
    )
    assert hits and "awake late at night" in hits[0].message


@pytest.mark.parametrize(
    "text",
    [
        # advice and questions that mention lateness, times or trips
        "If a client is late to session, do you still end on time?",
        "Clients often ask what if I'm late to session? You still get the full time.",
        "Delirium peaks at night, so check on older patients before it's 4am and they're pulling"
        " lines.",
        "Flights to conferences are a big carbon cost for our field.",
        "Booking a session with us is easy via our website.",
        # gerunds as topics or programmes, postures that tell of a session
        "Walking meetings at 3pm on Tuesdays for the team, bring shoes.",
        "Eating disorders at any age deserve care right now, not later.",
        "Sat with an old man in the day room this morning while he told me about the war.",
        "Sat in on a team meeting this morning where the parents cried.",
        # someone else's wait, someone else's walk
        "My client was sat in the car park right now waiting.",
        "Families who booked flights to see a dying parent carry a lot.",
        "Walking down the aisle is not the finish line of couples work.",
        "She told me she cried in the cereal aisle last week.",
        "The Northern line is a metaphor I use for trauma.",
    ],
)
def test_advice_and_other_peoples_trips_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


def test_the_personal_account_is_not_warned(findings) -> None:
    assert not findings("On the MRT home, so tired.", Role.PERSONAL, Rule.WHEREABOUTS, False)
