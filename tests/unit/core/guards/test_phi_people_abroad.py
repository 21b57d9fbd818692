"""The phi guard on late ages said loosely, towns of people met, and hyphenated names."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity
from dualdesk.core.guards.lexicon import public_hits
from dualdesk.core.guards.phi_hyphen_names import hyphen_names
from dualdesk.core.guards.phi_met_from import met_from


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found if f.severity is not Severity.INFO]


def _found(findings, text: str, identifier: str, account: Role) -> bool:
    return any(identifier in span for span in _spans(findings, text, account))


#: (text, identifier, account): each shape, in wordings of several places and trades.
IDENTIFIERS = [
    # a late age after an adverb, or set beside the person
    ("a gentleman I visit on the stroke unit is now 98 and he still does the crossword",
     "98", Role.PERSONAL),
    ("The lady in bed four was almost 99 and still flirting with the night staff.", "99",
     Role.PERSONAL),
    ("a retired teacher I visit, 93 years, says he corrected my grammar on purpose", "93",
     Role.PERSONAL),
    ("Mr O (97) walked the whole corridor for physio and told me off for fussing.", "97",
     Role.PROFESSIONAL),
    # the town of a person the author met or saw, told after the meeting
    ("a boy I assessed on Tuesday from Kirkintilloch drew the whole bus route for me",
     "Kirkintilloch", Role.PROFESSIONAL),
    ("woman we saw this morning out of Ballymena has waited two years for this", "Ballymena",
     Role.PERSONAL),
    ("he takes the bus from Castlebar every week and has never once been late",
     "Castlebar", Role.PROFESSIONAL),
    # a given name romanised in hyphenated syllables
    ("Seo-jun finally said the word 'grief' out loud today. Took eight weeks.", "Seo-jun",
     Role.PROFESSIONAL),
    ("I told Yu-ting she could bring her sketchbook next time and she beamed.", "Yu-ting",
     Role.PROFESSIONAL),
    ("Hye-jin cried when the letter from her parents came, then laughed at herself.",
     "Hye-jin", Role.PERSONAL),
    # a name joined to its honorific, a name opening with a capital of another alphabet
    ("Watanabe-san told me his son finally called.", "Watanabe-san", Role.PROFESSIONAL),
    ("I sat with Park-nim for an hour and she showed me her late husband's letters.",
     "Park-nim", Role.PROFESSIONAL),
    ("\u017baneta told me she had slept for the first time in weeks.", "\u017baneta",
     Role.PROFESSIONAL),
    ("\u00c5sa asked if her husband could join the next session.", "\u00c5sa",
     Role.PROFESSIONAL),
    # a day-first date with dots, tied to the person
    ("she was admitted 02.11.2025 after the fall and is settling in", "02.11.2025",
     Role.PROFESSIONAL),
    ("born 7.9.1952, he still drives himself to every appointment", "7.9.1952",
     Role.PROFESSIONAL),
]  # fmt: skip


@pytest.mark.parametrize(("text", "identifier", "account"), IDENTIFIERS)
def test_the_identifier_is_found(findings, text: str, identifier: str, account: Role) -> None:
    assert _found(findings, text, identifier, account), text


NOT_IDENTIFIERS = [
    # the author's own relative, a quantity, a list, no one at all
    "My grandad, 95, still beats me at dominoes every Sunday.",
    "The water is now 95 degrees in the hot tub, which is too much.",
    "Scores from the pilot: 88, 94, 97. Not bad for a first go.",
    # a place that is an app, or people in general
    # hyphenated words of English that fit the syllables
    "Lie-in was glorious, then the dog wanted out.",
    "Co-op was out of oat milk so I went home.",
    "Pop-up clinic at the library on Saturday: come along.",
    # a dotted number that is no one's date
    "Version 2.4.12 of the booking app is out, update before Monday.",
    "Clinic closed 24.12.2025 to 2.1.2026, the crisis line stays open.",
]


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_no_identifier_is_read(findings, text: str) -> None:
    assert _spans(findings, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "a guy I met from Bumble took me to a board game cafe, it was fine",
        "people I met from Leeds at the conference were lovely, a great crowd",
        "the woman I met from Oxford University gave a brilliant keynote",
    ],
)
def test_an_app_a_group_or_an_institution_is_no_town_of_someone_met(text: str) -> None:
    assert met_from(text, text.lower(), public_hits(text)) == [], text


def test_the_users_own_hyphenated_name_is_theirs() -> None:
    text = "Ha-eun said she would finally take a day off. Ha-eun lied."
    own = frozenset({"ha", "eun", "seo"})
    assert hyphen_names(text, public_hits(text), own) == []
    assert hyphen_names(text, public_hits(text), frozenset()) != []


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("She's terrified of going back to the tills at Morrisons after the baby.", "Morrisons"),
        ("Her boss at Primark rang her three times on her day off.", "Primark"),
        ("his manager at Tesco keeps texting him on his days off, no wonder he can't sleep",
         "Tesco"),
        ("he got made redundant from Vauxhall in spring and hasn't opened a letter since",
         "Vauxhall"),
    ],
)  # fmt: skip
def test_the_employer_of_someone_spoken_of_is_found(findings, text: str, workplace: str) -> None:
    assert workplace in _spans(findings, text, Role.PERSONAL), text


@pytest.mark.parametrize(
    "text",
    [
        "my husband is going back to work at Asda next week and I'm thrilled for him",
        "My supervisor said her team at Deloitte burned out before she left.",
        "I'm going back to work at the Royal on Monday after a fortnight off.",
    ],
)
def test_the_authors_family_colleague_or_self_at_work_is_no_ones_employer(findings, text) -> None:
    assert _spans(findings, text) == [], text
