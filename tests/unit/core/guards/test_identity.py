"""The identity_link guard: neither account may point at the other."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity
from dualdesk.core.guards.identity_markers import name_forms

PERSONAL_LINKS = [
    ("follow @drjanedoe for the serious stuff", "@drjanedoe", Severity.BLOCK),
    ("new post on doecounseling.com/blog, read it", "doecounseling.com", Severity.BLOCK),
    ("saw a Doe Counseling ad on the bus lol", "Doe Counseling", Severity.BLOCK),
    ("email jane@doecounseling.com for the recipe", "jane@doecounseling.com", Severity.BLOCK),
    ("Jane Doe off duty and covered in mud", "Jane Doe", Severity.BLOCK),
    ("As a therapist I should know better", "As a therapist", Severity.WARN),
    ("my clients would laugh at my kitchen", "my clients", Severity.WARN),
]


@pytest.mark.parametrize(("text", "span", "severity"), PERSONAL_LINKS)
def test_personal_post_naming_the_professional_identity(findings, text, span, severity) -> None:
    (finding,) = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK)
    assert text[finding.start : finding.end] == span
    assert finding.severity is severity


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bread pics live at @janie_runs", "@janie_runs"),
        ("Personal mail: Janie.Runs+x@googlemail.com please", "Janie.Runs+x@googlemail.com"),
        ("I also post as Janie Runs Far", "Janie Runs Far"),
    ],
)
def test_professional_post_naming_the_personal_identity(findings, text, span) -> None:
    (finding,) = findings(text, Role.PROFESSIONAL, Rule.IDENTITY_LINK)
    assert text[finding.start : finding.end] == span
    assert finding.severity is Severity.BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "my therapist said something that rearranged my brain",
        "I need a therapist for my therapist",
        "John Doe-Smith won the race",
        "thanks to everyone who came",
    ],
)
def test_talk_about_ones_own_therapist_is_no_link(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK)


def test_professional_self_identification_is_expected(findings) -> None:
    assert not findings("As a therapist, I hear this a lot.", rule=Rule.IDENTITY_LINK)


def test_name_forms_strip_titles_and_credentials() -> None:
    assert set(name_forms("Dr. Jane Q. Doe, LMHC")) >= {"Jane Q. Doe", "Jane Doe", "Dr. Doe"}
    assert name_forms("janie") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("fifteen years a forensic psych and the cat still ignores me", "a forensic psych"),
        ("as a child & adolescent psychiatrist I should sleep more", "adolescent psychiatrist"),
        ("counsellor-in-training by day, drummer by night", "counsellor-in-training by day"),
        ("the barber asked what I do, I said 'psychiatric nurse' and he went quiet", "nurse"),
        ("my BACP renewal is due and I have done nothing", "BACP"),
        ("finally allowed to write RP(Q) after my name, cake for everyone", "RP(Q)"),
        ("MBChB, MD (Psych) and still burning the toast", "MD (Psych)"),
        ("my whole MSc in clinical psychology was easier than this hike", "clinical psychology"),
    ],
)
def test_professions_and_credentials_of_any_country_link(findings, text, span) -> None:
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK)
    assert any(span in text[f.start : f.end] for f in found), [
        text[f.start : f.end] for f in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "caseload is brutal this month, so no pottery for me",
        "my service users would never believe how bad I am at darts",
        "one of my ward patients drew me a horse, it is now on the fridge",
        "A patient told me today my jumper was a crime",
        "then the client just wanted to talk about rugby all hour",
        "my 3pm relapsed and I ate a whole cake about it",
        "seven clients back to back and then the school run",
    ],
)
def test_the_work_itself_on_the_personal_account_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK), text


@pytest.mark.parametrize(
    "text",
    [
        "so psyched for the gig tonight",
        "my DnB playlist is carrying this run",
        "the mail client crashed again, great",
        "my 2pm meeting got moved so lunch at my desk",
        "be patient, the bread needs another hour",
        "their caseloads at the council are unreal, says my sister",
        "my degree in history is finally useful at the pub quiz",
    ],
)
def test_lookalikes_of_clinical_work_are_no_link(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


def test_name_forms_read_a_title_after_a_bar_or_dash() -> None:
    assert "Amara Obi" in name_forms("Dr. Amara Obi | Consultant Psychiatrist")
    assert "Amara Obi" in name_forms("Amara Obi - Counsellor")


def test_practice_name_in_short_links(findings) -> None:
    from dualdesk.core.accounts import Profile

    from .conftest import PROFILES, make_context

    pro = Profile(
        role=Role.PROFESSIONAL,
        handle="tidewaterdoc",
        display_name="Sam Reyes",
        email="sam@tidewater.example",
        markers=("Tidewater Minds North Shore",),
    )
    context = make_context()
    context = type(context).build({**PROFILES, Role.PROFESSIONAL: pro}, (), now=context.now)
    text = "Tidewater Minds summer party is on a boat, pray for me"
    (finding,) = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, context=context)
    assert text[finding.start : finding.end] == "Tidewater Minds"
    assert not findings(
        "tidewater minds nothing", Role.PERSONAL, Rule.IDENTITY_LINK, context=context
    )


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("the boy from my 4pm slot supports the same team as me, help", True),
        ("my client Rosa would laugh at this cake", True),
        ("had a patient cry on me and then went to the gym", True),
        ("my patient husband carried the shopping all the way", False),
        ("my 6am swim is the only thing keeping me sane", False),
        ("my email client ate my draft", False),
        ("I have a patient husband and a very impatient dog", False),
    ],
)
def test_a_client_or_their_slot_on_the_personal_account(findings, text, linked) -> None:
    assert bool(findings(text, Role.PERSONAL, Rule.IDENTITY_LINK)) is linked, text


@pytest.mark.parametrize(
    "text",
    [
        "nine years in private practice and the cat still runs the house",
        "my psych reg rota has me on nights again",
        "back-to-back couples sessions then straight to the allotment",
        "typed up my case notes in a lay-by like a true professional",
        "the plant in my therapy room died and I feel judged",
        "my NMC revalidation is due and so is the gas bill",
        "the price of being a shrink: everyone at the party tells me their dreams",
    ],
)
def test_the_job_told_by_its_routines_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK), text


@pytest.mark.parametrize(
    "text",
    [
        "feeling like a shrinking violet at this wedding",
        "back-to-back meetings then choir",
        "my last session with my own therapist was a good one",
    ],
)
def test_lookalikes_of_the_jobs_routines_are_no_link(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # a credential as a life ("RPN life"), a specialty as a qualifier ("sport psych")
        "CPN life: three home visits and a flat tyre before lunch",
        "exercise psych problems: everyone wants a pep talk at parties",
        # others naming the author's job ("introduced me as the family shrink")
        "my aunt introduced me as 'the psychologist in the family' at the funeral",
        "the neighbours call me the counsellor of the cul-de-sac",
        # the job at night or by certification ("psychotherapist by night")
        "social worker by night, sourdough obsessive by morning",
        "licensed in clinical psychology and still cannot parallel park",
        # hours worked on a psychiatric unit
        "nine hours on the psych ward and all I want is chips",
        "after a long shift in the mental health unit the sea looks huge",
    ],
)
def test_the_job_named_by_others_by_hours_or_by_licence_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK), text


@pytest.mark.parametrize(
    "text",
    [
        "they introduced me as the best man and I had no speech",
        "interested in psychology since school, mostly thanks to bad tv",
        "visited my gran on the psych ward today, she seemed brighter",
        "my brother spent three weeks on the psych ward last year and came out lighter",
        "night owl by night, grumpy by day",
        "sports day life: lost the egg and spoon again",
    ],
)
def test_lookalikes_of_being_named_or_licensed_are_no_link(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
