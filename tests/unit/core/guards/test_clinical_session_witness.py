"""The clinical guard on a session the author witnessed, and on a case given in brief.

A letter to one client ("you sat across from me"), words placed in the
author's room, a described person who told the author something, how one
person first came in; a consult written as a list, a supervisee's client,
permission in shorthand, the author holding back about one person, a family
described at a care meeting. Each has look-alikes that name no client.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import story_session_witness

#: The author as witness in the room, told in four ways.
WITNESSED = [
    "You cried in my office on Tuesday and then apologised for crying. Never apologise.",
    "you told me in our last session that nobody had ever asked. i'm still holding that.",
    "\u201cI only eat when the kids are asleep.\u201d Words said in my office today. Heavy.",
    "An older fella whose wife died in the spring asked me if the quiet ever gets easier.",
    "A retired crane operator whose hands shake now asked me if he'd ever drive again.",
    "She came to group six weeks ago refusing to take her coat off. Today she ran the check-in.",
    "Walked in on week one convinced nothing would help. Last night he slept eight hours.",
]

#: The same words as advice, a hypothetical, a stranger, staff, or the author.
NOT_WITNESSED = [
    "When you sit across from a client who won't talk, let the silence do some work.",
    "If you told me in session you were fine, I'd ask what fine costs you.",
    "Office hours moved: you can find me in my office hours on Thursday instead.",
    "Our new intern came in three months ago terrified of the phones. Now runs intake.",
    "I came in barely awake after the night shift and still made the 9am meeting.",
]

#: A case given in brief: a listed consult, a supervisee's client, permission, holding back,
#: a family at a care meeting.
IN_BRIEF = [
    "Picking brains: retired welder, PTSD, won't do groups, hates the phone. Any ideas?",
    "Thoughts please - late 50s, bipolar, lithium stopped by the GP. Where would you start?",
    "My supervisee's patient walked out mid-assessment and she's been rattled all week.",
    'Line of the week (w/ her permission): "I am allowed to be boring now."',
    "Still thinking about Marisol from this afternoon. Can't share more here, obviously.",
    "Family meeting on the ward: the wife who does everything, the brother who does nothing.",
]

#: Topic lists, caseloads, sharing rules, news held back, advice on meetings.
NOT_IN_BRIEF = [
    "Workshop topics: psychosis, bipolar, OCD, eating disorders. Any requests before Friday?",
    "My trainee's clients are lucky to have her. Proud supervisor moment.",
    "Never post a client's words, even w/ permission? Discuss.",
    "Big news coming, can't say anything on here yet. Watch this space!",
    "How to run a family meeting: make sure the daughter who lives away can dial in.",
    "Funding news for the service is close. Can't say more on here until the board signs.",
]


@pytest.mark.parametrize("text", WITNESSED)
def test_a_session_the_author_witnessed_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_WITNESSED)
def test_advice_strangers_staff_and_the_author_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", IN_BRIEF)
def test_a_case_given_in_brief_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_IN_BRIEF)
def test_topics_rules_and_news_held_back_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_listed_case_on_the_personal_account_needs_more_than_a_list(findings) -> None:
    text = "Dinner guests: ex-teacher, anxious, my aunt; any menu ideas?"
    assert not findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)


def test_a_described_stranger_or_audience_member_is_no_session() -> None:
    for text in (
        "A woman who sat next to me on the train asked me what a psychologist actually does.",
        "A student who came to my talk asked me about burnout in trainees.",
    ):
        assert story_session_witness.spans(text, text.lower(), True) == [], text
