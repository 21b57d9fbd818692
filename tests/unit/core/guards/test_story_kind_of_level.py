"""A person "at that level" or "of her stature" is any one of a kind, not a client.

After a post names a public figure, "a player at that level" or "a singer of
his stature" speaks of anyone like them; the same role words about one person
the author works with still warn.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

KINDS = [
    "Naomi Osaka skipping press in Paris still comes up when I teach. An athlete at that "
    "level naming her anxiety changed how teens talk about it.",
    "Kevin Love writing about his panic attack still comes up in my workshops. A footballer "
    "of his stature admitting it made coaches listen.",
    "Lady Gaga talking about chronic pain still comes up with my students. A musician at the "
    "top level saying it out loud helped a lot of people.",
]

STORIES = [
    "A swimmer I work with finally told her coach about the panic attacks today.",
    "Had an athlete in session this morning who hasn't slept properly since the final.",
]


@pytest.mark.parametrize("text", KINDS)
def test_a_kind_after_a_public_figure_is_no_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STORIES)
def test_one_athlete_the_author_sees_still_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
