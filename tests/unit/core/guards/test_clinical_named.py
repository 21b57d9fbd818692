"""The clinical guard on one person named, presented or slotted as a sentence's subject.

A case is often told about a first name ("Marjorie keeps…"), presented with
an age ("Walter, mid 70s, …"), called by the appointment ("the 4pm …") or a
description acting on their own words or body; a common noun in the same
place ("Practice closed…", "Diagnosis is…") and advice to the reader ("when
you're stuck on a case") are no one.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A first name at a clause start, acting, with a pronoun or speech in the sentence.
NAMED = [
    "Marjorie has forgotten most of the last decade but told me the price of bread as a girl.",
    "Colleagues, a puzzle: Walter, mid 70s, new apathy, no low mood, sleeps most of the day.",
    "Mavis turned 95 on the unit today and asked for a sherry instead of cake.",
    "Back from a long call with Rosalind's son: the new dose has her sleeping through again.",
    "Ignatius finally agreed to the hearing aids today and said the birds are back.",
]

#: An appointment slot or a described person acting on their own life.
SLOTTED_OR_DESCRIBED = [
    "The 4pm undid me. Twenty minutes of silence and then the whole story, all at once.",
    "An old shearer from up north described his voices as 'the wireless left on'. Perfect.",
]

#: One of several recent cases, counted, and a titled initial.
COUNTED_OR_TITLED = [
    "Second admission this week with a 'fall' that was really a bleed. Scan them, people.",
    "Fifth no-show in a row from someone I'm properly worried about. Still ringing.",
    "Mr K has been waiting on a bed for eleven weeks now. Eleven.",
    "Chasing a care package for a man who can't manage stairs now. He's 91 and still cheerful.",
]

#: A named person in a heading-led note to a colleague is still one person.
HANDOVER = "Note for Friday's cover: Mr Papadakis' son is the only contact, not the neighbour."

#: Common nouns, public figures, seasons and advice to the reader in the same places.
NO_ONE = [
    "Practice closed Monday for staff training. Portal messages answered Tuesday.",
    "Diagnosis is a hypothesis, not a verdict.",
    "Telehealth made care possible for rural families. Let's not lose it.",
    "Winnicott wrote that there is no such thing as a baby. Still true.",
    "Midnight, 2, 3. Counting clocks instead of sheep.",
    "Third coffee today and it's not even noon.",
    "If she's 16 she can consent on her own. That is the law.",
    "Rereading Anna Freud's father's letters today. Still brilliant.",
    "H.M. (Henry Molaison) changed what we know about memory. Still worth reading about.",
    "Tip from my old supervisor: when you're stuck on a case, ask who benefits from no change.",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_named_person_acting_or_presented_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", SLOTTED_OR_DESCRIBED)
def test_a_slot_or_a_described_person_acting_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", COUNTED_OR_TITLED)
def test_counted_cases_and_titled_initials_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_named_person_after_a_general_heading_is_flagged(findings) -> None:
    assert findings(HANDOVER, rule=Rule.CLINICAL, backstop=False)


@pytest.mark.parametrize("text", NO_ONE)
def test_common_nouns_public_figures_and_advice_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_first_name_on_the_personal_account_is_left_to_other_checks(findings) -> None:
    text = "Marjorie has forgotten my birthday again and told me it was my fault."
    assert not findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)
