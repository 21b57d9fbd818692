"""A named person in a session story is clinical; an exclamation or a stray letter is no name."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Daniel Okafor missed his appointment again", "Daniel Okafor"),
        ("Saw Priya Nair for her intake this morning", "Priya Nair"),
        ("Met Tom for his first session, he barely spoke", "Tom"),
    ],
)
def test_a_named_person_in_a_session_story_is_clinical_and_the_name_is_phi(
    findings, text, name
) -> None:
    found = findings(text, Role.PROFESSIONAL)
    assert Rule.CLINICAL in {f.rule for f in found}
    assert name in [text[f.start : f.end] for f in found if f.rule is Rule.PHI]


@pytest.mark.parametrize(
    "text",
    [
        "Saw Adele for her last show, still buzzing",  # her show, not her appointment
        "Met Sarah Kim for her birthday lunch",  # a friend's birthday
        "Audre Lorde wrote that caring for myself is not self-indulgence.",  # quoted by name
        "Harriet Lerner said anger is a signal worth listening to.",
        "Jacinda Ardern stepped down when she had nothing left in the tank",  # no work
        "Sarah Jones presented her research on grief at the conference",  # a colleague
    ],
)
def test_a_full_name_outside_the_work_is_no_session_story(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.CLINICAL) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ugh, a client cancelled last minute",
        "Meh, my 3pm no-showed",
        "Welp, a kiddo told me my shoes were ugly",
        "Blimey, a client turned up an hour early",  # the phrase after the comma acts
        "é Had a client today who finally laughed",
        "q Saw a client today who cried",
    ],
)
def test_an_exclamation_or_a_stray_letter_opening_the_post_is_no_name(findings, text) -> None:
    first = text.split()[0].rstrip(",")
    starts = [f for f in findings(text, Role.PROFESSIONAL, Rule.PHI) if f.start <= 2]
    assert starts == [], f"{first!r} or the word after it is taken for a name"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria, a client of mine, cancelled", "Maria"),
        ("Tomas, a 15-year-old, told me he was done", "Tomas"),
    ],
)
def test_a_name_in_apposition_at_the_start_is_still_a_name(findings, text, name) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI)
    assert name in [text[f.start : f.end] for f in found]
