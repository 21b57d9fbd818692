"""The phi guard on official numbers of other countries, IP addresses, plates and handles."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end].lower() for f in found]


#: (text, identifier): a person's number by its kind, in other countries' words.
IDENTIFIERS = [
    ("Pharmacy keeps mixing up his NHS no. 943 476 5919 with his brother's. Third time.",
     "943 476 5919"),
    ("Can whoever took the call check her CHI: 2503861234 is the right one?", "2503861234"),
    ("Medicaid # 98765432B is on the fax that went to the wrong office, she is furious.",
     "98765432b"),
    ("The letter had his PPSN 7654321W printed on the front, in a window envelope.",
     "7654321w"),
    ("Typed her driving licence number MORGA657054SM9IJ into the wrong form. Fixed.",
     "morga657054sm9ij"),
    ("Her IP is 10.44.3.201 according to the school's filter logs, so it is her.",
     "10.44.3.201"),
    ("His van's rego is 1XY 234 and he keeps parking across the clinic driveway.", "1xy 234"),
    ("Her tiktok is @moth.and.ember if you want to see how far she's come.", "@moth.and.ember"),
]  # fmt: skip

NOT_IDENTIFIERS = [
    # the user's own, or the public's, numbers
    "My provider number 4417652B is on every receipt, so your rebate is sorted.",
    "The NHS 111 line is open all night if you need it, and 999 in an emergency.",
    "Medicare now covers 10 sessions a year; item numbers changed on 1 November.",
    # numbers with no kind, or a kind with a short number
    "Registration for the 2026 conference is open: room 1204, 9am to 5pm.",
    "Our centre has 120 beds and 1,450 admissions a year, most from the north side.",
    "Passport photos are a nightmare for kids with sensory stuff; 2 tips below.",
    # a handle that is the author's or an organisation's
    "Follow @beyondblue for their winter campaign, and our account @hillside_psych.",
]


@pytest.mark.parametrize(("text", "identifier"), IDENTIFIERS)
def test_an_official_number_or_handle_is_found(findings, text: str, identifier: str) -> None:
    assert identifier in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_own_public_and_kindless_numbers_pass(findings, text: str) -> None:
    assert _spans(findings, text) == []
    assert _spans(findings, text, Role.PERSONAL) == []
