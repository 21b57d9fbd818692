"""A first name opening a story as a member of the author's group: "Priya in my grief group".

In a client story, a capitalised word opening a sentence is read as a name only when
the grammar shows a person. Being "in my Tuesday group" or "from our men's group" is
such grammar: a member of the author's group is a client. A season, a weekday or a
field "in my" something is no one.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Priya in my grief group laughed today for the first time.",
        "Tomasz in my Thursday group brought his daughter's drawing to show everyone.",
        "Amara from my anxiety group cried today when she talked about her dad.",
    ],
)
def test_a_named_group_member_is_phi(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Sunday in my group felt heavy today, and a member cried.",
        "Winter in my clinic means flu jabs, and today a patient told me she hates needles.",
        "Nobody in my DBT group missed a session this term, and one said it felt like home.",
    ],
)
def test_days_seasons_and_nobody_are_no_name(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Dude in my men's group cried tonight for the first time in years. He said it felt good.",
        "Chap in my Thursday group finally told me his dog died. He was gutted.",
    ],
)
def test_a_casual_person_word_is_no_name(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text
