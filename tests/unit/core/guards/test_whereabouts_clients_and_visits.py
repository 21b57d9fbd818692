"""Whereabouts in a client's story are the client's; the author's visits, dips and talks warn."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

CLIENTS_PLACES = [
    # a third person is the subject of the remark's clause, in a post about a client
    "Advice please: 15yo lad, school refusal. Dad works nights at the airport, mum's not around.",
    "Couple on my caseload: she's in Lagos, he's still in Leeds with the kids. Sessions by video.",
    "So proud of my client, who finally drove on the motorway after a year of work on it.",
    "Session 6 she told me she'd started walking the dog again. Small wins.",
    # an "I" that only names the client, in a list of symptoms
    "Grief is odd. A man I see goes quiet every March: can't eat, can't sleep, won't leave home.",
    # a language, a possessive, an idea reached
    "A client of mine drifts back to Polish whenever we touch on her dad. How do I name that?",
    "We began with the family's rules, not the teen's behaviour. That's where it moved.",
    "Ten minutes on a worksheet and the reframe we landed on was 'good enough is enough'.",
]

STILL_OWN = [
    "Dipped at Kilcobben at 7am, water 10 degrees. Bliss.",
    "Home visit out in Ballyclare this morning for an older client, lovely man.",
    "Tonight 7pm I'm speaking to the county nurses about burnout. Come along!",
    "Swam at the Forty Foot before clinic, still shivering.",
    "Just landed in Dublin, straight to the hotel.",
    "Dad's staying with us this week so we're all at the beach in Portrush.",
    "Cabane à sucre with my mom's side today, 20 cousins and a fiddle.",
    "Giving a talk on exam stress at a girls' school in Thika tomorrow morning.",
    "Presenting at the regional CPD day on Friday, slides to follow.",
    "Coffee in Stoneybatter before my afternoon clients, then back to notes.",
    "Antrim today, Larne tomorrow, then a day off. Bag of worksheets in the boot.",
]

NOT_OUTINGS = [
    "Her mood dipped at Christmas, as it always does.",
    "School visits in September are the busiest part of the job for new starters.",
    "I'm talking to clients today about boundaries, it's a theme this week.",
    "Talking to clients today about boundaries.",
    "Speaking to parents about screens is always lively.",
    "In Dundee between sessions, a client might text the crisis line rather than wait.",
    "Sadness this morning, relief this afternoon. That's grief, and it's allowed.",
    "Monday today, Friday tomorrow, or so the week feels.",
]


@pytest.mark.parametrize("text", CLIENTS_PLACES + NOT_OUTINGS)
def test_a_clients_places_and_non_outings_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", STILL_OWN)
def test_the_authors_visits_dips_and_talks_warn(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
