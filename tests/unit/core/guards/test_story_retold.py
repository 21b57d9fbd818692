"""The clinical guard on stories retold without a client word.

Someone's words then who heard them, a described person heading their own
words, initials or a first name as a sentence's subject, someone the author
has followed for years: each is one person from practice. The same shapes
about the author's family, a public figure, a quotation of a maxim or a
helpline are not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Words, then the author as the one who heard them.
SAID_TO_ME = [
    "'Nobody ever asked me that before.' \u2014 said to me at the door on Friday. Still with me.",
    '"I thought you would give up on me like the rest," was whispered to me at discharge.',
    "\u201cCan we do this again next week?\u201d - asked me on the way out. Yes. Yes we can.",
]

#: A described person as a heading, then their words in the first person.
HEADED = [
    "Young dad in the waiting room this morning: 'I didn't know men were allowed in here.'",
    "Eight-year-old after her first sand tray: \u201cI made a town and nobody got hurt.\u201d",
    'Retired fisherman at intake: "My wife made the appointment, I just drove."',
]

#: Initials or a first name as a sentence's subject, shown without any client word.
NAMED_SUBJECT = [
    "Quick update for the night team: R.K. is back on oral meds and eating again.",
    "M. finally rang her sister. Took three months to get there.",
    "Bex turns 18 next week and ages out of our service. Dreading her last visit.",
]

#: Someone the author has followed or supported for a long time.
FOLLOWED = [
    "Someone I've supported since 2019 sent me a wedding photo today. Not crying, you are.",
    "A lad we've been visiting for months fixed the gate himself this week.",
]

#: The same shapes, about no client: a maxim quoted, the author's family, a helpline, a
#: public figure, teaching, the plural.
NOT_A_CLIENT = [
    "'Supervision is where you learn to be kind to yourself' - said to me by my first "
    "supervisor. Still true.",
    "Dad turns 70 on Sunday, so the whole clan is driving up.",
    "Samaritans is 116 123, free, any time of day.",
    "Every client deserves to hear this at least once: 'I believe you.'",
    "New parents in week one: 'I haven't slept since Tuesday.' It gets easier, promise.",
    "U.S. has the fewest psychiatric beds per head of any rich country.",
    "A book I've recommended for years: still the best on grief.",
    "Headspace is 18 this year. Proud to have trained there.",
]


@pytest.mark.parametrize("text", SAID_TO_ME)
def test_words_then_the_author_as_the_one_who_heard_them_are_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", HEADED)
def test_a_described_person_heading_their_own_words_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NAMED_SUBJECT)
def test_initials_or_a_first_name_as_subject_are_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", FOLLOWED)
def test_someone_followed_for_a_long_time_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_A_CLIENT)
def test_the_same_shapes_about_no_client_are_not_flagged(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_retold_story_on_the_personal_account_needs_a_setting(findings) -> None:
    text = "'You always know what to say.' - said to me at the bus stop. Made my day."
    assert not findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)
