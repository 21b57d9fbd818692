"""The author's own life on the personal account, a date or their own therapy, is no client."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.learned_own_people import (
    DATE_MARGIN,
    OWN_PEOPLE_MARGIN,
    personal_clinical_margin,
)

DATES = [
    "the girl I'm seeing ghosted me. cool cool cool",
    "the guy i've been seeing for 3 months just said he wants to 'take a break'",
    "The woman I've been dating told me she wants kids. Panicking quietly.",
    "this lad I started seeing cooked me dinner and it was actually edible??",
]


@pytest.mark.parametrize("text", DATES)
@pytest.mark.parametrize("backstop", [False, True])
def test_a_date_on_the_personal_account_is_no_client_story(findings, text, backstop) -> None:
    assert not findings(text, Role.PERSONAL, Rule.CLINICAL, backstop=backstop), text


@pytest.mark.parametrize("text", DATES[:3])
def test_the_model_is_not_heard_on_a_date(text: str) -> None:
    assert personal_clinical_margin(text) == DATE_MARGIN, text


@pytest.mark.parametrize(
    "text",
    [
        # "seeing" as the work: a word of client work is in the draft
        "a girl I'm seeing at work told me today she's been cutting again",
        "the boy I'm seeing for anxiety finally smiled in session",
        "a teen I've been seeing since March told me she got into uni",
    ],
)
def test_seeing_someone_for_work_stays_a_client_story(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.CLINICAL, backstop=False), text


def test_on_the_professional_account_the_person_seen_is_a_client(findings) -> None:
    text = "the girl I'm seeing ghosted me after our third session. Hope she comes back."
    assert findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


OWN_THERAPY = [
    "my therapist said she was proud of me today",
    "had my own therapy session today and cried about my dad for 50 minutes",
    "My counsellor asked what I do for fun and I said 'laundry'. Homework: find a hobby.",
]


@pytest.mark.parametrize("text", OWN_THERAPY)
def test_the_authors_own_therapy_is_no_client_story(findings, text) -> None:
    assert personal_clinical_margin(text) == OWN_PEOPLE_MARGIN, text
    assert not findings(text, Role.PERSONAL, Rule.CLINICAL), text


@pytest.mark.parametrize(
    "text",
    [
        "my therapist friend says one of her clients cried in session today",
        "a patient told me her own therapy is going well. tiny win",
    ],
)
def test_someone_elses_therapy_with_a_client_in_it_keeps_the_models_threshold(text) -> None:
    assert personal_clinical_margin(text) == 0.0, text
