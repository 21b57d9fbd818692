"""When the learned whereabouts model holds back: practice notices and client stories."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import learned
from dualdesk.core.guards.learned_gates import (
    READER_MARGIN,
    STORY_MARGIN,
    clinical_margin,
    whereabouts_margin,
)
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
        "Opening hours: Tue-Sat 9-6, late clinic on Thursdays, closed bank holidays.",
        "Video sessions available across Scotland, evenings and weekends included.",
        "Telehealth appointments offered nationwide; the waiting list is about three weeks.",
        "\u201cI will go where the work is.\u201d \u2014 Dr Ada Obi. My mantra on the hard weeks.",
        "'We are all just walking each other home.' - Ram Dass. Hold on to that today.",
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
        "Working 8 hours today at the Royal, then the gym.",
        "Online sessions available today from the hotel in Cork while I'm at the conference.",
        "Flying to Denver tonight - can't wait to see the mountains.",
        "'Back soon' - the sign on my door while I'm at the dentist on Main Street.",
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
        "Hill walks, sourdough and terrible jokes live over at @not_my_work_self. Work here.",
        "Dog pics and beach days? Find me on @weekend_me. This account's for the practice.",
    ],
)
def test_the_model_is_not_asked_about_a_pointer_to_the_personal_account(text: str) -> None:
    assert whereabouts_margin(text, {Rule.IDENTITY_LINK}) is None, text


def test_a_handle_without_a_pointer_still_asks_the_model() -> None:
    text = "At the beach in Portrush with @my_sister_k all day, back Monday."
    assert whereabouts_margin(text, {Rule.IDENTITY_LINK}) == 0.0
