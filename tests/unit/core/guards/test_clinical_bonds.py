"""The clinical guard on one person known by the author's standing tie to them.

A story's person may carry no client word at all: the author has seen them
for months, visits them for work, went to their home, keeps their case
number or writes their initials in a to-do note, or counts them as one of a
group named in its own plural. Look-alikes (a partner the author is dating,
the author's own family at home, a published author's initials, a favourite
book, whole groups) must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Professional posts about one person through a tie, a visit, a record or a note.
TIED = [
    "When the grandpa you've seen every week for a year finally cracks a joke, that's the job.",
    "After a house call this morning, Grandpa Joe insisted on showing me every rose he grew.",
    "Third call to the insurer about case #QL-2209381 and still no answer on the walker.",
    "to do: f/u w/ K.D. monday re the housing letter + ring the GP",
    "One of my kaumātua turns 88 on Friday and all he wants is a boil-up with his mokos.",
]

#: The same shapes where nobody on the books is meant.
UNTIED = [
    "The families we've seen every week since the floods deserve better funding, full stop.",
    "One of my favourite books turns 30 this year and it still reads fresh.",
    "Reading R.D. Laing again on the train. Still divisive, still worth it.",
    "Home visit to my mum's to fix her gate; she insisted on feeding me three times.",
    "Court case #2 in the textbook is the one every first-year gets wrong.",
]


@pytest.mark.parametrize("text", TIED)
def test_one_person_known_by_a_tie_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", UNTIED)
def test_groups_family_and_published_names_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_seeing_someone_on_the_personal_account_is_dating_unless_for_work(findings) -> None:
    dating = "the guy I've been seeing since spring finally met my parents. survived!"
    work = "the aunty i visit for work turns 90 tmrw and wants me to bring cake. of course aunty"
    assert not findings(dating, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
    assert findings(work, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


def test_the_span_covers_the_person_and_the_tie(findings) -> None:
    text = "Rosa, who I've been seeing since the spring, finally drove herself to chemo."
    found = findings(text, rule=Rule.CLINICAL, backstop=False)
    assert any(text[f.start : f.end].startswith("Rosa") for f in found), found
