"""The clinical guard on a "he" or "she" nobody was named for, told in the present.

A question to peers about someone only the author knows ("keeps every feeling
at arm's length, and he is very funny. How do you...?"), or a parent of that
someone ("Her stepdad insists on sitting in"), is a case even with no past
tense. The same pronoun after a name, a film, a colleague, or inside a
general question is not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A present-tense case: asked about, or told through a parent.
PRESENT_CASES = [
    "Stuck: keeps every feeling at arm's length with jokes, and he is very, very funny. How "
    "do you get past the comedy?",
    "His nan drives him in every Thursday, forty minutes each way, and waits in the car park "
    "the whole hour.",
    "Her stepdad insists on sitting in for every review, and honestly it changes the whole room.",
    "Keen for ideas: counts calories in her head while we talk, and she says it helps her "
    "listen. Where would you start?",
]

#: Someone named or met first, a film, a colleague, or a question about anyone.
NOT_CASES = [
    "Ruth Bader Ginsburg's mother shaped everything. Her mom died the day before her graduation.",
    "When a teen shuts down, how do you re-engage her? Thoughts welcome.",
    "Does she need a referral if her GP already prescribes? Asking generally, thoughts welcome.",
    "Rewatched Lady Bird last night. Her mom is every mom I have ever met. Thoughts?",
    "Our new receptionist starts Monday. Her dad ran the front desk here for years, full circle!",
    "Thoughts on the new guidelines? She makes a good point in the editorial about caseloads.",
]


@pytest.mark.parametrize("text", PRESENT_CASES)
def test_an_unnamed_person_asked_about_or_told_through_a_parent_is_flagged(
    findings, text: str
) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_CASES)
def test_a_named_or_general_person_is_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_parent_on_the_personal_account_needs_a_setting(findings) -> None:
    text = "Her dad still calls every Sunday at six sharp, like clockwork."
    assert not findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)


#: A part of one unnamed person's care, told in the present.
CARE_ITEMS = [
    "His IEP says 30 minutes a week and he gets ten. Somebody fix this.",
    "Her safety plan lives in her phone case now, next to the bus pass.",
]

#: A named star's "dose", the author's mother's medicines.
NOT_CARE_ITEMS = [
    "Taylor Swift's new album is out. Her dose of heartbreak per track is unmatched.",
    "My mum's GP finally reviewed her meds. Fewer pills, more energy.",
]


@pytest.mark.parametrize("text", CARE_ITEMS)
def test_an_unnamed_persons_care_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_CARE_ITEMS)
def test_named_or_family_care_is_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
