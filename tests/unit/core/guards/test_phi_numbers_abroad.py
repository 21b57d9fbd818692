"""The phi guard on identity numbers built on a birth date and phones in small groups."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity
from dualdesk.core.guards.phi_birth_numbers import birth_numbers


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found if f.severity is not Severity.INFO]


#: (text, number): a personal number pasted bare, in the shapes of several countries.
BIRTH_NUMBERS = [
    ("Copied 19520811-4417 into the referral box instead of the notes. Again.",
     "19520811-4417"),
    ("Whoever left 530214-3382 on the sticky note by the printer, please shred it.",
     "530214-3382"),
    ("The scanner read his number as 210961-233X and the lab bounced the sample.",
     "210961-233X"),
    ("Form came back because 880923-1234567 was typed with a space in it.",
     "880923-1234567"),
    ("Took me an hour to find out 11036522419 was the wrong man entirely.", "11036522419"),
]  # fmt: skip

NOT_BIRTH_NUMBERS = [
    "Our audit covered 20240101-20240131 and found nothing to report.",
    "Case numbers 2024-0113 and 2024-0114 are closed, thanks all.",
    "Invoice 123456-7890 is paid; the accounts team confirmed it.",
    "Order ref 991399-1234 arrived damaged, the shop is sending another.",
]


@pytest.mark.parametrize(("text", "number"), BIRTH_NUMBERS)
def test_a_number_built_on_a_birth_date_is_found(findings, text: str, number: str) -> None:
    assert number in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_BIRTH_NUMBERS)
def test_a_number_that_opens_with_no_date_is_no_identity_number(text: str) -> None:
    assert birth_numbers(text) == [], text


def test_the_users_own_number_is_theirs_to_give() -> None:
    assert birth_numbers("Had to read out my personnummer 19801204-5511 twice today.") == []


#: (text, number): national numbers written in groups of two and three.
GROUPED_PHONES = [
    ("ring her back on 076-540 12 98 after the MRI, she asked for a call not a text",
     "076-540 12 98"),
    ("Sanna Lind 08-556 71 20 wants her son's appointment moved", "08-556 71 20"),
    ("his mobile is 06 71 22 34 90 if the ward needs to reach him tonight", "06 71 22 34 90"),
    ("her son's number +46 70 411 82 19, he wants a call after school", "+46 70 411 82 19"),
    ("Text her on +33 7 81 22 40 16 about Thursday, she prefers texts", "+33 7 81 22 40 16"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number"), GROUPED_PHONES)
def test_a_phone_in_small_groups_is_found(findings, text: str, number: str) -> None:
    assert number in _spans(findings, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mind infoline 0300 123 3393 is open weekdays, do call if you need it.",
        "Scores at intake and discharge: 0 12 15 20, a lovely curve.",
        "Clinic closed on 05.11.2026 for training, back the day after.",
        "Befrienders Worldwide lists +47 22 40 00 40 for Norway, open day and night.",
    ],
)
def test_a_public_line_a_list_or_a_date_is_no_persons_phone(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


def test_a_records_letters_may_stand_apart_from_its_digits(findings) -> None:
    text = "his hospital number: KJT 220 4913 was on the envelope, in the window"
    assert "KJT 220 4913" in _spans(findings, text)
