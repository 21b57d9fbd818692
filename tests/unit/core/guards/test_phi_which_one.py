"""phi: a person told apart by where they are from, "Jess (the Wigan one)"."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tomás's dad (the Tai Po one) messaged my work phone at 11pm again.", "Tai Po"),
        ("Aoife, the Ballymun one, finally said yes to group.", "Ballymun"),
        ("Which Priya? Priya's mum (the Whitefield one), obviously.", "Whitefield"),
    ],
)
def test_a_place_that_tells_one_person_from_another_fires(findings, text, span) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert span in [text[f.start : f.end] for f in found], text


@pytest.mark.parametrize(
    "text",
    [
        "Sam (the tall one) brought cake to the team meeting.",
        "Two new interns: Ana (the quiet one) and Ben (the loud one). Lucky us.",
        "Our dog, the Scottish one, hates the rain.",
        "The Texas one? Every state has its own licensing board, check yours.",
    ],
)
def test_no_place_or_a_state_passes(findings, text: str) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A client's boss at the quarry in Elkhorn rang me to ask about her meds.", "Elkhorn"),
        ("My patient's manager at the plant out in Decatur called about sick notes.", "Decatur"),
    ],
)
def test_a_clients_workplace_told_by_its_kind_and_town_fires(findings, text, span) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert span in [text[f.start : f.end] for f in found], text


def test_the_authors_own_boss_and_town_pass(findings) -> None:
    text = "My boss at the clinic in Leeds signed off my leave. Bless her."
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text
