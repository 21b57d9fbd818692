"""The phi guard on owned initials, a birthday's weekday, a lived-in place and a bare school."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.lexicon import public_hits
from dualdesk.core.guards.phi_owned import owned_identifiers


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("TK's sister rang the ward twice before lunch, worried sick", "TK"),
        ("AMcD's MMSE came back at 19 and his son went very quiet", "AMcD"),
        ("So proud: LB's PHQ-9 has halved since the spring", "LB"),
        ("she told me her birthday was Thursday and nobody even texted", "Thursday"),
        ("his birthday's on Friday and he wants to spend it out of hospital", "Friday"),
        ("He farmed in Ballymena for thirty years and still rises at five", "Ballymena"),
        ("the gentleman has been on the Antrim Road since 1962, every neighbour gone", "Antrim"),
        ("her grandson at St Brigid's painted him a card of the dog", "St Brigid's"),
        ("a lad I see asked me to his graduation at Moorfield next month", "Moorfield"),
    ],
)
def test_owned_identifiers_are_found(findings, text, identifier) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert any(identifier in text[f.start : f.end] for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The NHS's family of trusts is bigger than most people think",
        "GP's daughter was in my year at school, small world",
        "my birthday was Sunday and I spent it asleep, no regrets",
        "my mum's birthday is on Tuesday so I'm off that afternoon",
        "I lived in Coleraine for ten years before training in Glasgow",
        "our clinic has been on the Lisburn Road since 1998, come and see us",
        "my colleague worked in Dungannon for twenty years before retiring",
        "my daughter's assembly at Greenhill is at 9 so I'm in late",
        "CBT's results in late life depression are better than you'd think",
    ],
)
def test_others_lives_stay_quiet(findings, text) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert found == [], (text, found)


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        (
            "Question for school staff: a boy I work with wants me at his prize-giving at Ardmore",
            "Ardmore",
        ),
        ("Their wee one at St Colman's keeps asking when granda comes home", "St Colman's"),
        ("Her birthday fell on Saturday this year and the ward made a cake", "Saturday"),
    ],
)
def test_audience_and_capitals_do_not_hide_an_owned_place(findings, text, identifier) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert any(identifier in text[f.start : f.end] for f in found), (text, found)


def test_a_colleagues_kin_stays_quiet(findings) -> None:
    text = "my supervisor mentioned her grandkids at St Malachy's are off with the flu"
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False) == []


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("waited with T at the watch house till a bed came up. long night", "T"),
        ("Spent the whole afternoon with R in triage, he's settled now", "R"),
        ("sitting with M on the ward while her meds kick in", "M"),
    ],
)
def test_a_lone_initial_kept_company_in_care_is_found(findings, text, identifier) -> None:
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert any(text[f.start : f.end] == identifier for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "sat with B on the deck all arvo watching the storm roll in, bliss",
        "stuck with I in the sentence and no way to rewrite it",
        "waited with A and B options on the table, chose neither",
    ],
)
def test_a_lone_capital_outside_care_stays_quiet(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "the MP's wife spoke movingly about carers at the launch tonight",
        "Our keynote speaker worked in Kampala for twelve years before retraining",
    ],
)
def test_public_speakers_stay_quiet(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False) == []


def test_own_kins_birthday_is_not_read_as_a_third_persons() -> None:
    text = "my youngest is seven this week. her birthday is Friday and the cake is a unicorn"
    assert owned_identifiers(text, text.lower(), public_hits(text)) == []


def test_a_clients_birthday_after_own_kin_is_still_found(findings) -> None:
    text = "my son was off sick so I was late. my client's alone this week; her birthday is Monday"
    found = findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)
    assert any("Monday" in text[f.start : f.end] for f in found), found
