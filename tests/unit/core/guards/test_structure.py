"""The structural checks: stories and own activities in wordings no fixed phrase lists."""

from __future__ import annotations

import re

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.lexicon import Folding, lowered, plain

# Each is a story told in a shape, not a phrase: a person, narration, not general.
NEW_STORIES = [
    "Reviewed a lad on the ward this morning who's convinced the telly is talking to him.",
    "Gentleman in bay 3 has decided I'm MI5. Fair enough.",
    "OCD kiddo finally let me move ONE thing on his shelf. Monumental.",
    "Sat at a bedside today while a daughter read her dad the sports page.",
    "He came back after 8 months and said 'so, about my dad.'",
    "Couple this morning hadn\u2019t said a kind word to each other in months.",
    "Q for MFTs: partners in their 60s, one wants to open the marriage. Working on it now.",
]

# People the author does not treat, or no person at all.
NOT_STORIES = [
    "Freud had a patient named Anna O. Her real name was Bertha Pappenheim.",
    "My mentor told me years ago: 'treat the person, not the chart.' Still true.",
    "A nurse friend asked how to support colleagues after a patient death.",
    "The kid in 'Inside Out 2' has better emotional vocabulary than most adults.",
    "A patient is not 'noncompliant.' They may be unable to afford it.",
    "Alcohol and grief are a rough combination. Talk to someone.",
    "Driving up to the cabin this weekend with the whole family.",
]


@pytest.mark.parametrize("text", NEW_STORIES)
def test_stories_in_new_wordings_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL), text


@pytest.mark.parametrize("text", NOT_STORIES)
def test_people_who_are_not_clients_do_not_make_a_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL), text


def test_the_personal_account_needs_a_clinical_setting(findings) -> None:
    # The rules alone: the model's own reading of the first is in test_learned.
    neighbour = "the kid next door told me a joke today"
    assert not findings(neighbour, Role.PERSONAL, Rule.CLINICAL, backstop=False)
    assert findings(
        "a kid at work today told me a joke", Role.PERSONAL, Rule.CLINICAL, backstop=False
    )


@pytest.mark.parametrize(
    "text",
    [
        "Grabbing a flat white between clinics and watching the rain over the docks.",
        "Off to Glasgow tomorrow for the faculty meeting.",
        "Skating on the canal at lunch, the best part of winter here.",
        "3:30 am, charting, coffee #2, questioning everything",
        "Studio closed 23 Dec - 13 Jan.",
        "Riding the Blue Line to O\u2019Hare, see you soon Seattle.",
    ],
)
def test_own_activities_without_a_subject_are_whereabouts(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS), text


@pytest.mark.parametrize(
    "text",
    [
        "If your teen won't talk, try talking side by side: in the car, on a walk.",
        "Supervision question: what do you do with that? Currently sitting on it.",
    ],
)
def test_advice_and_figures_of_speech_are_not_whereabouts(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS), text


def test_curly_apostrophes_read_as_straight_ones_and_keep_offsets() -> None:
    text = "I\u2019m at the airport \u201cagain\u201d"
    flat = plain(text)
    assert flat == 'I\'m at the airport "again"' and len(flat) == len(text)


def test_folding_finds_the_same_spans_as_ignorecase() -> None:
    pattern = re.compile(r"\b(?:my|one of my)\s+clients?\b", re.IGNORECASE)
    text = "One of My CLIENTS said hi; my client waved."
    folded = Folding(pattern)
    assert [m.span() for m in folded.finditer(text, lowered(text))] == [
        m.span() for m in pattern.finditer(text)
    ]


def test_folding_keeps_case_sensitive_parts_on_the_original_text() -> None:
    pattern = re.compile(r"\bclient (?-i:[A-Z])\.", re.IGNORECASE)
    text = "Client J. called."
    assert [m.span() for m in Folding(pattern).finditer(text, lowered(text))] == [(0, 9)]


def test_lowered_refuses_texts_whose_length_would_change() -> None:
    assert lowered("\u0130stanbul") is None
