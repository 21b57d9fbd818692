"""The clinical guard on a person presented by their life, as a case note opens.

A first name or an age followed by who the person is ("Marguerite, 88,
former seamstress, threaded…"), a telegraphic description that opens a
sentence ("Young lad, first admission, …, kept asking me…"), case-note
shorthand as a subject ("Pt denies SI"), a dated admission with no subject
and a record number are each a story about one person. Plurals, full names
of public figures, the author's own colleagues and pets, the author
describing themself and "pt" meaning a part or physiotherapy must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: One person presented by their life, then what they did.
LIVES = [
    "Marguerite, 88, former seamstress, threaded a needle first go and laughed.",
    "Young lad, first admission, brought in by his mum, kept asking if he was in trouble.",
    "Seventy-one, ex-miner, said the pit was the only place he never felt alone.",
    "Ivo, who we visit on Fridays, finally opened the door. Tiny steps.",
    "Had a good week. Rosa, early Alzheimer's, still beats me at rummy every single time.",
]

#: Case-note shorthand and records: one patient, whatever else the post says.
SHORTHAND = [
    "Pt denies SI but the note from triage says otherwise.",
    "Busy one. pt w/ catatonia finally eating after the lorazepam challenge.",
    "Discharged yesterday after six weeks and already texting the ward to say hi.",
    "copying this over later: NHS number 485 777 3456, son is next of kin",
]

#: A working life summed up, a resident of a care home, one person in the author's group.
SETTINGS = [
    "Thirty years behind the bar at the Crown and she can still pull a perfect pint. Lovely.",
    "one of our nursing home residents finally agreed to the hearing aids. Week made.",
    "An older man in our bereavement group tonight brought his wife's recipe book to share.",
]

#: The same shapes where nobody treated is meant.
NOT_LIVES = [
    "Older adults, listen up: the flu jab clinic is open all week.",
    "Priya, our new OT, started today and already fixed the printer.",
    "Phineas Gage, railroad foreman, survived an iron rod through his skull.",
    "Thirty-five, divorced, finally happy. Life is long.",
    "Winnicott, ex-paediatrician, wrote about the good-enough mother.",
    "Jess, my supervisor, taught me to sit with silence.",
    "Pt 2 of the thread: what the research says about boarding.",
    "PT appointment at 3, then back to clinic.",
    "Admitted yesterday that I will never understand cricket.",
    "Call the NHS number 111 if you need help out of hours.",
    "Twenty years in practice and I still get nervous before a first appointment.",
    "Forty years on the wards and she still loves it, says our colleague Ann.",
    "Fifty years of marriage and he still brings my mum flowers every Friday.",
]


@pytest.mark.parametrize("text", LIVES)
def test_a_person_presented_by_their_life_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", LIVES[:3])
def test_a_life_story_is_flagged_on_the_personal_account_too(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", SHORTHAND)
def test_case_note_shorthand_and_records_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_LIVES)
def test_plurals_public_figures_colleagues_and_the_author_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", SETTINGS)
def test_a_life_a_resident_and_a_group_member_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
