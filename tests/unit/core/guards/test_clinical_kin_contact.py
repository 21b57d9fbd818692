"""The clinical guard on a patient's relative reached by phone, told as a handoff.

A bare relative as the subject ("son finally rang back"), a number and a word
of the team's work ("collateral", "hx", "the team") are a case passed on in
public. The author's own family, or a crisis line, are not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

HANDOFFS = [
    "son just rang back on 07700 900 412 - happy to give collateral tomorrow, ask for Dev",
    "daughter finally called (0412 555 019), hx is far longer than we were told. team pls read",
]

NOT_A_CASE = [
    "my sister finally called back from Lisbon (+351 912 345 678) and the team dinner is on",
    "if you're struggling tonight call 988 or text 741741. the team here reads every message",
]


@pytest.mark.parametrize("text", HANDOFFS)
def test_a_relatives_number_for_the_team_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_A_CASE)
def test_own_family_and_crisis_lines_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
