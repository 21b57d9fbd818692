"""The identity_link guard on what the professional profile says, and the work told by shapes."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import ReviewContext
from dualdesk.core.guards.identity_markers import name_forms
from dualdesk.core.guards.identity_profile import own_marks

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


def test_own_marks_read_credentials_acronyms_and_the_job_title() -> None:
    assert own_marks("Noor Haddad, LCPC, RPT", "noorplay") == (["LCPC", "RPT"], [])
    assert own_marks("Tomás Reyes, EIP CPN", "x") == (["EIP", "CPN"], ["nurse"])
    assert own_marks("Ife Bello | Consultant Psychiatrist", "x")[1] == [
        "Consultant Psychiatrist",
        "doctor",
    ]
    assert own_marks("Ana Lind (Clinical Psychologist)", "x") == ([], ["Clinical Psychologist"])
    assert own_marks("Wen Ho, PhD", "DrWenHoLMFT") == (["LMFT"], [])


def test_name_forms_drop_a_job_title_in_brackets() -> None:
    forms = name_forms("Ana Lind (Clinical Psychologist)")
    assert "Ana Lind" in forms
    assert "Ana Psychologist)" not in forms


@pytest.mark.parametrize(
    ("display_name", "handle", "text", "span"),
    [
        ("Noor Haddad, LCPC, RPT", "noorplay", "RPT renewal is due and my desk is a swamp", "RPT"),
        (
            "Noor Haddad, LCPC, RPT",
            "noorplay",
            "twenty years with the lcpc and still lost",
            "lcpc",
        ),
        ("Wen Ho", "DrWenHoLMFT", "finally paid the LMFT fees, wallet weeping", "LMFT"),
        ("Tomás Reyes, EIP CPN", "x", "another EIP week survived, pub", "EIP"),
        ("Ana Lind (Clinical Psychologist)", "x", "clinical psychologist on holiday mode", "clin"),
        ("Bo Quist RN", "mhnurse_bo", "as a nurse I refuse to hear about your bunions", "as a"),
        (
            "Ife Bello, MRCPsych",
            "x",
            "being a doctor in this family means fixing splinters",
            "being",
        ),
    ],
)
def test_the_profiles_own_marks_on_the_personal_account_link(
    findings, display_name, handle, text, span
) -> None:
    found = findings(
        text, Role.PERSONAL, Rule.IDENTITY_LINK, context=_context(display_name, handle)
    )
    assert any(text[f.start : f.end].lower().startswith(span.lower()) for f in found), text


@pytest.mark.parametrize(
    "text",
    [
        "RPT $40 at the market, pricey for a houseplant",  # beside a price: something else
        "my clinical psychologist says I need more sleep",  # someone else's
        "the rpts of this song are endless",
    ],
)
def test_lookalikes_of_the_profiles_marks_pass(findings, text) -> None:
    context = _context("Noor Haddad, LCPC, RPT (Clinical Psychologist)")
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, context=context), text


@pytest.mark.parametrize(
    "text",
    [
        "my patient's dad fixed my bike chain in the car park, small town life",
        "a client in our evening program asked if I have pets. three cats, obviously",
        "one of my counselling teens gave me a friendship bracelet and I am undone",
        "Crisis work was a lot this week. Bath, book, bed.",
        "therapist pride: I did not cry at the graduation. much.",
        "the cabbie asked what I do. \u201cFamily therapist.\u201d Silence for 20 minutes.",
        "being a psych in a small town means the supermarket is a minefield",
        "Long day. This tired therapist needs a curry.",
        "renewed my PACT registration and celebrated with chips",
        "As a CAMHS nurse I have strong opinions about slime",
        "ate lunch in the car again #socialworkerlife",
        "clinical supervision ran over so dinner is cereal",
    ],
)
def test_the_work_told_by_its_shapes_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK), text


def test_someone_elses_trade_is_no_link(findings) -> None:
    context = _context("Bo Quist RN", "mhnurse_bo")
    for text in ("my sister is training as a nurse and loves it", "she's a doctor, I'm not"):
        assert not findings(
            text, Role.PERSONAL, Rule.IDENTITY_LINK, context=context, backstop=False
        ), text


@pytest.mark.parametrize(
    "text",
    [
        "the mail client on my phone ate my tickets again",
        "my kid's therapy group parents are lovely people",
        "Road work is a nightmare on the bypass this week",
        "what do you do when the cat refuses the new food? asking seriously",
        "being a psych major was a mistake, ask me how",
        "This therapist I found online is brilliant, highly recommend",
        "renewed my DMV registration and lost a whole morning",
        "MSW $18/kg at the stall near my flat, bargain",
        "my patience with this printer is gone",
        "finally booked an intake, #findatherapist works apparently",
        "my sister's salon supervision course is chaos",
    ],
)
def test_lookalikes_of_the_work_pass(findings, text) -> None:
    # The rules alone: the learned model's own look-alikes are in test_learned.py.
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
