"""The clinical guard on one client's act told in a clause of cause or time.

"A counsellor should not be this smug, but I am, because a client rang the
helpline herself" opens with a modal, general-sounding clause and then tells
what one client did. A conditional or a habit ("after a client dies",
present tense) tells nothing that happened.
"""

from __future__ import annotations

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def test_a_clients_act_after_because_is_flagged_behind_a_modal(findings) -> None:
    text = (
        "a counsellor should not be this smug but i am, because a client rang the helpline "
        "herself for the first time"
    )
    assert findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)


def test_a_habit_after_a_modal_is_not_flagged(findings) -> None:
    text = "Clinicians should not cry in the car park after a client dies, apparently. We do."
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)


def test_a_conditional_past_is_not_flagged(findings) -> None:
    text = "If a client walked out mid-session, would you follow them to the car park?"
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)
