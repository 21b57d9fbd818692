"""Lessons, listicles and pointers to the other account: where the whereabouts model holds back."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule
from dualdesk.core.guards.learned_gates import STORY_MARGIN, whereabouts_margin
from dualdesk.core.guards.learned_lessons import LESSON_MARGIN, lesson


@pytest.mark.parametrize(
    "text",
    [
        "Sleep hygiene for exam season: the bed is for sleep, the desk for revision.",
        "Burnout 101: rest is not a reward for finishing everything.",
        "Quick tip for parents: screens off at 8pm, and yes, I know the wifi goes at 9.",
        "Myth: you have to hit rock bottom before rehab works.",
        "The five stages of every trainee: panic, notes, supervision, more notes, coffee.",
        "Los tres tipos de cada lunes en consulta: el del café, el del tráfico, el puntual.",
        "Las cuatro fases de cada supervisión: 1) silencio 2) llanto 3) risa 4) plan.",
    ],
)
def test_a_lesson_or_a_listicle_is_found(text: str) -> None:
    assert lesson(text, text.lower()), text


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday: airport at 6am, conference all day, hotel by 10.",
        "Sleep hygiene who? 3am and scrolling again.",
        "At the beach with the kids this arvo, back on Monday.",
        "Stuck in the stages of grief with a client this week, any reading tips welcome.",
        "Two types of coffee at this conference: bad and worse.",
    ],
)
def test_days_and_asides_are_no_lesson(text: str) -> None:
    assert not lesson(text, text.lower()), text


def test_the_model_needs_a_wider_margin_on_a_lesson() -> None:
    text = "Sleep hygiene in monsoon season: the power goes at 2am, so keep a fan on battery."
    assert whereabouts_margin(text, set()) == LESSON_MARGIN
    assert whereabouts_margin(text, {Rule.CLINICAL}) == LESSON_MARGIN + STORY_MARGIN


@pytest.mark.parametrize(
    "text",
    [
        "Las fotos del viaje las subo en mi cuenta personal, @viajera_sin_mapa. Aquí, trabajo.",
        "Beach pics go on my personal account, @sandy_toes_77. This one is for the work.",
        "Lo de la playa y los perros, en la otra cuenta: mi cuenta privada.",
    ],
)
def test_a_pointer_to_the_other_account_skips_the_model(text: str) -> None:
    assert whereabouts_margin(text, {Rule.IDENTITY_LINK}) is None, text
    assert whereabouts_margin(text, set()) is not None, text
