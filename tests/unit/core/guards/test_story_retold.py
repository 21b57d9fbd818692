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
    "'Nobody ever asked me that before.' — said to me at the door on Friday. Still with me.",
    '"I thought you would give up on me like the rest," was whispered to me at discharge.',
    "“Can we do this again?” - asked me on the way out. Yes. Yes we can.",
]

#: A described person as a heading, then their words in the first person.
HEADED = [
    "Veteran after exposure homework: 'I drove past the base and didn't turn around.' Progress.",
    "Girl after her first sand tray: “I made a town and nobody got hurt.”",
]

#: Initials or a first name as a sentence's subject, shown without any client word.
NAMED_SUBJECT = [
    "For the weekend crew: D.W. is back on the open ward. Small steps.",
    "P.J. is off the waitlist and starts group in a fortnight. Small wins.",
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


#: One person and an event that has just happened, asked about; the author's own reply.
JUST_HAPPENED_OR_REPLIED = [
    "Genuinely asking: a mum on the unit whose daughter has just gone into foster care. "
    "How do we hold grief and risk together?",
    "Colleagues, what do you say when a client asks 'will I always feel like this?' "
    "I said I hoped not. Enough?",
]

#: The same words in general talk, or a reply given to a colleague or family.
NOT_ONE_CONVERSATION = [
    "Research has just shown that a patient may do better with a shorter wait.",
    "When a patient asks 'are you judging me?', I always say no, and mean it.",
    "My supervisor asked me once what I'd do if a client asked me out. I said I'd end it.",
]


@pytest.mark.parametrize("text", JUST_HAPPENED_OR_REPLIED)
def test_an_event_just_happened_or_the_authors_reply_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_ONE_CONVERSATION)
def test_general_talk_or_a_reply_to_a_colleague_is_not_flagged(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_pronoun_after_a_sentence_that_narrates_is_flagged(findings) -> None:
    text = (
        "The chemist lost the prescription for the second time this week. Her clozapine bloods "
        "are due Monday and I am not letting that slide."
    )
    assert findings(text, rule=Rule.CLINICAL, backstop=False)


def test_a_pronoun_for_the_readers_own_father_is_not_flagged(findings) -> None:
    text = (
        "Boundaries aren't walls. Your dad is allowed to be annoying. (said fondly. he reads this)"
    )
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)


#: Teaching and system talk that mentions one patient in passing: no one in particular.
TEACHING_OR_SYSTEMS = [
    "One thing I wish grad school covered: how to tell a client 'I got that wrong' and mean it.",
    "Waitlists doubled since spring. That's a staffing failure, not a patient motivation problem.",
]

#: A teaching moment with one client today is still a story.
TAUGHT_ONE = [
    "Showed a teen how to box-breathe today and she taught it to her brother by dinner.",
]


@pytest.mark.parametrize("text", TEACHING_OR_SYSTEMS)
def test_teaching_and_system_talk_are_not_flagged(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", TAUGHT_ONE)
def test_teaching_one_client_today_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_the_same_person_back_again_is_flagged(findings) -> None:
    text = "round two of the 'nothing's wrong' talk, same kid. laughed at my bad joke this time."
    assert findings(text, rule=Rule.CLINICAL, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "Different job, same person. Growth was never a personality transplant.",
        "Be the same person online and off. Clients notice when you aren't.",
    ],
)
def test_being_the_same_person_is_not_a_client(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
