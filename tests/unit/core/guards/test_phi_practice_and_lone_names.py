"""The phi guard by shape: the practice's own address, a street tied to a household,
a lone first name as a sentence, and places written with macrons or beside a gerund."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: Posts whose address or phone is the practice's own: published on purpose.
PRACTICE_OWN = [
    "Our counselling rooms have moved to 14 Harbour View Road. Parking out the back.",
    "The intake team is now at 301 Cedar Ave, second floor, lift on the left.",
    "Doe Counseling: new number 617-555-0199 from Monday, same hours.",
    "Ring the office on 617-555-0142 if you need to rebook.",
]

#: The same shapes when the address or number is someone else's.
SOMEONE_ELSES = [
    ("My client has moved to 14 Harbour View Road and is far from the bus.", "14 Harbour View"),
    ("Her mum gave me her number, 617-555-0177, for after the session.", "617-555-0177"),
    ("The whanau on Tainui Crescent had the whole street round for the tangi.", "Tainui Crescent"),
    ("A household on Waterloo Road keeps calling the crisis line about him.", "Waterloo Road"),
]


@pytest.mark.parametrize("text", PRACTICE_OWN)
def test_the_practices_own_address_and_phone_pass(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False) == [], text


@pytest.mark.parametrize(("text", "span"), SOMEONE_ELSES)
def test_a_persons_address_phone_or_street_fires(findings, text: str, span: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert any(text[f.start : f.end].startswith(span) for f in found), text


def test_roadworks_on_a_street_with_no_one_named_pass(findings) -> None:
    text = "Roadworks on Tory Street again, so allow ten extra minutes to reach us."
    assert findings(text, rule=Rule.PHI, backstop=False) == []


#: A first name written as a sentence of its own, between sentences about the person.
LONE_NAMES = [
    ("A woman I have sat with since spring died overnight. Mereana. She was ready.", "Mereana"),
    ("The old man from the ward finally went home. Tavita. He waved the whole way.", "Tavita"),
]

#: One-word sentences that are no one's name.
NOT_LONE_NAMES = [
    "A client of mine relapsed after two years clean. Brutal. She is already back in group.",
    "My patient finally said it out loud. Ugh. He cried and so did I.",
    "The teenager I see walked out of session. Anyway. She came back ten minutes later.",
    "The widow I visit was moved to another unit. Tuesday. She hates change.",
]


@pytest.mark.parametrize(("text", "name"), LONE_NAMES)
def test_a_lone_first_name_sentence_fires(findings, text: str, name: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert name in [text[f.start : f.end] for f in found], text


@pytest.mark.parametrize("text", NOT_LONE_NAMES)
def test_one_word_verdicts_and_days_are_no_name(findings, text: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    word = text.split(". ")[1]
    assert word not in [text[f.start : f.end] for f in found], text


#: Places in a client story that the capitals-only reading missed.
STORY_PLACES = [
    ("Thinking about the mum in Ōpōtiki who asked me today how to tell her son.", "Ōpōtiki"),
    ("My client did 30 years at the Ravensdown works and he misses the lads.", "Ravensdown"),
]

#: Capitalised words in a client story that are no client's identifier.
STORY_NOT_PLACES = [
    "My client told me today: 'I've read more books than Tolstoy.' He meant it kindly.",
    "A mum I see cried in session today. Such grief is rarely spoken of where we live in Aotea.",
    "My client cried in session and someone passed the tissues. Naebody said a word after.",
]


@pytest.mark.parametrize(("text", "place"), STORY_PLACES)
def test_story_places_with_macrons_or_a_workplace_noun_fire(findings, text, place) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert any(text[f.start : f.end].startswith(place) for f in found), text


@pytest.mark.parametrize("text", STORY_NOT_PLACES)
def test_quotes_with_contractions_and_our_own_places_pass(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), "precondition: a client story"
    assert findings(text, rule=Rule.PHI, backstop=False) == [], text


def test_a_supervisor_from_a_place_is_no_client(findings) -> None:
    text = "My old supervisor, a formidable woman from Paisley, taught me to read every file."
    assert findings(text, rule=Rule.PHI, backstop=False) == []
    client = "A formidable woman from Paisley told me in session she reads every letter twice."
    assert findings(client, rule=Rule.PHI, backstop=False)


#: Ages over 89 that are the author's own relative's or a public figure's.
OWN_OR_PUBLIC_AGES = [
    "My grandad turned 95 on Sunday and beat us all at cards.",
    "Our nana is 96 and still does the crossword in pen.",
    "Dame Judi Dench turned 91 and is still on stage. Goals.",
]

#: The same shapes about a client or a client's relative.
CLIENTS_AGES = [
    ("My client's nan is 94 and still his rock.", "is 94"),
    ("Mrs Okoro turned 100 last week and asked for a fresh cup of tea.", "turned 100"),
    ("Joan Baker turned 96 in session today and cried.", "turned 96"),
]


@pytest.mark.parametrize("text", OWN_OR_PUBLIC_AGES)
def test_family_and_public_figures_ages_pass(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False) == [], text


@pytest.mark.parametrize(("text", "age"), CLIENTS_AGES)
def test_a_clients_age_over_89_fires(findings, text: str, age: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert age in [text[f.start : f.end] for f in found], text


#: Places written in lower case after someone: a Māori-shaped town, a street.
LOWER_CASE_PLACES = [
    ("The whanau out in motuhora are struggling since their koro died.", "motuhora"),
    ("Her son lives on kaimanawa rd and visits most days.", "kaimanawa rd"),
]

#: Lower-case words after "in"/"on" that are no place.
NOT_LOWER_CASE_PLACES = [
    "My client is back in treatment and doing the hard mahi again.",
    "He was out in the cold for hours before anyone found him in session.",
    "She walked on the road home from session and cried the whole way.",
]


@pytest.mark.parametrize(("text", "place"), LOWER_CASE_PLACES)
def test_lower_case_places_tied_to_someone_fire(findings, text: str, place: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert place in [text[f.start : f.end] for f in found], text


@pytest.mark.parametrize("text", NOT_LOWER_CASE_PLACES)
def test_lower_case_common_words_are_no_place(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False) == [], text


#: A named school or workplace in a sentence about one person.
INSTITUTIONS = [
    ("Her eldest is at Ruakura School and the teachers have been kind.", "Ruakura School"),
    ("Thirty years at the Kinleith mill and he still wakes at five.", "Kinleith mill"),
]

#: Named schools with a group, the author's own child or the practice.
NOT_INSTITUTIONS = [
    "I spoke to the students at Hillcrest School today about exam stress.",
    "My daughter is at Hillcrest School and loving it.",
    "Our team presented at Massey College this morning.",
]


@pytest.mark.parametrize(("text", "place"), INSTITUTIONS)
def test_a_persons_school_or_workplace_fires(findings, text: str, place: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert place in [text[f.start : f.end] for f in found], text


@pytest.mark.parametrize("text", NOT_INSTITUTIONS)
def test_groups_own_children_and_the_practice_at_a_school_pass(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False) == [], text
