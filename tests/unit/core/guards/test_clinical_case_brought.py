"""The clinical guard on cases told with no client word on the professional account.

A case taken to supervision or consult after someone is told of, several clients counted
who did something this week, and "someone with ..." presented after an ask's colon are
cases. Advice to take cases to supervision, one's own tiredness taken there, clients
counted in general and a general question about "someone with ..." are not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

CASES = [
    "He's tried every app, every breathing drill, and he still won't sleep. Bringing him to "
    "peer consult on Friday.",
    "This gent keeps saying he's fine and then crying in the car park. Took it to my "
    "supervisor this morning.",
    "She's been stuck on the same exposure step for a month. Taking this one to supervision.",
    "Two separate clients mentioned the bridge closure today. Our town is carrying a lot.",
    "Four patients have brought up the layoffs at the plant this week. It's everywhere.",
    "Need advice: someone with OCD washing their hands till they bleed, and ERP isn't "
    "landing. Slow down or push on?",
    "Thoughts please: somebody with chronic pain who won't try pacing. What next?",
]

NOT_CASES = [
    "Reminder for trainees: take the hard ones to supervision, that is what it is for.",
    "Honestly exhausted this month. Taking it to supervision tomorrow, which is what it's for.",
    "Two clients can have the same diagnosis and need completely different things.",
    "Several clients have told me over the years that the waiting room feels calm.",
    "Advice please: how do you explain to someone with panic that the symptoms are safe?",
    "How would you support someone with health anxiety who checks their pulse a lot?",
]


@pytest.mark.parametrize("text", CASES)
def test_a_case_told_without_a_client_word_is_flagged(findings, text: str) -> None:
    assert findings(text, Role.PROFESSIONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_CASES)
def test_advice_and_general_counts_are_not(findings, text: str) -> None:
    assert not findings(text, Role.PROFESSIONAL, rule=Rule.CLINICAL, backstop=False), text


def test_a_count_of_times_in_a_case_is_no_late_age(findings) -> None:
    text = "Advice please: someone checking the door 100+ times a night. Where do we start?"
    assert not findings(text, Role.PROFESSIONAL, rule=Rule.PHI, backstop=False), text
