"""A full stop after an abbreviation, an initial or inside a number ends no sentence."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dualdesk.core.findings import Rule
from dualdesk.core.guards.abbreviations import ends_sentence, may_abbreviate
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.phi_words import COLLEAGUE


def _sentence(text: str, word: str) -> str:
    """The sentence holding the first occurrence of `word`."""
    return text[slice(*sentence_bounds(text, text.index(word)))]


#: (text, a word early in the sentence, a word late in it): the two must share a sentence.
JOINED = [
    ("Had coffee with Mr. Adebayo before the ward round.", "coffee", "Adebayo"),
    ("Mrs. Okoro and Ms. Lind came by; Dr. Amadi joined later.", "Okoro", "Amadi"),
    ("thanks dr. fernando for the referral letter", "thanks", "fernando"),
    ("The old house at No. 31 Cedar Row is for sale.", "house", "Cedar"),
    ("Flat 2, Apt. 6 over the bakery, behind Ste. 400 of the mall.", "Flat", "mall"),
    ("We toured St. Agnes' Hospice last spring.", "toured", "Agnes"),
    ("Bus stops at Mt. Pleasant and Ft. George.", "Bus", "George"),
    ("Grief looks different in kids, e.g. stomach aches, i.e. the body talks.", "Grief", "body"),
    ("Sleep vs. screens, approx. 9 hours a night for teens.", "Sleep", "teens"),
    ("A talk by J. R. Mensah and notes from A.B.K. on burnout.", "talk", "burnout"),
    ("Cortisol rose 2.5 times over 12.75 hours in the study.", "Cortisol", "study"),
    ("La Sra. Quispe vino con la Dra. Mamani y el Lic. Choque.", "Quispe", "Choque"),
    ("Saludos a la Licda. Rivas y al Sr. Ayala, de la Av. Las Palmas.", "Saludos", "Palmas"),
    ("Nos vemos en Sta. Ana, cerca del Blvd. Constitución.", "vemos", "Constitución"),
    ("Groups run till 6 p.m. on weekdays.", "Groups", "weekdays"),
    ("A 7 y.o. girl and the C.A.R.E. line, p.ej. los sábados.", "girl", "sábados"),
]


@pytest.mark.parametrize(("text", "first", "last"), JOINED)
def test_an_abbreviation_keeps_its_sentence_whole(text: str, first: str, last: str) -> None:
    assert last in _sentence(text, first), text


#: (text, a word before the real end, a word after it): each in its own sentence.
SPLIT = [
    ("I saw her. She said nothing for a while.", "saw", "said"),
    ("Back on the 14th. Then the rota changes again.", "14th", "rota"),
    ("Clinic closes at 5 p.m. Then the cleaners come.", "Clinic", "cleaners"),
    ("Ask for Plan B. Then ask again.", "Plan", "again"),
    ("Kids need vitamin D. She swears by fish oil.", "vitamin", "swears"),
    ("Been in the field since pre-K. Sometimes it still surprises me.", "field", "surprises"),
    ("So did I. Then the power went.", "did", "power"),
    ("My cousin lives on Elm St. She moved in May.", "cousin", "moved"),
    ("Traffic on Park Dr. If you are waiting, sorry.", "Traffic", "waiting"),
    ("Did she come back? No. She never did.", "No", "never"),
    ("Dinner with the team at Mr.\nThen home.", "Dinner", "home"),
    ("Many people with MS. Then fatigue sets in.", "people", "fatigue"),
    ("Book via clinic.org today.", "Book", "today"),
    ("Stuck behind a bus on 5th Ave. Running late, sorry.", "Stuck", "Running"),
    ("Wrong inbox, ignore: p.wong.lee@example.com", "Wrong", "example"),
]


@pytest.mark.parametrize(("text", "before", "after"), SPLIT)
def test_a_real_sentence_end_still_splits(text: str, before: str, after: str) -> None:
    assert after not in _sentence(text, before), text


@example("DD.DD.3")  # a dotted piece of two letters: the gate once missed it
@given(st.text(alphabet="aJg3 .\nDrNoMsvt", max_size=60))
def test_a_text_with_no_hint_of_an_abbreviation_keeps_every_stop(text: str) -> None:
    if not may_abbreviate(text):
        assert all(ends_sentence(text, i) for i, c in enumerate(text) if c == ".")


def test_lower_cased_text_keeps_titles_but_not_initials() -> None:
    text = "met j. m. lopez. she said dr. vega sent her"
    assert "lopez" not in _sentence(text, "met")
    assert "vega" in _sentence(text, "said")


OURS = [
    "Practice news: our counselling rooms are now at Apt. 12, 40 Kings Road.",
    "The clinic has moved to Plot No. 8 Acacia Drive, second floor, from Monday.",
]


@pytest.mark.parametrize("text", OURS)
def test_the_practices_address_after_a_number_sign_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


#: A plea to whoever reads, in a sentence set at work: no one in particular.
PLEAS = [
    "Clinic all day tomorrow, someone send coffee.",
    "Long clinic list today and someone tell me why the printer hates me.",
    "Back on the unit at 7.15, somebody please bring me a croissant.",
]
#: Someone the author met at work, doing something: still a story.
SOMEONES = [
    "Someone in clinic today told me her brother died.",
    "In session someone brought me a drawing of her dog.",
]


@pytest.mark.parametrize("text", PLEAS)
def test_a_plea_to_someone_is_no_client_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", SOMEONES)
def test_someone_met_at_work_still_fires(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    ["my supervisee's client", "a trainee's new case", "my colleague\u2019s patient"],
)
def test_a_colleagues_case_is_not_a_sentence_about_the_colleague(text: str) -> None:
    assert COLLEAGUE.search(text) is None, text


@pytest.mark.parametrize("text", ["supervision with Ines", "my colleague's notes", "a trainee"])
def test_a_colleague_still_sets_a_sentence_aside(text: str) -> None:
    assert COLLEAGUE.search(text) is not None, text
