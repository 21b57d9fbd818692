"""When the learned models hold back: notices, client stories, lists, citations, own people."""

from __future__ import annotations

import math

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import learned
from dualdesk.core.guards import learned_second_opinion as second_opinion
from dualdesk.core.guards.learned_gates import (
    CITED_MARGIN,
    LIST_MARGIN,
    PUBLIC_MARGIN,
    READER_MARGIN,
    STORY_MARGIN,
    clinical_margin,
    whereabouts_margin,
)
from dualdesk.core.guards.learned_own_people import OWN_PEOPLE_MARGIN, personal_clinical_margin
from dualdesk.core.posts import Draft


@pytest.mark.parametrize(
    "text",
    [
        "Exciting news: we've moved to bigger rooms at 5 Quay Street, parking out the back.",
        "Our new rooms are upstairs from the pharmacy, lift access at the back.",
        "Recordings are now up for everyone who missed Tuesday's parent evening.",
        "Handouts from the grief workshop: mindfulpractice.org.uk/handouts - share freely.",
        "The anxiety toolkit is free at https://example.com/toolkit for any school.",
        "We're moving! From 3 March Harbour Psychology will be at 7 Quay Road, second floor.",
        "Big news, the clinic is moving: from February the team will be at Unit 4, Mill Lane.",
        "Moving day soon! From 1 June the practice will be at 22 Elm Row, with a ramp at last.",
        "Big news, we're moving: from April the clinic will be on the 3rd floor, 9 Bank St.",
        "We are moving! Come January, Riverbend Therapy will be in the old library building.",
        "Opening hours: Tue-Sat 9-6, late clinic on Thursdays, closed bank holidays.",
        "Video sessions available across Scotland, evenings and weekends included.",
        "Telehealth appointments offered nationwide; the waiting list is about three weeks.",
        "\u201cI will go where the work is.\u201d \u2014 Dr Ada Obi. My mantra on the hard weeks.",
        "'We are all just walking each other home.' - Ram Dass. Hold on to that today.",
        # a question to peers about the practice's fees and missed sessions
        "Colegas: ¿ustedes cobran las inasistencias? Estoy pensando en cobrar la mitad.",
        "How do you all handle late cancellations? I'm thinking of charging the full fee.",
        "¿Subo tarifas en enero? Estoy dudando, llevo dos años sin tocar los honorarios.",
    ],
)
def test_the_model_is_not_asked_about_a_practice_notice(text: str) -> None:
    assert whereabouts_margin(text, set()) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "We've moved house this weekend, so replies are slow till Tuesday.",
        "Layover in the terminal, eating a muffin by gate 3.",
        "Now at the lake for the long weekend, back Tuesday.",
        "We're moving house on Saturday, I'll be at the tip with a van most of the day.",
        "We're moving! From March I will be at the new flat by the canal.",
        "We're moving house! From May we will be in a tiny flat on the coast, wish us luck.",
        "Working 8 hours today at the Royal, then the gym.",
        "Online sessions available today from the hotel in Cork while I'm at the conference.",
        "Flying to Denver tonight - can't wait to see the mountains.",
        "'Back soon' - the sign on my door while I'm at the dentist on Main Street.",
        # fees named, but no question: the day is still told
        "Estoy en el aeropuerto de Bogotá; cobran 20 mil por un tinto. Qué horror.",
    ],
)
def test_the_model_is_asked_about_a_day_out_or_a_household_move(text: str) -> None:
    assert whereabouts_margin(text, set()) == 0.0, text


def test_a_client_story_the_rules_warn_about_needs_a_wider_margin() -> None:
    text = "My 3pm did her breathing in the supermarket car park and it worked."
    assert whereabouts_margin(text, {Rule.CLINICAL}) == STORY_MARGIN
    assert whereabouts_margin(text, {Rule.PHI}) == 0.0


def test_an_extra_margin_raises_the_models_threshold() -> None:
    draft = Draft(Role.PROFESSIONAL, "Off to the airport, flying to Denver tonight for a week.")
    grams = learned.draft_features(draft)
    assert learned.WHEREABOUTS.check(draft, grams)
    assert not learned.WHEREABOUTS.check(draft, grams, extra=1e6)


@pytest.mark.parametrize(
    "text",
    [
        "Panic comes anywhere: you're fine in the meeting, then your chest tightens in a lift.",
        "Grief ambushes you. You cry in the shop because you saw his aftershave on the shelf.",
        "If your teen goes quiet after school, you don't need the perfect words. Just sit nearby.",
    ],
)
def test_the_clinical_model_needs_a_margin_on_a_draft_told_to_the_reader(text: str) -> None:
    assert clinical_margin(text) == READER_MARGIN, text


@pytest.mark.parametrize(
    "text",
    [
        "You won't believe what my 3pm told me today.",
        "We sat with a family today and you could feel the relief in the room.",
        "Grief is not a straight line. Be gentle with yourselves this week.",
        "A client cried in session today and thanked me after.",
        "'You are enough,' she said as she left, and it stayed with the team all day.",
    ],
)
def test_the_clinical_model_keeps_its_threshold_on_other_drafts(text: str) -> None:
    assert clinical_margin(text) == 0.0, text


@pytest.mark.parametrize(
    "text",
    [
        "Counsellor bingo: 'can I just vent for a sec' / the doorknob confession / 'I googled "
        "my symptoms' / 'is this weird?'",
        "Phrases I hear weekly | 'I'm probably overreacting' | 'sorry, I'm rambling' | the "
        "tissue box stare",
        "Intake classics: 'my friend made me come' / 'I don't really do feelings' / 'it's "
        "fine, it's fine'",
    ],
)
def test_a_list_of_sayings_needs_the_list_margin(text: str) -> None:
    assert clinical_margin(text) == LIST_MARGIN, text


