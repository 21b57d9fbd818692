"""Characters that print as nothing must not hide a word from the guards."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.invisible import on_original, visible

INVISIBLES = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("mark", INVISIBLES)
def test_an_invisible_character_inside_a_word_does_not_hide_a_session_story(
    findings, mark
) -> None:
    text = f"Had a cl{mark}ient today who cried for the whole hour"
    spans = [text[f.start : f.end] for f in findings(text, Role.PROFESSIONAL, Rule.CLINICAL)]
    assert f"Had a cl{mark}ient" in spans  # highlighted on the text as typed


def test_a_soft_hyphen_does_not_hide_the_practice_name_on_the_personal_account(
    findings,
) -> None:
    text = "Doe\u00adCounseling has a new waiting room"
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK)
    assert [text[f.start : f.end] for f in found] == ["Doe\u00adCounseling"]
    assert found[0].severity is Severity.BLOCK


def test_offsets_after_leading_invisible_characters_point_at_the_typed_words(findings) -> None:
    text = "\ufeff\u200b\u200bHad a client today who cried"
    found = findings(text, Role.PROFESSIONAL, Rule.CLINICAL)
    assert [text[f.start : f.end] for f in found] == ["Had a client"]


def test_a_draft_of_invisible_characters_only_is_blank(findings) -> None:
    assert findings("\u200b\ufeff\u2060", Role.PROFESSIONAL) == []


def test_a_draft_without_invisible_characters_is_read_as_it_is() -> None:
    text = "Family pancakes \U0001f469\u200d\U0001f469\u200d\U0001f467 then the beach"
    cleaned, kept = visible("Sunday pancakes, then the beach")
    assert kept is None and cleaned == "Sunday pancakes, then the beach"
    cleaned, kept = visible(text)
    assert "\u200d" not in cleaned and kept is not None and len(kept) == len(cleaned)


def test_a_span_ending_the_text_maps_to_the_end_of_the_text_as_written() -> None:
    text = "ab\u200bcd\u00ad"
    cleaned, kept = visible(text)
    assert cleaned == "abcd" and kept is not None
    found = Finding(rule=Rule.PHI, severity=Severity.WARN, start=1, end=4, message="m", advice="a")
    (moved,) = on_original([found], kept, len(text))
    assert text[moved.start : moved.end] == "b\u200bcd"
