"""A parent addressed and "a family <occasion>" are the author's own, not a client story.

The author's own mum spoken to ("Back by ten, mum, I promise") and a family
wedding or christening the author goes to tell no client story; a client's
mum at a clause start, or a family the author works with, still does.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: The author's own kin or occasion.
OWN = [
    "Cycled home in the rain after the conference. Home safe, dad, no need to call.",
    "Got the late bus back from the training. Yes, mum, I'm fine.",
    "Out Friday for a family wedding in Kerry, so no Friday clinic this week.",
    "Away Sunday for a family christening, back on Monday with cake.",
]

#: A client's relative or a family seen at work: still a story.
STORIES = [
    "Session today with a teenager and his mum, who cried when he finally said it out loud.",
    "Home visit this morning. Mum, 34, told me she hadn't slept since the baby came.",
    "Saw a family this morning who had been waiting eight months for a first appointment.",
]


@pytest.mark.parametrize("text", OWN)
def test_own_kin_addressed_or_an_occasion_is_no_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STORIES)
def test_a_clients_kin_is_still_a_story(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


#: "the family <occasion>": the author's own gathering, whatever the article.
OWN_OCCASIONS = [
    "Therapist life: the family wedding is where every aunt asks me about 'a friend' with a"
    " problem.",
    "Psych life: at our family dinner my uncle asked for 'a mate' who can't sleep. Sure, a mate.",
    "Nurse life: the family reunion turned into a clinic, everyone had 'a friend' with a rash.",
]


@pytest.mark.parametrize("text", OWN_OCCASIONS)
def test_the_family_occasion_is_the_authors_own(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
