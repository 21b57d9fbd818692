"""The clinical guard on people inside instructions to the reader.

House rules ("Never sit in the grandad's armchair"), calls to action ("Thank
a nurse today") and questions handed to the reader ("ask: why this person,
why now?") name anyone the reader will meet. A memory opened on "never"
with the author in it, or a past form after "never", is still a story.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: Each fires without the reading of `story_imperatives`.
INSTRUCTIONS = [
    "Home visit rules, learned the hard way: always accept the brew. Never sit in the "
    "grandad's armchair. The cat decides if you stay.",
    "Ward nurses hold the whole place together and get thanked for none of it. Thank a "
    "nurse today.",
    "Hug a carer this week. They are running on empty and nobody asks.",
    "Formulation is underrated. Before reaching for a worksheet, ask: why this difficulty, "
    "why this person, why now? Learnt it in training and it has held ever since.",
    "Three questions for every referral: why this person, why this problem, why now? "
    "Learned them as a trainee.",
]

#: Stories that open like an instruction: still flagged.
STORIES = [
    "Never forget the lad who told me his dog was his only friend. Saw him today: two "
    "human mates now.",
    "Never thought the quiet man on bay 4 would be the one to make me laugh this morning.",
    "Thank you to the mum who let me sit in on her son's session today. She knows who she is.",
]


@pytest.mark.parametrize("text", INSTRUCTIONS)
def test_people_in_instructions_to_the_reader_are_anyone(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STORIES)
def test_a_story_opening_like_an_instruction_is_still_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
