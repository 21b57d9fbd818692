"""False alarms on benign professional posts, read by shape: who the sentence is about.

Each benign post below is of our own wording: a colleague among the author's staff, a
lesson from the author's training, a historical figure after a historical sentence, a
maxim, the idiom "case in point", a policy dated by its month, a study's city and decade.
The client stories beside them use the same shapes and still warn.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule
from dualdesk.core.guards import story_no_client
from dualdesk.core.guards.lexicon import lowered
from dualdesk.core.guards.story_frames import Frames

#: (text, rule) pairs: benign posts the named rule must leave alone.
BENIGN = [
    ("One of my senior community nurses leaves on Friday after 30 years. I owe her plenty.", "c"),
    ("A tutor once had me present a case with no diagnosis at all. Hardest ten minutes.", "c"),
    (
        "Our hospital's history is grim reading: the 1930s wards held hundreds. Laing visited"
        " and wrote about a patient he never named.",
        "c",
    ),
    ("Told the trainees the real client is always the one who did not come back.", "c"),
    ("Case in point: the word 'psycho' on every front page this month.", "c"),
    ("The sugar tax came in here in April 2018 and the early data are mixed.", "w"),
    ("Harlow's attachment work in Madison, early 50s, still shapes how we teach.", "p"),
]

#: The same shapes around a real client, or the author's own place, still warn.
RISKY = [
    ("One of my clients told me today she has not left the flat since the funeral.", "c"),
    ("Admitted a teen to the ward last night and she told me she hasn't slept in a week.", "c"),
    ("Great to be here in Galway for the week, come say hello at the stand.", "w"),
    ("Saw Maureen, late 80s, today. She told me about her husband's last weeks.", "p"),
]

_RULES = {"c": Rule.CLINICAL, "w": Rule.WHEREABOUTS, "p": Rule.PHI}


@pytest.mark.parametrize(("text", "rule"), BENIGN)
def test_benign_professional_posts_raise_no_warning(findings, text: str, rule: str) -> None:
    assert not findings(text, rule=_RULES[rule], backstop=False), text


@pytest.mark.parametrize(("text", "rule"), RISKY)
def test_the_same_shapes_about_a_client_or_the_author_still_warn(
    findings, text: str, rule: str
) -> None:
    assert findings(text, rule=_RULES[rule], backstop=False), text


#: (text, person, framed) triples read by the sentence's frame alone.
FRAMES = [
    ("A supervisor once asked me to present a case.", "a case", True),
    ("A client once asked me to present her case.", "her case", False),
    (
        "My old consultant, retired now, used to say that every case humbles you.",
        "every case",
        True,
    ),
    ("My client, retired now, used to say that every case was hers.", "every case", False),
    ("It was the 1890s asylum. Kraepelin visited and sorted the notes.", "the notes", True),
    ("It was a long week. Kerry visited and sorted the notes.", "the notes", False),
    ("The patient is always the expert on their own life.", "The patient", True),
    ("The patient was always late on Mondays.", "The patient", False),
]


@pytest.mark.parametrize(("text", "person", "framed"), FRAMES)
def test_the_sentence_frame_alone_tells_no_client(text: str, person: str, framed: bool) -> None:
    start = text.index(person)
    assert story_no_client.no_client_here(text, start, start + len(person)) is framed


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("A new client may need a few sessions before trust comes.", True),
        ("Nobody may leave group early, she told them.", False),
        ("May was when she finally came back to group.", False),
        ("She may have been told this before, she said.", False),
    ],
)
def test_modal_may_makes_a_sentence_general_and_the_month_does_not(
    text: str, general: bool
) -> None:
    assert Frames(text, lowered(text)).general(0, len(text)) is general
