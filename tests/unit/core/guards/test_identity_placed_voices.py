"""A client or patient placed where the author sees them, talking to the author (personal)."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

LINKED = [
    "Patient on the ward gave me a drawing of a cat today. Made my week.",
    "Client from group sent me a photo of her first allotment tomatoes.",
    "Patient in clinic asked me today if I ever get sad. Fair question.",
    "Client in session told me I look tired. Rude, but accurate.",
]

NOT_LINKED = [
    # the author as a patient, or staff who are not clients
    "Another patient on the ward gave me her magazine when I was admitted.",
    "Patient in the next bed told me her whole life story at 3am.",
    "The nurse on the ward gave me extra toast, bless her.",
    # general talk about patients and clinics
    "Patients on the ward deserve better food than this, honestly.",
    "Clinic waiting rooms need better chairs, says everyone who has ever sat in one.",
]


@pytest.mark.parametrize("text", LINKED)
def test_a_client_placed_at_work_links_the_accounts(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize("text", NOT_LINKED)
def test_the_authors_own_stay_and_general_talk_do_not(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text
