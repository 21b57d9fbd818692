"""The clinical guard on a later post of a numbered thread that goes on with one client's story.

"2/", "3/5" or "(2/3)" opening a post that tells a third person's past at a
time of the therapy or the day ("week 4 she…", "hoy los tres se…") goes on
with a case the first post named. Advice threads, research and news threads,
and the author's own family stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    "3/ By session 6 he was sleeping through most nights. Session 9 he drove to work again.",
    "2/5 Today, for the first time, both of them stayed for the whole hour without shouting.",
    "(2/3) Week 2 she cancelled. Week 3 she came back and talked about her brother.",
    "2/ Esta semana, por primera vez, ella llegó sola en bus y sin llamar a nadie antes.",
    "3/ Hoy los dos se miraron al hablar. Ambos lloraron un poco. Vamos bien.",
    "2/ En la sesión 5 él contó lo del accidente. Nadie en su casa lo sabía.",
]

QUIET = [
    # advice and psychoeducation threads
    "2/ Week 4 of a CBT course is usually when the homework starts to feel harder.",
    "2/ Your own therapy is part of the job, not a luxury. Supervision too.",
    "2/ Hoy en día la supervisión sigue siendo un lujo para muchos colegas recién graduados.",
    "3/ La activación conductual funciona: se programan actividades y se registra el ánimo.",
    # research and news threads
    "2/ In the trial, by week 8 they reported fewer symptoms than the waitlist group.",
    "2/ Hoy el gobierno anunció la ley: ellos dijeron que habrá psicólogos en cada colegio.",
    "2/ Ayer la ministra habló en la radio. Ella dijo que el plan arranca en marzo.",
    # a talk or a workshop: its people are an audience
    "2/ Hoy, en el taller de crianza, ellos preguntaron mucho por las pantallas. ¡Gracias!",
    "3/ Today at the workshop they asked brilliant questions about sleep. Thank you all.",
    # the author's own family
    "2/ Today my daughter finally rode her bike without me holding on. She laughed the whole way.",
    # not a later post
    "1/ Hilo: ¿qué pasa en una primera consulta? Hoy les cuento cómo la preparo.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_later_thread_post_telling_a_case_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_advice_research_and_family_threads_pass(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_thread_post_charting_progress_is_not_the_authors_whereabouts(findings) -> None:
    text = "2/ Week 3 he'd started walking the dog along the river again. Week 6 he was at work."
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False)


def test_the_authors_own_walk_after_started_still_warns(findings) -> None:
    text = "I've started walking the dog along the river before clinic. Best 20 minutes of my day."
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "2/ What helped most wasn't the meds. It was her gran walking her to every appointment.",
        "3/ It was a textbook first episode. What worked in the end was letting him set the pace.",
        "2/ What finally turned it around: they started eating dinner together again.",
    ],
)
def test_a_later_post_telling_what_helped_one_person_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "2/ What helps most is routine. Kids need to know what comes next.",
        "3/ What worked in the trials was exposure, and the authors say it lasted.",
        "2/ What helped my son was a quiet room and a weighted blanket.",
        "2/ The finale episode is where he finally admits what helped him. Great TV.",
    ],
)
def test_later_posts_of_advice_research_family_or_screen_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_first_episode_of_an_illness_is_no_tv_episode(findings) -> None:
    text = "2/ A classic first episode of mania. What helped was his sister moving in for a month."
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
