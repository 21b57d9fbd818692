"""Which name patterns phi tries on a draft (`phi_names.patterns_for`)."""

from __future__ import annotations

import re

import pytest

from dualdesk.core.guards import phi_names as pn
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.lexicon import public_hits


def test_the_gated_patterns_are_the_ones_named() -> None:
    """The gates name patterns by place: each must still be the one it says it is."""
    assert r"\d{1,2}\s*[,)]" in pn._MARCUS_17.pattern
    assert r"\d{1,2}\b" in pn._MARK_S_58.pattern
    assert "'s\\s+" in pn._DANAS_INTAKE.pattern
    assert "\\s*\\(" in pn._JAYLEN_10.pattern
    assert pn._JENKINS_FAMILY.pattern.endswith(r"(?:family|household|kids|boys|girls)\b")


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("Marcus, 17, told me", pn._MARCUS_17),
        ("Mark S., 58 came in", pn._MARK_S_58),
        ("Dana's intake ran long", pn._DANAS_INTAKE),
        ("Jaylen (10) drew a dragon", pn._JAYLEN_10),
        ("the Jenkins family came back", pn._JENKINS_FAMILY),
    ],
)
def test_a_draft_with_the_shape_is_scanned(text: str, pattern: re.Pattern[str]) -> None:
    assert pattern in pn.patterns_for(text, text.lower())
    assert pattern.search(text) is not None


def test_a_name_in_a_gated_shape_is_still_found() -> None:
    text = "Dana's intake ran long and Jaylen (10) drew a dragon"
    spans = pn.names(text, text.lower(), public_hits(text), frozenset())
    assert {text[s:e] for s, e, _, _ in spans} == {"Dana", "Jaylen"}


def test_a_draft_without_the_shapes_skips_them() -> None:
    text = "Sat with a retired farmer this morning. His daughter drove down with pie."
    tried = pn.patterns_for(text, text.lower())
    for pattern in (pn._MARCUS_17, pn._MARK_S_58, pn._DANAS_INTAKE, pn._JAYLEN_10):
        assert pattern not in tried
    assert pn._JENKINS_FAMILY not in tried
    assert pp.NAME_PATTERNS[0] in tried  # "client Sarah" is read on every draft


def test_a_bracket_without_a_digit_skips_the_aged_name() -> None:
    text = "Jaylen (my favourite) drew a dragon"
    assert pn._JAYLEN_10 not in pn.patterns_for(text, text.lower())
