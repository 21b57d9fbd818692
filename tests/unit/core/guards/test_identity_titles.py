"""The identity_link guard on the titled name, the register, and the job in other grammar."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import ReviewContext
from dualdesk.core.guards.identity_titles import titled_name_pattern

from .conftest import NOW, PROFILES


def _context(display_name: str, handle: str = "practice_account") -> ReviewContext:
    pro = Profile(
        role=Role.PROFESSIONAL,
        handle=handle,
        display_name=display_name,
        email="office@example-practice.com",
        markers=("Example Practice",),
    )
    return ReviewContext.build({**PROFILES, Role.PROFESSIONAL: pro}, (), now=NOW)


def _spans(findings, text: str, context: ReviewContext | None = None) -> list[str]:
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, context=context, backstop=False)
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("display_name", "handle", "text", "span"),
    [
        # the trade read from the credentials: a nurse is "Nurse" or "Sister" at work
        ("Thandi Mokoena, RN RPN", "x", "Nurse Thandi off duty, braai on", "Nurse Thandi"),
        ("Thandi Mokoena, RN RPN", "x", "sister mokoena has left the building", "sister mokoena"),
        # the title the handle itself carries, and a doctorate's "Dr" with the surname
        (
            "Kwame Asante",
            "DrKwameAsante",
            "Dr Asante at the karaoke night, God help us",
            "Dr Asante",
        ),
        ("Lena Brandt, PsyD", "lbrandt", "Doctor Lena cannot parallel park", "Doctor Lena"),
        # a double surname: either half
        ("Ngozi Eze-Obi, PMHNP", "x", "Nurse Obi is on leave, nobody call me", "Nurse Obi"),
    ],
)
def test_a_trade_title_before_the_users_own_name_links(
    findings, display_name, handle, text, span
) -> None:
    assert span in _spans(findings, text, _context(display_name, handle))


@pytest.mark.parametrize(
    ("display_name", "handle", "text"),
    [
        # another nurse, by her own name
        ("Thandi Mokoena, RN RPN", "x", "my friend Nurse Amaka sent jollof"),
        # a title the profile gives no sign of: a counsellor is nobody's "Nurse"
        ("Thandi Mokoena, LPC", "x", "Nurse Thandi was my favourite character"),
        # a family title is not a trade's
        ("Thandi Mokoena, RN RPN", "x", "Aunty Thandi is tired, leave her be"),
    ],
)
def test_other_titles_and_other_names_do_not_link(findings, display_name, handle, text) -> None:
    assert _spans(findings, text, _context(display_name, handle)) == []


def test_a_one_word_name_gives_no_titled_name() -> None:
    assert titled_name_pattern("Thandi, RN", "x") is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "renewed my registration with the Health Professions Council, R900 lighter",
            "my registration with the Health Professions Council",
        ),
        ("my licence renewal with the board of nursing is due friday", "the board of nursing"),
        ("paid my annual retention fee to the NMC and wept", "NMC"),
        ("my practising certificate came through, time for cake", "my practising certificate"),
        ("paid my practicing license fee, rent can wait", "my practicing license"),
        # the renewal says whose it is, even without "my"
        (
            "Renewed registration with the Register of Counsellors, adulting complete",
            "the Register of Counsellors",
        ),
    ],
)
def test_the_users_own_register_links(findings, text, span) -> None:
    assert any(span in s for s in _spans(findings, text))


@pytest.mark.parametrize(
    "text",
    [
        "renewed my car registration with the DVLA and lost a morning",
        "renewed my registration with the City Council so I can vote",
        "finally sorted my registration with the GP surgery",
        "renewed my membership with the RSPB, puffins forever",
        "my registration with the Kennel Club came through for the pup",
        "renewed my prescription with the Health Board, finally",
        "renewed my membership at the YMCA and the BBC licence in one go",
    ],
)
def test_lay_registrations_do_not_link(findings, text) -> None:
    assert _spans(findings, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the profession as what the author's life is called
        ("Choir at 7, court report at 9. The double life of a clinical psychologist", "life of a"),
        ("diary of a tired art therapist, day 4: glitter everywhere", "diary of a"),
        # the field called the author's job
        ("Counselling's a strange job. You carry people home on the bus.", "Counselling's a"),
        ("Psychotherapy's a lonely line of work, some weeks", "Psychotherapy's a"),
        # the role in pidgin, or with the subject dropped
        ("I be mental health nurse, I no dey joke with sleep", "I be mental health nurse"),
        ("Am a psychotherapist so obviously I overthink brunch", "Am a psychotherapist"),
        ("Myself a psychiatric nurse, I know what night shift does", "Myself a psychiatric"),
    ],
)
def test_the_job_in_other_grammar_links(findings, text, span) -> None:
    assert any(s.startswith(span) or span in s for s in _spans(findings, text))


@pytest.mark.parametrize(
    "text",
    [
        "Watched a documentary about the life of a psychiatrist in 1950s Vienna",
        "Therapy was a good idea for me, honestly",
        "Therapy must be a hard job, I could never",
        "I did it myself, a therapist would have been proud",
        "Am I the only one who likes a psychologist's podcast more than music?",
    ],
)
def test_other_lives_and_other_jobs_do_not_link(findings, text) -> None:
    assert _spans(findings, text) == []


def test_a_nurse_profile_reads_nurse_life_and_pidgin_as_the_author() -> None:
    from dualdesk.core.guards.identity_profile import own_marks_pattern

    pattern = own_marks_pattern("Thandi Mokoena, RN", "x")
    assert pattern is not None
    assert pattern.search("nurse life: cold tea again")
    assert pattern.search("I be nurse, I no fit fast")
    assert not pattern.search("my cousin the nurse lives in Leeds")


@pytest.mark.parametrize(
    ("display_name", "handle", "text", "span"),
    [
        # the Spanish-speaking graduate's title, read from the display name or the handle
        ("Lic. Marisa Quiroga", "x", "«Licenciada Quiroga, ¿me fía?»", "Licenciada Quiroga"),
        ("Marisa Quiroga", "LicMQuiroga", "la licenciada marisa hoy no atiende ni el teléfono",
         "licenciada marisa"),
        # a woman doctor's "Dra."
        ("Dra. Inés Roldán", "x", "La Dra. Roldán necesita vacaciones urgentes", "Dra. Roldán"),
    ],
)  # fmt: skip
def test_a_spanish_title_before_the_users_own_name_links(
    findings, display_name, handle, text, span
) -> None:
    assert span in _spans(findings, text, _context(display_name, handle))


@pytest.mark.parametrize(
    "text",
    [
        # another licentiate, and the user's name with no title of the trade
        "La licenciada Ortiz me atendió rapidísimo en la obra social",
        "Quiroga ganó el torneo de truco del barrio, qué vergüenza",
    ],
)
def test_another_licentiate_or_the_name_alone_does_not_link(findings, text) -> None:
    assert _spans(findings, text, _context("Lic. Marisa Quiroga")) == []
