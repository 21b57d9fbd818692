"""The clinical guard on a client marked by a day, a change, a numbered session or consent.

A person the author saw today ("the older lady from this morning"), one
person's before and after ("someone who couldn't get out of bed in
spring walked to group today"), a numbered session and what happened in
it, a session summed up as a fragment, a client's words quoted with
consent and an initial's relative each single out one client with no
clinical noun. Conditions, advice, talks, colleagues and a publisher's
permission are no case.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

CASES = [
    # a person labelled by the day the author saw them
    "Thinking about the gran from earlier who only wanted someone to ring her sister.",
    "The little fella from my 2pm drew me a dinosaur. It's on the fridge now.",
    # the author's act on "someone", with a time
    "Had to section somebody this afternoon that I have known for years. Rotten feeling.",
    "Said goodbye to somebody yesterday after 14 months of Tuesdays. Proud and a bit bereft.",
    # a count of today's people and what they said
    "Four clients today said the same thing: the dark mornings make them sleep worse.",
    # "today he/she..." in a post about the author's work
    "Recovery post: today she walked into the waiting room without her sister.",
    # one person's before and after
    "Two brothers who hadn't spoken in years shook hands today. Work gist, nothing more.",
    "Somebody who was too anxious to board a bus in spring flew to see family today. Clinic high.",
    # a numbered session, and what the people did in it
    "Sixth session, nobody stormed out. Tiny miracle.",
    # people acting in the author's room
    "Young couple realised in my office that neither wants the big wedding. Relief all round.",
    # a session summed up as a fragment
    "Rough session. Need a walk before the next one.",
    # a client's words shared with consent
    'Quoting with consent: "I am not my worst day." Going on a sticky note.',
    # an initial's relative
    "Reminder for Monday: ring K's dad about the school meeting before lunch.",
]

NOT_CASES = [
    # a public figure, a talk, a colleague, the author's family
    "The speaker from today's webinar made a great point about burnout in rural practice.",
    "Had to admit to myself today that I need a holiday. Booking it.",
    "If you ever have to section someone, take ten minutes for yourself afterwards.",
    "My colleague who used to work nights finally retired today. We'll miss her cakes.",
    # kinds of people and advice
    "People who used to drink heavily can now find mutual aid groups online.",
    "Someone who couldn't leave the house can still do therapy by video. Ask about it.",
    "First session, they will ask about your history and what brings you in.",
    # talks and trainings with sessions
    "Intense session. Thanks to everyone who attended the workshop on suicide prevention.",
    # a publisher's permission, a plan with a letter
    'Quoting with permission from the author: "grief is love with nowhere to go."',
    "Plan B's budget was approved, so the new group room opens in March.",
    # the author's own family
    "My mum's recovery is going well. Today she walked to the shops on her own.",
]


@pytest.mark.parametrize("text", CASES)
def test_a_client_marked_without_a_clinical_noun_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_CASES)
def test_advice_talks_colleagues_and_family_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_turnaround_on_the_personal_account_is_flagged(findings) -> None:
    text = "someone who couldn't say a word in our first sessions just sang at group. crying."
    assert findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)
