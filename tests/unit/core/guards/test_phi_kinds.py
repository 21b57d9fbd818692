"""The phi guard on kinds of wording: first names with an initial, ages in brackets, scores."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A first name with a surname initial, an age opening a bracket, initials with a prefix.
IDENTIFIERS = [
    ("Huge week for Tariq B. Finished his last session of treatment and beamed.", "Tariq B."),
    ("Credit to Shona K., who got through detox at 47 after three tries.", "Shona K."),
    ("Keisha (14, the quiet one from group) said I could share her poem.", "Keisha"),
    ("Back in session with S.McG - first time since the relapse.", "S.McG"),
]

#: What looks like those and is not one.
NOT_IDENTIFIERS = [
    "Thanks to Priya K. and the events team for a brilliant conference day.",
    "Rated the new grounding script 8/10 in practice. Trying it with groups next.",
    "Long weekend in the Dales from Friday. Out of office is on.",
    "If the girls at the Crown hear I'm a shrink, quiz night is over.",
    "She's scoring 7/10 on the range these days, proud coach moment.",
]


@pytest.mark.parametrize(("text", "span"), IDENTIFIERS)
def test_names_with_an_initial_and_bracketed_ages_fire(findings, text: str, span: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert [text[f.start : f.end] for f in found] == [span], text


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
@pytest.mark.parametrize("role", list(Role))
def test_colleagues_scores_holidays_and_pubs_pass(findings, text: str, role: Role) -> None:
    assert not findings(text, role, Rule.PHI, backstop=False), text


def test_a_family_named_before_from_still_fires(findings) -> None:
    text = "The Okonkwos from Peckham came back to family sessions after a year."
    assert findings(text, rule=Rule.PHI, backstop=False)
