"""The phi guard on postcodes and street addresses in other countries' order."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found if f.severity is not Severity.INFO]


#: (text, address): someone's address or postcode, in several countries' shapes.
ADDRESSES = [
    ("Discharge letter went to the wrong flat: he's at M14 5RT now, not M14 5RQ.", "M14 5RT"),
    ("her new place is T2P 1J9 and she finally has a garden", "T2P 1J9"),
    ("Post for him keeps going to D08 VF8H instead of the hostel.", "D08 VF8H"),
    ("Her letters go to Drottninggatan 71, flat 3, and she never opens them.",
     "Drottninggatan 71"),
    ("his mum's flat is Lindenstrasse 12, third floor, and the lift is broken",
     "Lindenstrasse 12"),
    ("La señora vive en Rua das Flores 210 y su hija la visita", "Rua das Flores 210"),
    ("his dad lives at 8 rue Victor Hugo and won't move", "8 rue Victor Hugo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_an_address_abroad_is_found(findings, text: str, address: str) -> None:
    assert address in _spans(findings, text), text


@pytest.mark.parametrize(
    "text",
    [
        # the practice's own address, an event's venue, a public place
        "We have moved! Find us at Kungsgatan 44 from Monday, same phone number.",
        "Open evening at Vestergade 9 on Thursday, all welcome, cake provided.",
        "SW1A 1AA is the palace's postcode, in case you were wondering.",
        # codes that only look like postcodes
        "The D12 2024 audit is out and the waiting times are grim.",
        "A1 3PM traffic was a nightmare, left the car at the services.",
    ],
)
def test_a_practice_venue_or_lookalike_is_no_ones_address(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("he's from Craigmillar and he wants everyone to know it", "Craigmillar"),
        ("she's from Tallaght originally, moved over for the job", "Tallaght"),
    ],
)
def test_a_persons_town_after_a_contraction_is_found(findings, text: str, place: str) -> None:
    assert place in _spans(findings, text), text


def test_a_relatives_town_after_a_contraction_stays_the_authors(findings) -> None:
    assert _spans(findings, "my sister's from Craigmillar and she still calls it home") == []
