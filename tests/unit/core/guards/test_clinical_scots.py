"""The clinical guard on a story told in Scots.

Scots' small words ("wi", "aboot", "cannae", "ken", "dae", "fae", "hame",
"weans", "no" before a verb) stand where English has "with", "about", "can't",
"know", "do", "from", "home", "kids", "not", so a post in Scots is read again in
English. Advice, the author's own family and an English post with "Ken" the
name must still pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Personal posts in Scots about one person the author knows by the work.
STORIES = [
    "a lassie I've been working wi since the summer got her wean back fae care the day",
    "one of the guys I've been working wi got his weans back for Christmas. cannae believe it",
]

#: Posts in Scots where nobody in particular is meant, or the person is the author's own.
GENERAL = [
    "If ye work wi folk who use, dinnae judge them. Ask whit they need.",
    "My maw's been greetin aboot the telly again, the soaps have her heart broke",
    "Ken from the fitba club is daein a quiz night, come along wi yer pals",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_scots_story_about_one_client_is_flagged(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_scots_advice_family_and_names_pass(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


def test_a_finding_in_the_english_reading_points_at_the_scots_words(findings) -> None:
    text = "one of the men I've been working wi rang me. he's no drinking now."
    found = findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
    assert found and text[found[0].start : found[0].end].endswith("working wi"), found
