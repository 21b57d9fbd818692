"""The identity_link guard on the workplace and field told by their kind, and the people served."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import ReviewContext
from dualdesk.core.guards.identity_workplace import field_heads, practice_heads, workplace_kinds

from .conftest import NOW, PROFILES


def _context(display_name: str, *markers: str) -> ReviewContext:
    pro = Profile(
        role=Role.PROFESSIONAL,
        handle="practice_account",
        display_name=display_name,
        email="office@example-practice.com",
        markers=markers,
    )
    return ReviewContext.build({**PROFILES, Role.PROFESSIONAL: pro}, (), now=NOW)


def test_workplace_kinds_come_from_the_practice_name_and_the_display_name() -> None:
    assert workplace_kinds(("Harbourside Perinatal Unit", "harbourside.org"), "Jo Ek") == [
        "perinatal unit"
    ]
    assert workplace_kinds((), "Dr Sam Ola | Child and Adolescent Psychiatry") == [
        "child and adolescent psychiatry"
    ]
    # a two-word name is a proper name plus its kind; a one-word field is too common
    assert workplace_kinds(("Ola Clinic",), "Sam Ola | Psychology") == []


def test_the_practice_head_is_its_own_first_word_not_an_everyday_one() -> None:
    heads = ("Northgate Recovery", "Family Counselling Centre", "Oak", "oak-therapy.com")
    assert practice_heads(heads) == ["Northgate"]


@pytest.mark.parametrize(
    ("display_name", "marker", "text"),
    [
        ("Jo Ek", "Harbourside Perinatal Unit", "three night shifts on the perinatal unit. bed"),
        ("Jo Ek", "Kestrel Sleep Clinic", "Sleep clinic ran late, so takeaway it is"),
        ("Sam Ola | Forensic Psychology", "Ola Rooms", "forensic psychology has ruined crime tv"),
        ("Jo Ek", "Ek Rooms", "my day job is counselling teenagers, so no, I will not text back"),
        ("Jo Ek", "Ek Rooms", "Day job: crisis team nurse. Night job: sourdough"),
        ("Jo Ek", "Aldersgrove Family Therapy", "Aldersgrove office potluck and I made 3 pies"),
        ("Jo Ek", "Pétur Counselling Rooms", "the Petur team is off for Christmas, finally"),
        ("Jo Ek", "Aldersgrove Family Therapy", "my Aldersgrove colleagues dragged me to karaoke"),
        ("Jo Ek", "Aldersgrove Family Therapy", "the aldersgrove crew owes me a pie"),
    ],
)
def test_the_workplace_by_its_kind_links(findings, display_name, marker, text) -> None:
    context = _context(display_name, marker)
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, context=context), text


@pytest.mark.parametrize(
    "text",
    [
        "took mum's sleep clinic letter to the post office",  # somebody else's
        "my day job is mostly spreadsheets and cold coffee",
        "the vet sleep clinic said the dog snores, obviously",
        "kestrel spotted over the sleep lab car park",  # the proper name's word alone
        "Kestrels nest by the office, apparently",  # not the name before a place of work
        "my colleagues at the bank think kestrel is a beer",  # colleagues, but not the name
    ],
)
def test_lookalikes_of_the_workplace_pass(findings, text) -> None:
    context = _context("Jo Ek", "Kestrel Sleep Clinic")
    assert not findings(
        text, Role.PERSONAL, Rule.IDENTITY_LINK, context=context, backstop=False
    ), text


@pytest.mark.parametrize(
    "text",
    [
        "hoy una de mis pacientes me regaló mangos, qué amor",
        "mes patients du mardi me font toujours rire",
        "meine Klienten wissen nicht, dass ich Karaoke singe",
        "my residents have discovered I own a ukulele",
        "one of my care home residents beat me at dominoes",
        "the veterans I see at the clinic taught me this card game",
        "the families we serve deserve a better winter than this",
    ],
)
def test_the_people_served_in_any_wording_link(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "my fellow residents of this street have opinions about bins",
        "my residents' association meeting ran two hours",
        "mis amigos dicen que cocino demasiado",
        "my patience with this bus is gone",
        "the people I work with are the best thing about the job",
        "the kids I look after on Saturdays love this park",
    ],
)
def test_lookalikes_of_the_people_served_pass(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Soy trabajadora social y aun así no sé doblar una sábana bajera",
        "Assistante sociale le jour, chorale le soir",
        "hoy cerré mi consultorio temprano para ver el juego",
        "meine Praxis ist zu, endlich Urlaub",
    ],
)
def test_the_job_and_the_practice_in_other_languages_link(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "La trabajadora social de mi abuela es un amor",  # somebody else's
        "fui al consultorio del dentista y sobreviví",
        "la red social de mi barrio está que arde",
    ],
)
def test_lookalikes_in_other_languages_pass(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


def test_field_heads_come_from_the_profiles_own_field_only() -> None:
    assert field_heads(("Te Awa Forensic Nursing",), "Aroha W RN | Forensic MH Nursing") == [
        "Forensic",
        "Forensic",
    ]
    assert field_heads(("High Plains Counseling",), "Dee H, LPC") == []
    assert field_heads(("Harmony Hollow Music Therapy",), "Carla B, MT-BC") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the perinatal team night out was chaos, in the best way", True),
        ("perinatal on-call again this weekend, send soup", True),
        ("perinatal yoga with my sister was lovely", False),
    ],
)
def test_the_profiles_field_with_the_work_links(findings, text, found) -> None:
    pro = Profile(
        role=Role.PROFESSIONAL,
        handle="orla_nolan_md",
        display_name="Dr Orla Nolan | Perinatal Psychiatry",
        email="orla@example-hospital.ie",
        markers=("Example Hospital",),
    )
    context = ReviewContext.build({**PROFILES, Role.PROFESSIONAL: pro}, (), now=NOW)
    result = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, context, backstop=False)
    assert bool(result) is found, text
