"""The clinical guard on a teacher's saying passed on, and on a question put to the author.

A mentor, attending or trainer quoted on what they taught is the person of such a post;
the patient in the quoted maxim is anyone. A student or "someone" who asked the author how
they work, answered in public, is no client. A client story that also names a supervisor,
or a client who asked the author something, is still a story.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: A teacher's words or lesson handed on: the people are the teacher and anyone.
TEACHINGS = [
    'my chief resident, week one: "you will be tired for years, and that is not a '
    'personality." she was right about the first part',
    "Dr. Patel (PGY-3, my senior, a total legend) taught me to close every capacity eval "
    'with "what matters most to you?"',
    '"not a bad mother, a mother with no help." my practicum supervisor said this once in '
    "2009 and I think of it daily",
    'Harriet Lowe taught years of trainees at the Maudsley to "let the patient finish the '
    'sentence". still the best advice going',
]

#: A question from a student, a reader or someone, about the author or the field, answered.
ASKED = [
    "Someone asked how I switch off after a hard session. Honest answer: a long walk and "
    "no podcasts.",
    "Trainee asked: yes, you need supervised hours before you can register. Slow, but worth it.",
    "A reader asked if I ever cry after a tough session. Short answer: sometimes, and that's "
    "fine.",
]

#: Stories about a client that also name a teacher or a question: still flagged.
STILL_STORIES = [
    "My supervisor said to hold the silence, so I did. My client cried for the first time "
    "in six months today.",
    "A client asked me today if I'd ever been suicidal. Honest answer: I didn't know what to say.",
    "Took the case to my mentor this morning. The teen I'm seeing told me she stopped "
    "eating again last week.",
]


@pytest.mark.parametrize("text", TEACHINGS)
def test_a_teachers_saying_is_not_a_client_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", ASKED)
def test_a_question_put_to_the_author_and_answered_is_not_a_client_story(
    findings, text: str
) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STILL_STORIES)
def test_a_client_story_naming_a_teacher_or_a_question_is_still_flagged(
    findings, text: str
) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
