"""The clinical guard on how a case is opened: clock slots, counts, pseudonyms, consults.

And on what only looks like one: the author's own family named in another
language, and the people of a TV show.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A session slot written as the clock is read where the author lives.
CLOCK_SLOTS = [
    "My 14h30 finally let herself cry after months of holding it in.",
    "My 0830 walked in and said he'd thrown out every bottle in the house.",
    "My eleven o'clock brought her sister along without asking. Awkward hour.",
]

#: The n-th person of a kind this week or month: a vent about several real cases.
COUNTED_CASES = [
    "Fourth family this week where the teen is the only one willing to come in.",
    "Second patient today whose insurer denied the inpatient stay. Fuming.",
    "Another couple this month asking me to pick a side. No.",
]

#: Counts of things that are not people.
COUNTED_THINGS = [
    "Third webinar this month on burnout. I am, ironically, burnt out.",
    "Second conference this year where the coffee ran out by ten.",
]

#: A pseudonym introduced for one person.
PSEUDONYMS = [
    "We'll call her Dana. Dana hasn't left the house since March and says it's fine.",
    "Let's call him K. He works nights at the depot and hasn't slept properly in a year.",
]

#: A consult that opens on one person, described tersely after the opener.
CONSULTS = [
    "Asking colleagues: 15yo self-harming again after a quiet spring, mum refuses CAMHS. Next?",
    "Curbside question: pt on lithium now wants to try for a baby. Anyone managed a taper?",
    "Colleagues, thoughts please: adult client with OCD now checks the stove via a camera app"
    " all night. How do you approach that?",
]

#: A question to colleagues about policy or about clients in general.
POLICY_QUESTIONS = [
    "Asking colleagues: how are you handling the new telehealth consent rules?",
    "Q for the school counsellors: clients keep asking about exam stress apps. Any you trust?",
    "Curbside question: what intake forms are you all using for couples work?",
]

#: The author's own elders, named in the author's own language.
OWN_FAMILY_ABROAD = [
    "Taking my abuelita to her eye appointment this morning, then straight to clinic.",
    "Dinner with my oma tonight. She asked me again if therapists get summers off.",
    "Driving my lolo to his checkup, he told the nurse I'm a 'mind doctor'. Close enough.",
]

#: People on a TV show are characters.
SCREEN_PEOPLE = [
    "At last a TV psychiatrist who checks in with someone after the crisis instead of vanishing."
    " Whoever advised on that show knows the work.",
    "Every TV psychiatrist: sleeps with the patient, solves the case, cries in the car. Sure.",
]


@pytest.mark.parametrize("text", CLOCK_SLOTS + COUNTED_CASES + PSEUDONYMS + CONSULTS)
def test_cases_opened_by_a_slot_a_count_a_pseudonym_or_a_consult_are_flagged(
    findings, text: str
) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", COUNTED_THINGS + POLICY_QUESTIONS + SCREEN_PEOPLE)
def test_counted_things_policy_questions_and_tv_people_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", OWN_FAMILY_ABROAD)
def test_the_authors_own_elders_in_any_language_pass(findings, text: str) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text
