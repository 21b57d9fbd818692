"""The clinical guard on people in one client's life, a thank-you card and a decade-and-sex code.

Someone in one client's life acting toward the author ("a client's boss rang me",
"my patient's landlord texted me") tells of that client, as a relative does; a
"thank-you card" addresses no reader; a peer consult masks an age as a decade
("30s male, ...") the way a case note writes "34M". General advice about such
people, a list of age groups and a sentence with "boss" as a kind still pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

STORIES = [
    "A client's employer rang me this morning wanting to know if he's 'fit to drive'. No comment.",
    "my patient's landlord texted me at 11pm about her rent. how did he even get this number",
    "One client's teacher emailed me a whole essay about his behaviour in class today.",
    "A patient's family left a thank-you card at reception. I read it twice in the car.",
    "Peer consult: late 40s female w/ panic disorder, on benzos for a decade. Taper ideas?",
    "Thoughts welcome: 20s male, first episode, family refusing admission. What worked for you?",
]

GENERAL = [
    "A client's boss may call you; you cannot confirm whether they attend.",
    "If a patient's family asks for details, check consent first.",
    "A boss who listens is a protective factor at work.",
    "Send yourself a thank-you card after a hard week, you deserve it.",
    "Suicide rates by age group: 30s male, 40s male, 50s male all rose last year.",
    "Best 80s male vocalists, ranked, no arguments.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_client_told_through_their_life_or_a_masked_age_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_advice_kinds_and_age_groups_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
