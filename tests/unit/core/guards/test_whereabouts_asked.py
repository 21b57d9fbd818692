"""Whereabouts remarks that are a reader's, a client's, a question's or an account's."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

NOBODYS = [
    # the reader's own possibility
    (
        "Podcast rec for new parents: twenty-minute episodes, you can get through one in "
        "the school run queue."
    ),
    "Workbook tip: each exercise takes five minutes, you could do one on the bus.",
    # a practice question about the community served
    (
        "Consult: 15yo, school refusal, parents split on meds. Any guidance on school "
        "letters here in Kenya?"
    ),
    "Does anyone have experience with insurance appeals for IOP here in Ohio?",
    # a client's symptom list after the client is named
    (
        "A thread about a woman I've been seeing. She lost her job in March. Couldn't "
        "sleep, couldn't eat, couldn't open the post. Today she applied for two jobs."
    ),
    (
        "Thinking about a teen on my caseload. His dad left last year. Can't sleep, "
        "can't focus, can't face the bus. We start small."
    ),
    # a client's journey in a relative clause
    "Saw a grandmother today who drove down from Inverness for her grandson's first session.",
    "Met a mum this week who flew in from Lagos for her daughter's assessment.",
    # a client known by the hour, and their own night
    "My 4pm, a courier (details changed), says the only quiet he gets is the 2am depot shift.",
    # the work of therapy, not company
    "How do you work with the family when the teen wants the sessions kept private?",
    "Colleagues: when you're working with the kids and mum disagrees about meds, what helps?",
    # an account, not a place
    "Sorry for the confusion, I was sending from my old account. Please use the clinic email.",
    "Apologies, the newsletter went out from the wrong email address this morning.",
    # a practice's weekly slot, offered to readers
    (
        "New parenting class from March, six weeks. Wednesday evenings at the Northside "
        "clinic. Call us to book a space."
    ),
    "Teen DBT skills group. Thursdays at the Eastgate office. Sign up through the website.",
]

STILL_OWN = [
    "Long night for me after that session. Couldn't sleep, couldn't switch off.",
    "Couldn't sleep, can't stop replaying the day.",
    "Wednesday evenings at the Riverside climbing wall, my one hour of peace.",
    "Anyone else here in Lisbon for the congress this week?",
    "Writing this from the airport lounge, flight delayed again.",
    "Dinner with my family tonight at the harbour, phone off.",
    "My 4pm cancelled so I'm at the beach with the dog.",
]


@pytest.mark.parametrize("text", NOBODYS)
def test_readers_clients_and_questions_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", STILL_OWN)
def test_the_authors_own_whereabouts_still_warn(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
