"""The clinician on the way, at home, thanked for a visit, or at a named school."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

OWN = [
    # on board now
    "Long assessment done. Now on the metro with a flat white and no thoughts left.",
    "Finally on the ferry home, phone on silent.",
    "Back on the night bus after the team dinner.",
    # across town
    "Supervision wrapped at noon. Now crossing town to the west clinic for my 2pm.",
    "Racing across the city for a school meeting, pray for parking.",
    # late for one's own meeting
    "Signal failure again. Going to be late for the 10am case review, sorry all.",
    "Gonna be so late for clinic, sorry team.",
    # a ride taken
    "Took a matatu from Westlands this morning, the driver played gospel the whole way.",
    "Caught the ferry into town for the conference, the harbour was gorgeous.",
    "Grabbed an Uber to the hospital, my car died on the driveway.",
    # at home now
    "Office shut for the snow, I'm at home with a blanket and a pile of notes.",
    "I'm home sick today, replies will be slow.",
    # an invitation taken up
    "Thanks to the Rotary Club of Kumasi for having me last night to talk about grief.",
    "Thank you Grace Chapel youth group for having us this morning!",
    # a day at a named school
    "Lovely morning at Oakfield Primary: the Year 4s made a worry monster for the library.",
    "Busy week at Riverside High School, exam stress everywhere.",
    # the company of kin, in a child's words
    "Crawfish boil with my daddy and the cousins, no phones allowed.",
    "Beach day with my mama, first one in years.",
]

NOT_OWN = [
    # general topics and psychoeducation
    "Sleep tip: if you're at home all day, get outside before noon for the light.",
    "When I'm at home with my own kids I forget all my own advice.",
    "Many teens say they feel calmest on the bus, headphones in.",
    "Commuting on the train can be a good time for a short breathing practice.",
    "Being late for work again and again can be a sign of burnout, not laziness.",
    # someone else's ride or lateness
    "She took a taxi to the ward at 2am and sat outside for an hour before coming in.",
    "He caught the bus from his aunt's house every week to get to session, two changes.",
    "Clients who are going to be late for a session can text the front desk.",
    # practice news, crisis lines, and a school named as a client's
    "Our office is now on the bus route 12, stop outside the pharmacy.",
    "Crisis line open 24/7. If you're in crisis, call or text 988.",
    "A kid at Lincoln Elementary asked me whether worry ever runs out.",
    "Thank you for having this conversation with your teens, it matters.",
    # the work of therapy with the family
    "Family therapy means we work with the kids and the parents together.",
]


@pytest.mark.parametrize("text", OWN)
def test_the_authors_way_home_and_visits_warn(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", NOT_OWN)
def test_topics_others_rides_and_practice_news_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
