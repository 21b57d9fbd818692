"""The clinical guard on one person known to the author only through the work.

"Someone I know through work", "one of the old gents I see at work", "somebody I
look out for", "a lad I've been keyworking": a nameless person tied to the author
by the work, then something that happened to them, is a client story on either
account. So is "I've a patient who…". Work mates, friends, family, a sentence in
general terms and someone the author merely used to see must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Personal posts about one person the author knows by the work.
PERSONAL_STORIES = [
    "somebody I know through work rang tonight: the court gave her the flat. crying into my tea",
    "One of the elderly ladies I see at work, 88 in March, told me she still swims in the loch.",
    "long week. someone I look out for lost their place at the hostel. can't stop thinking",
    "a young lad I've been keyworking since spring passed his driving test today!!",
    "someone I've walked alongside for two years finally got the keys to her own place",
    "the lass I've been rooting for since September got her college place today. buzzing",
]

#: Professional posts: the author's own case, in the present.
PROFESSIONAL_STORIES = [
    "I have a client who brings her knitting to every session and I've come to love it.",
    "We've got a family that cancels every time the weather turns. Not sure what to try next.",
]

#: Work mates, friends, family, general sentences and people merely met.
NOT_CASES = [
    "someone I know from work just ran her first marathon, so proud of her",
    "If someone I know through work ever asks, I say I'm a nurse and leave it there.",
    "A mate I know through work finally got his visa sorted, drinks on Friday",
    "someone I used to see for a few months texted me out of the blue last night. nope.",
    "I have a kid who refuses every vegetable except peas. Parenting is humbling.",
    "Someone I look out for, my little brother, finally passed his exams!",
    "someone I've been worried about for weeks finally texted back. pub on friday",
    "the kid I've been worried about is my godson and he finally rang his mum",
]


#: Professional posts in general terms: a rule the author keeps, not a case.
PROFESSIONAL_GENERAL = [
    "When I have a client who cancels three times in a row, I send a gentle letter.",
    "If we have a family that needs an interpreter, we book one before the first visit.",
]


@pytest.mark.parametrize("text", PERSONAL_STORIES)
def test_someone_known_through_the_work_is_a_client(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", PROFESSIONAL_STORIES)
def test_a_client_the_author_has_now_is_a_case(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_CASES)
def test_work_mates_family_and_general_sentences_pass(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", PROFESSIONAL_GENERAL)
def test_a_habit_with_any_client_is_no_case(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
