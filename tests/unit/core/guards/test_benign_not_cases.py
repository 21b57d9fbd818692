"""The clinical guard on people who are, by the words around them, no client.

A slot that only cancelled, the author at another age, a kind of person ("an
example of a ..."), a role played ("being a ..."), the practice's front desk.
A cancelled slot with a reason told of the person, and a story beside any of
these words, is still a client story.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

NOT_CASES = [
    "my 11am cancelled so I'm eating soup in the car like a raccoon",
    "My 2:30 rescheduled, bonus paperwork hour, living the dream",
    "Found my old diary. Dear 14-year-old me: the fringe was a mistake.",
    "Her interview is a textbook example of a leader owning a mistake in public.",
    "He sang about being a farmer's son and never once apologised for it.",
    "Closed Friday for the holiday. Mr. Okoye at the front desk will rebook everyone.",
    "Guy at the Ring Road signal handed me a flyer for a 'mind clinic'. I run a mind clinic, sir",
    "the lady on the bus told me her whole life story today, I love humans",
]

STILL_STORIES = [
    "my 11am cancelled because her mum was rushed to hospital again, poor kid",
    "My 2:30 cancelled again, third week running. Called twice. Worried.",
    "A 14-year-old I see told me today she finally feels safe at home.",
    "kid at the clinic asked me today if therapists ever cry. told him yes",
]


@pytest.mark.parametrize("text", NOT_CASES)
def test_no_client_by_the_words_around(findings, text: str) -> None:
    for account in (Role.PROFESSIONAL, Role.PERSONAL):
        assert not findings(text, account, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STILL_STORIES)
def test_a_client_told_of_beside_those_words_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_cancelled_slot_then_news_of_the_person_is_flagged(findings) -> None:
    text = "my 9am cancelled so I had a second coffee. also she's sleeping again, so proud"
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
