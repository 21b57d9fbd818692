"""Posts about a show the author watched: its families and titles are no client's.

Our own wordings of the shape: a verb of watching before a title in capitals,
a season or web series, something "on TV". Stories told in a session with the
same words ("watched her face", "Mrs K", the dayroom TV) still warn.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule
from dualdesk.core.guards.story_screen import on_screen

SCREEN = [
    "Caught up on The Bear and that family needed a family therapist before a restaurant.",
    "Caught up on Grey's Anatomy last night; the teen's therapist would lose her licence.",
    "Finally watched the season of Ted Lasso where the coach sees the therapist. Accurate-ish.",
    "That streaming series about a boarding school made the girl's assessment a plot twist.",
]

SCREEN += [
    "Showrunners, please: the mother who 'loses it' postnatally is not carted off in the next"
    " scene.",
    "TV medical dramas: the patient is discharged the same afternoon and thanks everyone.",
]

NOT_SCREEN = [
    "Watched her face drop when I said the word discharge. Stayed with it.",
    "Watched Mrs Tane finally laugh in group today after six weeks of silence.",
    "He sat in the dayroom staring at the TV all morning and would not eat.",
    "This season of grief has been long for the family I see on Thursdays.",
    "Her family drama at home came up again in session, and her writing has stopped.",
]


@pytest.mark.parametrize("text", SCREEN)
def test_posts_about_a_show_raise_neither_story_nor_identifier(findings, text: str) -> None:
    assert on_screen(text, text.lower()), text
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", NOT_SCREEN)
def test_watching_a_client_or_the_ward_tv_is_no_show(text: str) -> None:
    assert not on_screen(text, text.lower()), text


@pytest.mark.parametrize(
    "text",
    [
        "Watched Mrs Tane finally laugh in group today after six weeks of silence.",
        "He sat in the dayroom staring at the TV all morning and told me he won't eat.",
    ],
)
def test_stories_with_the_same_words_still_warn(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Watched Jordan Smith finally smile in group today after months of silence.",
        "My client Dana caught up on Grey's Anatomy in the waiting room and told me she wants"
        " to be a surgeon.",
    ],
)
def test_a_show_in_a_clients_story_leaves_the_names_as_names(findings, text: str) -> None:
    assert not on_screen(text, text.lower()), text
    assert findings(text, rule=Rule.PHI, backstop=False), text
