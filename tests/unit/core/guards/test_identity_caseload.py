"""The identity_link guard on the author's profession told by its grammar, not its name.

The author as one person's clinician, with or without "I" ("Been her
counsellor since she was 12"); a client "of mine"; years spent "a
therapist" with no "as"; a working day made of clinics; the work as the
author's job followed by one client; the profile's trade ("nurse") as the
name of its everyday problems; the profession in the author's own language
after an English "being a". The same words for someone else's clinician,
the author as a patient, or a friend are no link.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import ReviewContext

from .conftest import NOW, PROFILES

LINKS = [
    "Been her counsellor since she was twelve. Today she got her uni offer. Weeping.",
    "I'm his psychologist, not his mum, I keep telling myself at the school gate",
    "client of mine waved at me in the cinema queue and my popcorn went everywhere",
    "twenty years a psychotherapist and I still can't keep a basil plant alive",
    "day of back-to-back clinics, now horizontal on the sofa",
    "Weird job I have: a patient brings me a drawing every week and never explains it",
    "half of being a Psychologin is finding a quiet room, the other half is tea",
]

NO_LINK = [
    "Been to my psychiatrist this morning, new dose, feeling hopeful",
    "my daughter's therapist says she's doing great and I could cry",
    "a friend of mine is a counsellor and she hates small talk",
    "twenty years a season ticket holder and still no trophy",
    "a day of hospital appointments with mum, car park fees are a crime",
    "long day of hospital clinics with dad, he charmed every nurse",
    "the job I have now: a client services desk and a very loud printer",
]


@pytest.mark.parametrize("text", LINKS)
def test_the_profession_told_by_grammar_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize("text", NO_LINK)
def test_someone_elses_clinician_or_the_author_as_patient_is_no_link(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


def _nurse_context() -> ReviewContext:
    pro = Profile(
        role=Role.PROFESSIONAL,
        handle="bush_mh_nurse",
        display_name="Sam Ortiz RN | Rural Mental Health",
        email="sam@rural-mh.example",
        markers=("Rural MH Example",),
    )
    return ReviewContext.build({**PROFILES, Role.PROFESSIONAL: pro}, (), now=NOW)


@pytest.mark.parametrize(
    "text",
    [
        "night nurse problems: the vending machine knows my name",
        "11 years an RN and I still lose every pen I own",
    ],
)
def test_the_profiles_trade_told_in_everyday_grammar_links(findings, text) -> None:
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, _nurse_context(), backstop=False)
    assert found, text


@pytest.mark.parametrize(
    "text",
    [
        "my nurse friend has the best stories, I just listen",
        "nurses at the hospital were lovely to my nan, thank you all",
    ],
)
def test_someone_elses_trade_is_no_link(findings, text) -> None:
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, _nurse_context(), backstop=False)
    assert not found, text