@pytest.mark.parametrize(
    "text",
    [
        "Today's greatest hits: 'I'm fine' / 'I'm not fine' / she left the tissues untouched",
        "Bus / tram / train: the commute this week was every mode going.",
        "Three things / one week / no sleep. Back Monday.",
    ],
)
def test_a_day_of_sessions_or_a_list_without_sayings_keeps_its_threshold(text: str) -> None:
    assert clinical_margin(text) == 0.0, text


@pytest.mark.parametrize(
    "text",
    [
        "Disenfranchised grief is grief nobody gives you permission for. Ken Doka's work is "
        "the place to begin.",
        "Attachment in adults, in plain words: anything by Amir Levine is worth the time.",
        "Joan Didion wrote on grief better than any textbook; I still hand it to trainees.",
    ],
)
def test_a_draft_citing_a_writer_needs_a_wider_margin(text: str) -> None:
    assert clinical_margin(text) >= CITED_MARGIN, text


@pytest.mark.parametrize(
    "text",
    [
        "my dad rang four times tonight to ask how to open a pdf. four. love him though.",
        "our neighbour turned 95 today and the whole street came out with cake",
        "mi abuela finally learned voice notes and now sends me six a day",
        "the old fella next door still walks his greyhound at 6am sharp. legend.",
        "ugh. son's football coach says he 'lacks focus'. he's 7. let him be 7.",
        "Kiddo's piano teacher told her she 'rushes'. Welcome to the family, kid.",
    ],
)
def test_a_personal_draft_about_the_authors_own_people_needs_a_margin(text: str) -> None:
    assert personal_clinical_margin(text) == OWN_PEOPLE_MARGIN, text


@pytest.mark.parametrize(
    "text",
    [
        "a kid at work told me today her mum hasn't been home in a week. can't shake it.",
        "my sister rang, then a patient's son at clinic told me his dad died. heavy day.",
        "the lady with the parrot earrings came back and she's doing so much better",
        "someone in session today asked if I ever cry. I said yes.",
        "a client's daughter's teacher rang me today, which was a first.",
    ],
)
def test_a_personal_draft_with_client_work_or_no_own_people_keeps_its_threshold(
    text: str,
) -> None:
    assert personal_clinical_margin(text) == 0.0, text


def test_the_personal_margin_raises_the_personal_threshold() -> None:
    draft = Draft(Role.PERSONAL, "kid at work told me today his mum hasn't been home in a week")
    grams = learned.draft_features(draft)
    assert learned.CLINICAL.check(draft, grams)
    assert not learned.CLINICAL.check(draft, grams, extra=1e6)


@pytest.mark.parametrize(
    "text",
    [
        "Strategy meeting for one of my families. Funding for youth services should be a "
        "human rights issue, not a lottery.",
        "Tribunal bundle done for one of my clients. Legal aid should be a human rights "
        "issue, not a postcode lottery.",
    ],
)
def test_the_second_opinion_leaves_a_warning_on_one_of_the_authors_own(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whatever today's weights say, let the model read every draft as a general point.
    monkeypatch.setattr(second_opinion, "CLINICAL_SECOND_OPINION", math.inf)
    draft = Draft(Role.PROFESSIONAL, text)
    start = text.index("one of my")
    warn = Finding(Rule.CLINICAL, Severity.WARN, start, len(text), "A story?", "Keep it.")
    assert second_opinion.soften(draft, [warn]) == [warn], text


def test_the_second_opinion_still_softens_a_warning_on_other_words() -> None:
    text = (
        "Tip for trainees: write progress notes as if the person will read them, because they can."
    )
    draft = Draft(Role.PROFESSIONAL, text)
    warn = Finding(Rule.CLINICAL, Severity.WARN, 0, len(text), "A story?", "Keep it.")
    assert second_opinion.soften(draft, [warn])[0].severity is Severity.INFO


@pytest.mark.parametrize(
    "text",
    [
        "Tom Daley talking about his eating disorder on breakfast TV did more than any poster.",
        "Watching Billie Eilish speak about Tourette's on stage, the teens will have noticed.",
        "Matt Haig writing about his own depression gave a lot of my generation the words.",
        "Michelle Obama writes about her father's MS with such tenderness. Worth a read.",
    ],
)
def test_a_public_figure_on_a_stage_needs_a_wider_margin(text: str) -> None:
    assert clinical_margin(text) >= PUBLIC_MARGIN, text


@pytest.mark.parametrize(
    "text",
    [
        "A teen told me today she feels like she's always on stage, even at home.",
        "Jamie talked about his anxiety for the first time in session. Proud of him.",
        "She wrote about her mum in her journal this week and read it aloud to me.",
    ],
)
def test_a_stage_or_a_first_name_alone_keeps_the_threshold(text: str) -> None:
    assert clinical_margin(text) < PUBLIC_MARGIN, text


@pytest.mark.parametrize(
    "text",
    [
        "Hill walks, sourdough and terrible jokes live over at @not_my_work_self. Work here.",
        "Dog pics and beach days? Find me on @weekend_me. This account's for the practice.",
    ],
)
def test_the_model_is_not_asked_about_a_pointer_to_the_personal_account(text: str) -> None:
    assert whereabouts_margin(text, {Rule.IDENTITY_LINK}) is None, text


def test_a_handle_without_a_pointer_still_asks_the_model() -> None:
    text = "At the beach in Portrush with @my_sister_k all day, back Monday."
    assert whereabouts_margin(text, {Rule.IDENTITY_LINK}) == 0.0
