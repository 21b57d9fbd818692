"""The phi guard: Safe Harbor identifiers tied to a person."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule, Severity

IDENTIFIERS = [
    ("Had a client named Sarah today", "Sarah"),
    ("J. came in today and cried", "J."),
    ("Maria, a 34-year-old teacher, called", "Maria"),
    ("she was born on March 3, 1990", "March 3, 1990"),
    ("my 92-year-old patient still drives", "92-year-old"),
    ("call me at 617-555-0134", "617-555-0134"),
    ("write to jordan.lee88@gmail.com", "jordan.lee88@gmail.com"),
    ("chart MRN 00482913 is on top", "00482913"),
    ("a teen from Dorchester told me", "Dorchester"),
    ("he lives at 42 Elm Street", "42 Elm Street"),
    ("any OT near 02139?", "near 02139"),
    ("Mrs. Alvarez turned 100", "Alvarez"),
]

NOT_IDENTIFIERS = [
    "Call 1-800-273-8255 or text 988 any time.",
    "Questions? info@doecounseling.com",
    "As Mr. Rogers said, look for the helpers.",
    "Research from the U.S. shows a rise in anxiety.",
    "I grew up in Ohio and moved to Texas.",
    "a book called Atomic Habits changed my mornings",
    "Office closed Dec 24 for the holiday.",
    "Our 2026 account review is done.",
]


@pytest.mark.parametrize(("text", "identifier"), IDENTIFIERS)
def test_identifier_is_found_with_its_span(findings, text: str, identifier: str) -> None:
    spans = [text[f.start : f.end] for f in findings(text, rule=Rule.PHI)]
    assert any(identifier in s or s in identifier for s in spans), (text, spans)


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_organisations_public_figures_and_own_addresses_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI), text


def test_phi_alone_warns_and_blocks_with_a_clinical_story(findings) -> None:
    (alone,) = findings("call me at 617-555-0134", rule=Rule.PHI)
    assert alone.severity is Severity.WARN
    both = findings("Had a client named Sarah today who cried.")
    assert {f.rule for f in both} >= {Rule.PHI, Rule.CLINICAL}
    assert all(f.severity is Severity.BLOCK for f in both if f.rule in (Rule.PHI, Rule.CLINICAL))
