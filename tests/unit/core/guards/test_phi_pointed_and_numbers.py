"""The phi guard on people pointed at by a name, a label or a place, and on numbers by shape."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found if f.severity is not Severity.INFO]


#: (text, span): a first name before a description that makes the author the person's carer.
APPOSED_NAMES = [
    ("Joseph, the lad I've been counselling, passed his driving test!", "Joseph"),
    ("Farida, the young mum I've been supporting through postnatal depression, sent a photo "
     "of her baby walking.", "Farida"),
    ("Bongani, a quiet kid i've been seeing for anxiety, read his poem out at assembly.",
     "Bongani"),
    ("Me llamó Caro, la chica que atendí en el hospital, para contarme que se casa.", "Caro"),
]  # fmt: skip

#: (text, span): a school, an estate or a suburb used as the label of a person the author sees.
LABELLED = [
    ("The Kingswood girl I've been seeing for anxiety got her offer letter today.",
     "Kingswood"),
    ("That Umoja lad we support in weekly sessions finally got his ID sorted.", "Umoja"),
    ("so proud of the Parktown boy I have been treating since March, he ran the 10k", "Parktown"),
]  # fmt: skip

#: (text, span): a place after "from" in a clause about one person the author sees.
FROM_PLACES = [
    ("The matric from Bishops who sits in my office every Friday finished her exams.",
     "Bishops"),
    ("The old comrade from Kawangware 2 who never missed a session sent me a card.",
     "Kawangware 2"),
    ("A grade 11 from Hillcrest I've been seeing in therapy won the debate final.",
     "Hillcrest"),
]  # fmt: skip

NOT_POINTED = [
    "Nomsa, the colleague I've been working with at the clinic, is leaving us.",
    "Dave, the guy I've been seeing, says my therapy voice is scary.",
    "Kamau, the guy I see at the gym every morning, asked about my work.",
    "The Kenyan girl I've been seeing for anxiety got into medical school.",
    "The Tuesday lady I see for grief brought scones.",
    "The speaker from Stellenbosch who ran our trauma workshop was superb.",
    "Reading about Little Hans, the boy Freud treated, for my seminar on phobias.",
    "Thandi, the supervisor I've been seeing monthly for two years, retires this week.",
    "Families from Kibera who need support can call our office.",
    "The ASD boy I've been seeing in therapy drew me a map of every train line.",
]


@pytest.mark.parametrize(("text", "name"), APPOSED_NAMES)
def test_a_name_before_the_authors_tie_is_found(findings, text: str, name: str) -> None:
    assert name in _spans(findings, text, Role.PERSONAL), text


@pytest.mark.parametrize(("text", "label"), LABELLED)
def test_a_place_used_as_a_persons_label_is_found(findings, text: str, label: str) -> None:
    assert label in _spans(findings, text), text


@pytest.mark.parametrize(("text", "place"), FROM_PLACES)
def test_a_place_a_client_comes_from_is_found(findings, text: str, place: str) -> None:
    assert place in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_POINTED)
def test_colleagues_dates_peoples_and_public_talks_are_not_pointed_at(findings, text: str) -> None:
    assert _spans(findings, text, Role.PERSONAL) == [], text


#: (text, number): a person's phone number that a phone word or a call introduces.
CUED_PHONES = [
    ("My client's mum keeps ringing from a new line, this week it was 0722 310 558.",
     "0722 310 558"),
    ("He texted from 0806 441 2290 at 3am asking if I was awake.", "0806 441 2290"),
    ("Her brother's mobile 98201 55437 is the only contact on her file.", "98201 55437"),
    ("The father rang me on 623 45 67 81 twice after the session.", "623 45 67 81"),
    ("his number 447700900482 was on a sticky note in the waiting room", "447700900482"),
    ("Me escribió desde 655 12 34 90 a las tres de la mañana, otra vez la misma chica.",
     "655 12 34 90"),
]  # fmt: skip

NOT_PERSONS_PHONES = [
    "Our new line is 0722 310 558 for bookings.",
    "The crisis line 0800 456 789 is free from any network, please share it.",
    "Call the clinic's new line on 020 7946 0018 to book.",
    "The study phoned 1 234 567 890 households across the region.",
]


@pytest.mark.parametrize(("text", "number"), CUED_PHONES)
def test_a_persons_number_in_any_grouping_is_found(findings, text: str, number: str) -> None:
    assert number in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_PERSONS_PHONES)
def test_an_organisations_line_is_not_a_persons_number(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


#: (text, number): thirteen-digit identity numbers that open with a birth date.
THIRTEEN = [
    ("Pasted 8506175123080 into the wrong patient's file today. Mortified.", "8506175123080"),
    ("the grant form had her number 011203 4567 18 3 scribbled in the margin",
     "011203 4567 18 3"),
    ("Her CNP 2850617123457 was on the form I faxed to the wrong office.", "2850617123457"),
]  # fmt: skip

NOT_THIRTEEN = [
    "ISBN 9780141439518 is the edition we use in the reading group.",
    "Tracking 1234567890123 says the workbooks were delivered to reception.",
    "The log shows 1700000000000 as the export's timestamp.",
]


@pytest.mark.parametrize(("text", "number"), THIRTEEN)
def test_a_thirteen_digit_birth_number_is_found(findings, text: str, number: str) -> None:
    assert number in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_THIRTEEN)
def test_thirteen_digits_with_no_birth_date_are_no_identity(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


#: (text, number): a code given as a person's, named by the writer's own word for it.
POSSESSED_IDS = [
    ("Her ID number is 31820475 and the chief still wants a letter from me.", "31820475"),
    ("Typed his IC 880412-10-5531 into the wrong box on the referral.", "880412-10-5531"),
    ("Her NRIC T0312345J was printed right on the discharge letter.", "T0312345J"),
    ("His omang 447120913 is on every form I fill in for him.", "447120913"),
    ("Sipho's medical aid number 00412345678 got rejected again.", "00412345678"),
    ("Su DNI es 50123456K y lo dejé anotado en la hoja de la sesión, qué desastre.",
     "50123456K"),
]  # fmt: skip

NOT_POSSESSED_IDS = [
    "Her rent went up to 150000 this year and she can't cope.",
    "The charity and their hotline 0800 720 000 are brilliant, share widely.",
    "My practice number 0123456 is on the invoice.",
    "She said her son's school fees are 145 000 shillings a term.",
    "Their 2023 report says 1,250,000 people sought care.",
    "If that's you, the Men's Shed crisis number 01 554 3811 is answered day and night.",
]


@pytest.mark.parametrize(("text", "number"), POSSESSED_IDS)
def test_a_code_given_as_a_persons_is_found(findings, text: str, number: str) -> None:
    assert number in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_POSSESSED_IDS)
def test_money_counts_and_published_lines_are_no_ones_code(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


#: A service that speaks, a time in seconds, a profession's body: none is a client's identifier.
NOT_IDENTIFIERS = [
    "Tough consult today. Gastro says the weight loss is not medical, pt says she is eating "
    "less since her dad died.",
    "Our client kept freezing on video every 95 secs, so she and I switched to a phone session.",
    "Pagué la cuota del Colegio Oficial de Psicólogos y me dolió el alma, como cada enero con "
    "mis pacientes.",
]

#: (text, span): the identifiers beside them that must still be found.
STILL_IDENTIFIERS = [
    ("Me llamó la directora del Colegio San Martín por una alumna que atiendo desde marzo.",
     "Colegio San Martín"),
    ("Session today: Dorothy told me she turned 94 and still drives herself to every "
     "appointment.", "turned 94"),
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_services_seconds_and_professional_bodies_are_no_identifiers(findings, text) -> None:
    assert _spans(findings, text) == [], text


@pytest.mark.parametrize(("text", "span"), STILL_IDENTIFIERS)
def test_a_school_and_a_late_age_are_still_found(findings, text: str, span: str) -> None:
    assert span in _spans(findings, text), text


def test_a_file_number_said_with_where_it_is_kept_is_found(findings) -> None:
    text = "Her file number with the trust is 2023/440917 and I copied it into the wrong email."
    assert "2023/440917" in _spans(findings, text)


def test_a_span_of_years_after_a_filing_word_is_no_record(findings) -> None:
    assert _spans(findings, "Our file with the council is 2024-25 and now closed.") == []
