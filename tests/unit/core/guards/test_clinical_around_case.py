"""The clinical guard on a case told through someone around it.

A colleague's or supervisee's client is a client, even though a sentence about
a colleague is otherwise no case; and a relative placed in the setting ("an
uncle on the burns ward told me") is a case's family, not a general statement
because a plural noun ("the wards") looks like a present-tense verb.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: A colleague's client in a sentence that narrates; a relative in the setting who spoke.
AROUND_A_CASE = [
    "A colleague's client left a voicemail for me by mistake today and I have not stopped "
    "smiling.",
    "My registrar's patient walked out of the ward round yesterday and came back with coffee "
    "for everyone.",
    "An uncle on the burns ward told me he sleeps in his car to be near her. I believe him.",
]

#: A colleague's work, plural clients, and a general statement about a kind of parent.
NOT_A_CASE = [
    "My trainee's case formulation was the best I have read this year.",
    "A colleague's clients often ask whether she does evening sessions. She does not.",
    "A dad on the night shifts knows what tired really means.",
    "A parent who works nights needs appointments after five.",
]


@pytest.mark.parametrize("text", AROUND_A_CASE)
def test_a_case_told_through_someone_around_it_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_A_CASE)
def test_colleagues_work_and_general_statements_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: A stay that opens a sentence with the place it happened and its date.
STAYS = [
    "Discharged from St Brigid's Friday, rang me Monday to say the garden survived.",
    "Readmitted to Ward 7 on 3 March, and this time she asked for me by name.",
]

#: "admitted to the bar", "discharged from the Navy": no stay in care.
NOT_STAYS = [
    "Admitted to the bar in 2019 and still can't believe I get to do this work.",
    "Discharged from the Navy in 1998, my dad still irons his shirts at dawn.",
]


@pytest.mark.parametrize("text", STAYS)
def test_a_stay_with_its_place_and_date_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_STAYS)
def test_admissions_that_are_no_care_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Pupil no. 4471 2093 keeps coming back 'not found' in the portal. Fourth ticket "
        "this term.",
        "Client ID 5520913 is still showing the old address on every letter. Third time I've "
        "flagged it.",
    ],
)
def test_one_persons_record_number_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_count_of_students_is_not_flagged(findings) -> None:
    text = "Student numbers at the district rose by 12000 this year; staffing did not."
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)
