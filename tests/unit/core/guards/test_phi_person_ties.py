"""The phi guard on birthdays by their day, names by when seen, employers and schools."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("my 9am client turns 70 next Thursday and wants to spend it sober", "turns 70"),
        ("she turned sixteen on the 3rd and nobody at home noticed", "turned sixteen"),
        ("patient turned 52 last Sunday, on the ward, alone", "turned 52"),
        ("still thinking about Oriane from this afternoon. rough one", "Oriane"),
        ("Tomasz from my 2pm wants a letter for his landlord", "Tomasz"),
        ("client drives a forklift for Costco and has been on nights for a year", "Costco"),
        ("the man who works down at Kilbride Mill said therapy 'isn't for men'", "Kilbride Mill"),
        ("pt teaches at Lincoln Middle and hasn't slept since the term began", "Lincoln Middle"),
        ("my client works part-time at Hollis Hardware and hides it at home", "Hollis Hardware"),
        ("pt is a line cook at Nandos and his manager keeps moving his shifts", "Nandos"),
        ("École Sainte-Anne called again about the little one's absences", "École Sainte-Anne"),
        ("Scoil Mhuire rang: her son hasn't been in for two weeks", "Scoil Mhuire"),
    ],
)
def test_person_ties_are_identifiers(findings, text, identifier) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert any(identifier in text[f.start : f.end] for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "my son turned 7 on Saturday and requested a dinosaur cake, so dinosaur cake it was",
        "we turned five on Monday! thank you to every family who trusted the practice",
        "I turn 40 next Friday and I am choosing denial",
        "Ruth from accounts has baked again, the team is thriving",
        "my old supervisor, who works at Fenwick General now, still sends me papers",
        "my sister drives a bus for the council and has better stories than me",
        "Dr Amaro, who works at Riverside, taught me to slow down in assessments",
        "I taught at Escuela Nueva for a year before I retrained, and it shaped everything",
        "the podcast turned 2 on Tuesday, thanks for listening",
        "Spent the weekend at my grandmother's. She turned 80 on Sunday and out-danced us all",
        "Rushed from my 10am to the pharmacy and back, lunch was a banana",
    ],
)
def test_own_colleagues_and_practice_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "MK finally told me what happened at the party. took four sessions",
        "Long week. RB relapsed on Tuesday and called from the car park",
        "DW, 34, asked if the tablets would change who she is",
    ],
)
def test_two_initials_acting_as_a_person_are_identifiers(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "GP said the referral went in a month ago, so where is it",
        "OCD is not about being tidy, and NZ has led on this for years",
        "HR finally agreed to the flexible hours pilot for the whole team",
    ],
)
def test_acronyms_opening_a_sentence_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the widower i see from glen iris brought me lemons from his tree", "glen iris"),
        ("A teen we work with from Mount Albert is sitting her exams this week", "Mount Albert"),
    ],
)
def test_where_a_person_seen_comes_from_is_an_identifier(findings, text, place) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert any(text[f.start : f.end] == place for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "clients i see from time to time ask about sleep apps, and I have thoughts",
        "the families we work with from referrals wait too long for a first session",
    ],
)
def test_when_or_how_they_came_is_not_a_place(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Pagué la cuota del Colegio de Abogados y del Colegio Oficial de Trabajadores Sociales.",
        "Mañana hay asamblea en el Colegio de Psicólogos por los aranceles. Vayan.",
    ],
)
def test_a_professional_body_named_by_its_members_is_no_school(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


def test_a_school_named_after_a_saint_is_still_a_school(findings) -> None:
    text = "El Colegio San Martín llamó otra vez: su hija no va desde el lunes."
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert any("Colegio San Martín" in text[f.start : f.end] for f in found), found
