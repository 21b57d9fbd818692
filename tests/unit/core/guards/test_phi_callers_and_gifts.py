"""The phi guard on a caller's own number, reference codes of several parts, and thanks sent."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found if f.severity is not Severity.INFO]


#: (text, number): a call or message came "from" the number: it is the caller's.
CALLERS = [
    ("Someone called the clinic from 07911 123456 twice at 2am and left no name.",
     "07911 123456"),
    ("A parent messaged me late again from 9123 4567, third time this week.", "9123 4567"),
    ("My client's brother rang the office from 0161 496 0872 asking for her notes.",
     "0161 496 0872"),
    ("He texted me at 6.30am from 0803 555 0199 to cancel.", "0803 555 0199"),
    ("To the person who rang our bookings line from 0412 778 301 on Sunday: please call back.",
     "0412 778 301"),
]  # fmt: skip

NOT_CALLERS = [
    "Call the helpline from any phone: 0800 111 222.",
    "I rang the surgery from my car this morning.",
    "Calls from 0800 123 4567 are free from a mobile.",
    "Text 85258 from your phone, it's free and open all night.",
    "We logged 40 calls from 2024 to 2025 about the service.",
    "Ring the office on 0161 496 0000 from 9am to book.",
]

#: (text, code): a reference of several letter groups, then digits.
REFS = [
    ("Her case went to the hospital team (our ref SW-KL-2025-1142), so no more chasing.",
     "SW-KL-2025-1142"),
    ("Referral in, their ref NHS-GG-24-88731, and still nothing back after six weeks.",
     "NHS-GG-24-88731"),
]  # fmt: skip

NOT_REFS = [
    "File AB-CD-2024-25 was the audit year, nothing personal in it.",
    "Our ref policy for 2024-25 is on the website.",
]


@pytest.mark.parametrize(("text", "number"), CALLERS)
def test_a_number_a_call_came_from_is_the_callers(findings, text: str, number: str) -> None:
    assert number in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_CALLERS)
def test_lines_offered_and_calls_without_a_number_are_no_callers(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


@pytest.mark.parametrize(("text", "code"), REFS)
def test_a_reference_of_several_letter_groups_is_found(findings, text: str, code: str) -> None:
    assert code in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_REFS)
def test_a_span_of_years_behind_letters_is_no_reference(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


#: (text, name): a card or gift from a first name, with thanks or the author's help told.
GIFTS = [
    ("A card from Tomasz on my desk this morning: 'you got me through that year.'", "Tomasz"),
    ("Thank-you note from Oyelaran today. Framed it.", "Oyelaran"),
    ("Little drawing from Imogen in my tray. 'Because of you I can go to school now.'",
     "Imogen"),
]  # fmt: skip

NOT_GIFTS = [
    "Leaving card from Joanne in admin, we'll miss her.",
    "Birthday card from Mum arrived early.",
    "A card from Sarah, my supervisor, thanking me for the talk.",
    "Lovely message from Claire after the team away day.",
    "Got an email from Microsoft about my account.",
    "A card from a client can mean a lot: keep a box for them, it helps on hard days.",
]


@pytest.mark.parametrize(("text", "name"), GIFTS)
def test_a_first_name_that_sent_thanks_is_found(findings, text: str, name: str) -> None:
    assert name in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_GIFTS)
def test_cards_from_kin_colleagues_and_firms_name_no_client(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Sunrise from Cave Hill this morning. You beauty.",
        "Dusk from the Ridge Road tonight, you never get old.",
    ],
)
def test_a_view_from_a_place_is_no_name_from_a_place(findings, text: str) -> None:
    assert _spans(findings, text, Role.PERSONAL) == [], text


def test_a_name_from_a_place_is_still_found(findings) -> None:
    text = "Maria from Ballymun told me she's finally back at college."
    assert "Maria from Ballymun" in _spans(findings, text, Role.PERSONAL)


def test_the_authors_stay_with_family_is_no_clients_place(findings) -> None:
    text = "Out of office till the 4th, spending Christmas with family in Tralee."
    assert _spans(findings, text) == []


def test_a_clients_kin_staying_with_family_is_still_placed(findings) -> None:
    text = "Her mum is staying with family in Tralee since the fire."
    assert "Tralee" in _spans(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Anybody know a good web person in Larne? Site's broken again.",
        "Can anyone recommend a kind person in Dundee who does house clearances?",
    ],
)
def test_someone_sought_in_a_place_is_no_ones_place(findings, text: str) -> None:
    assert _spans(findings, text, Role.PERSONAL) == [], text


def test_a_client_in_a_place_is_still_placed(findings) -> None:
    assert "Larne" in _spans(findings, "A lad in Larne I've been seeing passed his exams.")
