"""The clinical guard on one person made present: addressed by name, by decade, told now.

A named person the author speaks to ("Siobhán, if you ever read this"), a
person presented by decade and a list of conditions, and one patient as the
subject of a present-tense verb about themself are each a story about one
person. Kin addressed, the generic reader, a decade with no conditions and
advice in a general frame must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: Professional posts that make one person present.
PRESENT = [
    "Siobhán if you're reading this, the Tuesday group kept your chair. Come back anytime.",
    "T.McG from Ballincollig, if by chance you see this: your forms are ready at reception.",
    "Quick q: man in his 60s, COPD, T2DM, on 3 antihypertensives. Sertraline or not?",
    "Clinic chaos: pt insists he's 'totally fine' while pacing the room. sure, pal.",
    "Home visit at 9. The hallway full of post, a nan sitting in the dark since Sunday.",
    "Third email chasing case ref QT-55120 and the assessment slot is still not booked.",
]

#: The same shapes where nobody treated is meant.
ABSENT = [
    "If you're reading this, drink some water and unclench your jaw.",
    "Dad if you are reading this the roses survived.",
    "Colleagues, if you see this: the slides from the talk are online.",
    "Runners in their 50s, on average, recover more slowly. Stretch.",
    "If a client says he is fine, ask again, slower.",
    "Whenever a patient insists she is fine, ask what fine looks like.",
]


@pytest.mark.parametrize("text", PRESENT)
def test_one_person_made_present_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", ABSENT)
def test_kin_the_reader_and_general_advice_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_work_with_one_person_now_is_flagged_and_a_kind_of_person_is_not(findings) -> None:
    one = "Seeing a widower who still sets two plates at dinner. Any grief groups for men?"
    kind = "Working with teens who self-harm takes a toll; look after yourselves, folks."
    known = "Signed the forms for someone I've known 6 yrs. Right call, still gutted."
    assert findings(one, rule=Rule.CLINICAL, backstop=False), one
    assert findings(known, rule=Rule.CLINICAL, backstop=False), known
    assert not findings(kind, rule=Rule.CLINICAL, backstop=False), kind


#: The author at work with one person now, a time word before "who": still one client.
WORKING_NOW = [
    "Seeing a young dad this term whose own father never once said well done to him.",
    "Supporting a widow at the moment who sets the table for two every single night.",
    "Working with a lad right now who has memorised every bus timetable in the county.",
]

#: The same words about a colleague, or as the author's plan: no client.
WORKING_NOW_GENERAL = [
    "Working with a new team right now who are brilliant at the rota, lucky me.",
    "Seeing a lot of posts at the moment that say burnout is a choice. It isn't.",
]


@pytest.mark.parametrize("text", WORKING_NOW)
def test_working_with_one_person_right_now_is_a_case(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", WORKING_NOW_GENERAL)
def test_working_with_a_team_right_now_is_no_case(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
