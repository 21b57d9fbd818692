"""The phi guard inside a client story: a name opening a sentence, a place by its shape."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity

#: Client stories whose name opens a sentence, or whose place sits where only a place can.
IDENTIFIERS = [
    (
        "Marama rang this morning to say she has kept her tenancy a full year. Proud of her.",
        "Marama",
    ),
    ("Little Ruairi finally drew his dad into the family picture this week.", "Ruairi"),
    ("Dervla's mum rang me after session, worried sick about her.", "Dervla"),
    (
        "Sat with a young fella today. Tamati told me he hasn't slept since his brother died.",
        "Tamati",
    ),
    ("Sat with Wiremu while his whanau met the judge. He held it together.", "Wiremu"),
    ("A woman I see from out Taihape way got her licence back today. Proud of her.", "Taihape"),
    ("A lad I see works nights up at Kilbride so we meet at 8am. He's knackered.", "Kilbride"),
    ("A Drumcondra lad I see got his exam results today. Over the moon for him.", "Drumcondra"),
    ("Tipene and his nan came in together today. The boy I see laughed for once.", "Tipene"),
    (
        "Good news: Oksana from my grief group slept through the night, first time since he died.",
        "Oksana",
    ),
]

#: Client stories whose sentences open with a role, a kin word or a common noun.
NOT_IDENTIFIERS = [
    "Supervisee brought a case today: her client told her he'd relapsed after a year.",
    "Judge gave him six months. He looked at me and said it was fine.",
    "Gaffer pulled me aside to ask if one of my lads is struggling. He is.",
    "Commander called asking how his soldier was doing in treatment.",
    "Referral bounced back again because she's 'too complex'. A client of mine, waiting.",
    "Grandpa won't let the kid I see go to the youth club. She cried in session.",
    "Nobody told me she'd been discharged. My client rang from the bus stop.",
    "A Kiwi bloke I work with finally rang his brother after ten years.",
    "Detective called me about a client of mine, he wanted my notes. No.",
    "Cover from my team fell through, so my client waited an hour and she left in tears.",
]


@pytest.mark.parametrize(("text", "span"), IDENTIFIERS)
def test_a_name_opening_a_sentence_or_a_place_by_its_shape_fires(
    findings, text: str, span: str
) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), "precondition: a client story"
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert [text[f.start : f.end] for f in found] == [span], text
    assert all(f.severity is Severity.BLOCK for f in found), "story + identifier blocks"


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_roles_kin_and_common_nouns_opening_a_sentence_pass(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), "precondition: a client story"
    assert not findings(text, rule=Rule.PHI, backstop=False), text


def test_a_name_opening_a_post_that_is_no_client_story_passes(findings) -> None:
    text = "Marama rang to say the workshop venue has moved to the second floor. See you there."
    assert not findings(text, rule=Rule.PHI, backstop=False)


def test_a_name_opening_a_personal_story_fires(findings) -> None:
    text = "rough one at work. Hinemoa told me her nan passed and she can't get leave for it."
    assert findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), "precondition"
    found = findings(text, Role.PERSONAL, rule=Rule.PHI, backstop=False)
    assert [text[f.start : f.end] for f in found] == ["Hinemoa"]


def test_a_birthday_past_89_is_an_age_even_outside_a_story(findings) -> None:
    text = "Happy 93rd birthday to the gentleman in my Thursday group, still first in the door."
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert [text[f.start : f.end] for f in found] == ["93rd birthday"]


def test_a_birthday_past_89_of_the_authors_own_relative_passes(findings) -> None:
    text = "Off early for my gran's 95th birthday party. Back on Monday."
    assert not findings(text, rule=Rule.PHI, backstop=False)


def test_a_place_before_a_time_in_a_personal_story_is_the_authors_trip(findings) -> None:
    text = "A client finally cried in session today. Flying to Tauranga tomorrow for a break."
    assert findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), "precondition"
    assert not findings(text, Role.PERSONAL, rule=Rule.PHI, backstop=False)
