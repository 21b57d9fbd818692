"""The identity_link guard on the author placed in the role by grammar, and robust markers."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import ReviewContext

from .conftest import NOW, PROFILES


@pytest.mark.parametrize(
    "text",
    [
        # the role with no article, as the only one, after a stretch of working time
        "two shifts as family therapist and my voice is gone",
        "As psychologist I can tell you nobody folds laundry on Sundays",
        "being the only counsellor at the wedding means I got the crying cousin",
        # a qualification in the field, owned or opening the post after credentials
        "MSc, PG Cert in art therapy, and I burn toast daily",
        "my postgrad diploma in counselling is framed above the cat's bowl",
        # the generic "you" that is the author
        "when you're a psychiatrist everyone at the barbecue tells you their dreams",
        # fellow clinicians addressed by their trade
        "Social worker friends: what do you do with the Sunday dread?",
        # the author doing the work to people counted as patients, patients at work
        "I saw nine clients back to back and now I am a potato",
        "I've admitted three patients since lunch, send snacks",
        "at work today a patient taught me a card trick I still can't do",
    ],
)
def test_the_author_in_the_role_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "such as therapists, plumbers and bakers, everyone was there",
        "my cousin, PhD in psychology, argued with the waiter",
        "if you're a therapist, the waiting list in this town is enormous for you lot",
        "the chat client at work is down so I'm on a break",
        "I saw three patients waiting at the GP with me, flu season",
        "I had three intakes of breath before the rollercoaster dropped",
        "therapist friends of mine say the same thing about dentists",
    ],
)
def test_lookalikes_of_the_role_pass(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


def _nurse_context() -> ReviewContext:
    pro = Profile(
        role=Role.PROFESSIONAL,
        handle="kiri_mhn",
        display_name="Kiri Tane RN | Community MH Nursing",
        email="kiri@harbourmh.nz",
        markers=("Harbour Community Nursing",),
    )
    return ReviewContext.build({**PROFILES, Role.PROFESSIONAL: pro}, (), now=NOW)


@pytest.mark.parametrize(
    "text",
    [
        "community nurse by day, terrible ukulele by night",
        "after fourteen hours as an RN my feet have filed a complaint",
        "Nine years being a nurse and I still faint at my own blood tests",
        "I'm an RN and a possum's worst enemy",
    ],
)
def test_the_profile_trade_told_by_grammar_links(findings, text) -> None:
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, _nurse_context(), backstop=False)
    assert found, text


@pytest.mark.parametrize(
    "text",
    [
        "a nurse by trade, my aunt still checks everyone's pulse at dinner",
        "coffee RN please, the kettle died",
        "the nurse at my GP was lovely about the jab",
    ],
)
def test_someone_elses_trade_passes(findings, text) -> None:
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, _nurse_context(), backstop=False)
    assert not found, text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Baking notes live at #JanieRunsFar now", "JanieRunsFar"),
        ("JANIE RUNS FAR hit 500 readers", "JANIE RUNS FAR"),
        ("my running page is janieruns, no underscore", "janieruns"),
        ("write to janie.runs about the bake sale", "janie.runs"),
    ],
)
def test_personal_markers_are_found_in_any_spelling(findings, text, span) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.IDENTITY_LINK)
    assert [text[f.start : f.end] for f in found] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Janie ran far today in the clinic fun run",
        "Our runs are far from over this season",
    ],
)
def test_words_of_a_personal_marker_apart_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.IDENTITY_LINK), text


@pytest.mark.parametrize(
    "text",
    [
        # working in a clinical field, or with people by their condition
        "I work in perinatal mental health and still sob at nappy adverts",
        "I work with adults with psychosis, so a quiet Sunday is sacred",
        # only a prescriber prescribes or titrates
        "I've prescribed more sertraline this week than I've drunk tea",
        # the author working on the ward, or running a clinic
        "four nights on the ward and I've forgotten what the sun is",
        "I ran the memory clinic on my own today and now I need soup",
    ],
)
def test_the_author_at_the_work_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "I work on my anxiety by baking bread badly",
        "I work in a bike shop on Saturdays for fun",
        "my GP prescribed antibiotics and a week off",
        "Dad's back on the ward, visiting hours are 2 till 4",
        "I'm running late for clinic, the bus never came",
        "I read the section on tides twice",
    ],
)
def test_lookalikes_of_the_work_pass(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


def _doctor_context() -> ReviewContext:
    pro = Profile(
        role=Role.PROFESSIONAL,
        handle="perinatal_doc",
        display_name="Dr Orla Nolan | Consultant Psychiatrist",
        email="orla@mothermind.ie",
        markers=("Mother Mind Clinic",),
    )
    return ReviewContext.build({**PROFILES, Role.PROFESSIONAL: pro}, (), now=NOW)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("as a consultant I am contractually obliged to love biscuits", True),
        ("registrar by day, sea swimmer by dawn", True),
        ("fifteen years as a doctor and I still can't read my own writing", True),
        ("my brother works as a management consultant in town", False),
    ],
)
def test_a_doctor_told_by_grade(findings, text, found) -> None:
    result = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, _doctor_context(), backstop=False)
    assert bool(result) is found, text


def _marked_context(*markers: str) -> ReviewContext:
    personal = Profile(
        role=Role.PERSONAL,
        handle="sea_orla",
        display_name="orla",
        email="orla.swims@gmail.com",
        markers=markers,
    )
    return ReviewContext.build({**PROFILES, Role.PERSONAL: personal}, (), now=NOW)


@pytest.mark.parametrize(
    ("markers", "text", "span"),
    [
        (("The Salt Water Diaries",), "new on Salt Water Diaries: the cold", "Salt Water Diaries"),
        (("The Salt Water Diaries",), "#SaltWaterDiaries is up", "SaltWaterDiaries"),
        (("Coro de la Bahía Norte",), "Coro de la Bahía sang at mass", "Coro de la Bahía"),
    ],
)
def test_markers_without_their_article_or_shortened_are_found(
    findings, markers, text, span
) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.IDENTITY_LINK, _marked_context(*markers))
    assert [text[f.start : f.end] for f in found] == [span]


@pytest.mark.parametrize(
    ("markers", "text"),
    [
        (("The Salt Water Diaries",), "salt water in the diaries of sailors, a lecture"),
        (("Coro de la Bahía Norte",), "a coro de la bahía is any bay choir"),
    ],
)
def test_marker_words_in_lower_case_apart_pass(findings, markers, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.IDENTITY_LINK, _marked_context(*markers))


@pytest.mark.parametrize(
    ("account", "text", "span"),
    [
        # the professional name with "Dr" spelt any way (the profile says "Dr. Jane Doe")
        (Role.PERSONAL, "Dr Doe is off duty and on the sofa", "Dr Doe"),
        (Role.PERSONAL, "Doctor Doe says the tea is cold", "Doctor Doe"),
        # accents and apostrophes on either side: the post's, not the profile's
        (Role.PERSONAL, "Jané Döe’s garden is a jungle", "Jané Döe"),
        (Role.PROFESSIONAL, "Jänie Rüns Far got a new header", "Jänie Rüns Far"),
    ],
)
def test_names_are_found_whatever_their_accents_and_dots(findings, account, text, span) -> None:
    found = findings(text, account, Rule.IDENTITY_LINK, backstop=False)
    assert [text[f.start : f.end] for f in found] == [span]


def test_a_longer_name_that_starts_like_the_surname_passes(findings) -> None:
    assert not findings(
        "Dr Doerr fixed my knee", Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False
    )


@pytest.mark.parametrize(
    "text",
    [
        "me, a licensed psychologist: cries at every dog food advert",
        "me (a psychiatrist) googling my own symptoms at 2am",
        "your friendly neighbourhood counsellor needs a nap",
        "three hours of sleep. signed, a very tired psychologist",
    ],
)
def test_the_profession_as_the_authors_own_name_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "me and a therapist friend went for tea",
        "your therapist will love this recipe",
        "ask your local therapist, they know more than me",
        "- a psychologist I follow said this and it stuck",
    ],
)
def test_the_profession_as_someone_else_passes(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    ("account", "text", "span"),
    [
        # a handle the profile does not know, given as the author's other account
        (Role.PROFESSIONAL, "bread pics live on my other account, @crumbs_co", "@crumbs_co"),
        (Role.PROFESSIONAL, "my personal account (@jr_rains) is locked, sorry", "@jr_rains"),
        (Role.PERSONAL, "the work one is @JD_counsel, this one is for cats", "@JD_counsel"),
    ],
)
def test_a_handle_given_as_the_other_account_blocks(findings, account, text, span) -> None:
    found = findings(text, account, Rule.IDENTITY_LINK, backstop=False)
    assert [(text[f.start : f.end], f.severity.value) for f in found] == [(span, "block")]


@pytest.mark.parametrize(
    ("account", "text"),
    [
        (Role.PROFESSIONAL, "follow the practice account @doe_team for closures"),
        (Role.PERSONAL, "follow my friend's account @bakes_a_lot for cake"),
        (Role.PERSONAL, "my other account has no posts yet, @ me here"),
    ],
)
def test_other_handles_pass(findings, account, text) -> None:
    assert not findings(text, account, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "anyone else in perinatal psychiatry dreading the new rota?",
        "those of us working in child protection deserve a long weekend",
        "my job is basically psychosis and paperwork, pass the biscuits",
        "I hear about suicide risk for a living, so forgive the gallows humour",
        "the new mums I see in clinic are braver than any rugby team",
        "Dr Jane is off duty, the garden needs her",
    ],
)
def test_the_author_among_the_field_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "anyone else in therapy feel wrung out on a Thursday?",
        "anyone else in a mental health crisis tonight? be gentle with yourselves",
        "anyone else in mental health services waiting six months for a letter?",
        "at work my meds finally kicked in and I got through the inbox",
        "someone at work was off sick, so I covered reception",
        "Dr Janet from the vet rang about the cat",
    ],
)
def test_lookalikes_of_the_field_pass(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # the author's years in a clinical field
        "12 yrs in psych nursing and I still can't fold a fitted sheet",
        "two decades in psychiatry and the thing I dread is the school run",
        # the author at the work with one person, the subject dropped
        "counselling a bloke whose dog sits in on every session. best co-therapist",
        "been treating a woman who knits through the whole hour, I am in awe",
    ],
)
def test_years_in_the_field_and_work_with_one_person_link(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "ten years in therapy and I finally like my mother",  # the author as a client
        "6 years in mental health services before anyone asked what happened to me",
        "treating a mate to a pint for his birthday, he earned it",
        "treating a cold with soup and three episodes of bake off",
    ],
)
def test_years_as_a_client_and_treats_pass(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
