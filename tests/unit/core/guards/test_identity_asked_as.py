"""The identity_link guard on the author asked in their trade, or naming their degree.

Someone asking the author's opinion "as a doctor" or "as a nurse" (when the
professional profile is of that trade) says what the author does; so does "I
have a doctorate in this" after psychology was named. Someone else's degree,
another trade, and a joke degree in nothing clinical are no link.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import ReviewContext

from .conftest import NOW, PROFILES


def _context(display_name: str) -> ReviewContext:
    pro = Profile(
        role=Role.PROFESSIONAL,
        handle="practice_account",
        display_name=display_name,
        email="office@example-practice.com",
        markers=("Example Practice",),
    )
    return ReviewContext.build({**PROFILES, Role.PROFESSIONAL: pro}, (), now=NOW)


ASKED = [
    "my uncle wants me, as a doctor, to approve his fifth coffee. no.",
    'Nani asked my opinion "as a doctor" on a magnet bracelet. I love her.',
    "the neighbours consulted me as the doctor of the street about a wasp sting",
]

DEGREE = [
    "my dad sends me psychology reels every day. Dad, I have a doctorate in this",
    "auntie explaining therapy to me at dinner. I literally have a PhD in it",
    "I have a masters in counselling and I still can't talk to my landlord",
]

NO_LINK = [
    "my sister asked my opinion as a lawyer on her parking ticket",
    "I have a degree in this, it's called watching Bake Off since 2010",
    "my brother has a PhD in psychology and still can't load a dishwasher",
    "the doctor asked me as a favour to move my car",
]


@pytest.mark.parametrize("text", ASKED)
def test_asked_in_the_profiles_trade_links(findings, text: str) -> None:
    context = _context("Dr. Ife Bello | Consultant Psychiatrist")
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, context=context), text


@pytest.mark.parametrize("text", DEGREE)
def test_a_degree_in_the_field_links(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK), text


@pytest.mark.parametrize("text", NO_LINK)
def test_other_trades_and_degrees_do_not_link(findings, text: str) -> None:
    context = _context("Dr. Ife Bello | Consultant Psychiatrist")
    found = findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, context=context, backstop=False)
    assert not found, text
