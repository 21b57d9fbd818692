"""A client named by the code of their record, on either account.

A clinician who writes "closed file MK-40812" or "on hold to the crisis team about
TRX4410" has swapped a name for a record number: the number still files one
person, so it is phi, and the post is about that client. A standard, a flight, a
year or a filing word with a short bare number is nobody's record.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A client's record by its code, in a post about casework.
CODED = [
    (Role.PROFESSIONAL, "Finally closed file MK-40812 after eighteen months. He did the work."),
    (Role.PROFESSIONAL, "Three emails to the crisis team re: TRX4410 and nobody has called back."),
    (Role.PROFESSIONAL, "Chasing the ward about KLP2093 again, discharge keeps slipping."),
    (Role.PROFESSIONAL, "Referral ref QW-5512 bounced back twice. Same kid, same gaps."),
    (
        Role.PERSONAL,
        "caseload is a mess, spent the morning on the phone about JRS5521 and the referral "
        "still isn't through.",
    ),
]

#: Codes and numbers that file no client.
NOT_CODED = [
    "Case notes template for ISO27001 compliance is up on the shared drive.",
    "Booked flight NZ4210 for the conference, any tips for Wellington?",
    "Our file naming changed in 2024 and nobody told us. See file 2023 for the old one.",
    "Case formulation workshop on COVID2019 grief, slides on the ward drive.",
    "Referral letters: please include the GP's details and a contact number.",
]


@pytest.mark.parametrize(("account", "text"), CODED)
def test_a_clients_code_is_phi_and_a_story(findings, account: Role, text: str) -> None:
    assert findings(text, account=account, rule=Rule.PHI, backstop=False), text
    assert findings(text, account=account, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_CODED)
def test_standards_flights_and_years_are_no_record(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text
