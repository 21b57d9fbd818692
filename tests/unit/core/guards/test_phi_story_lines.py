"""The phi guard inside a client story: crisis lines, rules that act, and toys are no one."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found if f.severity is not Severity.INFO]


NOT_IDENTIFIERS = [
    "A client told me she'd never rung a line before. Samaritans on 116 123, NHS 24 on 111, "
    "save them somewhere.",
    "A lad I see finally texted Shout on 85258 last night, so proud of him.",
    "A young man I see has missed three appointments now. Protocol says discharge. I'm not "
    "ready to.",
    "Spent the whole session with a boy I see, who built me a castle with Legos.",
    "A woman I see rang Lifeline: 0808 808 8000 is on her fridge now.",
]

#: (text, span): ages over 89 and names in a story are still found.
STILL_FOUND = [
    ("A woman I see turned 96 last week and still drives.", "96"),
    ("My client Dorothy is 94 and sharper than me.", "Dorothy"),
    ("A man I see, 97, told me the war was easier than the care home.", "97"),
]


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_lines_rules_and_toys_in_a_story_are_no_identifiers(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


@pytest.mark.parametrize(("text", "span"), STILL_FOUND)
def test_late_ages_and_names_in_a_story_are_still_found(findings, text: str, span: str) -> None:
    assert any(span in s for s in _spans(findings, text)), text
