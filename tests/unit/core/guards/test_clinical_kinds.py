"""The clinical guard on kinds of wording: how a case is introduced, what only looks like one."""

from __future__ import annotations

import re

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import story_filters as sf

#: A person introduced by a bare noun phrase, an age in apposition, or a list of findings.
BARE_INTRODUCTIONS = [
    "Inmate, 19 months into a long sentence, asked me how to write to his daughter.",
    "Retired ferry captain, 71 this winter, told me he counts the stairs to stay calm.",
    "Prisoner in the segregation unit drew me a map of his childhood street.",
    "Crisis team pals, help: 40s, no prior contact, sudden mutism, bloods fine. Her sister"
    " said she stopped talking on Sunday.",
    "my psychotic lad from Tuesday finally slept eight hours straight",
]

#: Someone the author sees, assesses or has come to know: the clause itself is the work.
SEEN_ON_PERSONAL = [
    "someone I see every Thursday told me her sister finally called. I cried in the car.",
    "someone i'd come to know at work over two years died last night. going for a long walk.",
    "long day. someone I'm assessing told me he's been sleeping in a bus shelter.",
]

#: A headline over a client's words, or a session written as a script.
HEADLINES = [
    "Quip of the night shift from bed 7: 'I'm not confused, you're confused.'",
    "Overheard on the ward: 'the tea here is a human rights issue'.",
    'Him: "she never listens."\nHer: "I listened for eleven years."\nSilence, then laughter.',
]


@pytest.mark.parametrize("text", BARE_INTRODUCTIONS)
def test_a_case_opened_by_a_bare_noun_or_findings_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", SEEN_ON_PERSONAL)
def test_someone_i_see_is_a_client_on_the_personal_account(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.CLINICAL, backstop=False), text


def test_someone_seen_by_chance_on_the_personal_account_is_not(findings) -> None:
    text = "someone at the bakery told me today my dog is the best boy. agreed."
    assert not findings(text, Role.PERSONAL, Rule.CLINICAL, backstop=False)


@pytest.mark.parametrize("text", HEADLINES)
def test_headlines_over_a_clients_words_and_scripts_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_someone_who_did_something_to_me_is_one_person(findings) -> None:
    assert findings(
        "Had to section someone who pleaded with me. Heavy.", rule=Rule.CLINICAL, backstop=False
    )


def test_a_history_of_something_is_the_clients_own_not_public(findings) -> None:
    text = (
        "Q for inpatient folk: patient with a long history of absconding now asking for leave."
        " The team is split, how have you handled it?"
    )
    assert findings(text, rule=Rule.CLINICAL, backstop=False)


#: Posts that look like a story and are not one about a client.
NOT_A_CLIENT = [
    # a screen story's characters
    "Rewatched a hospital drama last night. The surgeon told the patient everything. Sigh.",
    "That new prison series: the counsellor solved the case in a single session and hugged him.",
    # the author's own family, social life, training peers, teachers
    "My nan called depression 'the grey'. She kept going to church and said nothing for years.",
    "Off to Leeds for a cousin's birthday. Eight hours of relatives asking about my love life.",
    "A midwife I qualified with kept spare socks for every family on the ward. Miss her.",
    'My old consultant used to say: "The patient who stops moaning is the one to worry about."',
    # teaching openings, an address to a group with an instruction, definitions
    "Thought of the day: the trainee who asks the most questions is usually the safest.",
    "School counsellors: please never use a sibling to translate. That child is a child.",
    "In EAP work the employer pays and the employee is the client. Clarify this at the start.",
    # a type described in the present, people seen online, novices, negatives, self-descriptions
    "Pharmacies quietly do mental health work. A counter, a queue, somebody who really notices.",
    "Saw somebody on tiktok call a man 'a nutcase' for crying. Let's drop that word.",
    "Grateful to the porters who taught a baby nurse how to talk to frightened people.",
    "psych by day, pub quiz captain by night. nobody in my practice knows how competitive I am.",
    "My students think I'm the most organised woman alive. They have never seen my car.",
]


@pytest.mark.parametrize("text", NOT_A_CLIENT)
@pytest.mark.parametrize("role", list(Role))
def test_look_alikes_of_a_story_pass(findings, text: str, role: Role) -> None:
    assert not findings(text, role, Rule.CLINICAL, backstop=False), text


def test_a_film_mentioned_in_a_session_story_still_fires(findings) -> None:
    text = "A client quoted a film line at her mother in session today and it landed."
    assert findings(text, rule=Rule.CLINICAL, backstop=False)


def test_the_not_a_person_filter_can_run_on_lower_cased_text() -> None:
    # clinical_story runs NOT_PERSON without IGNORECASE on the lower-cased draft, for speed
    bare = re.sub(r"\\.", "", sf.NOT_PERSON.pattern)
    assert "(?-i" not in bare
    assert not re.search("[A-Z]", bare)


#: A superlative that picks one person out of all the author has seen; an athlete of one's own.
SINGLED_OUT = [
    "Youngest client I've ever treated turned up today with a drawing of her worry dragon.",
    "The angriest patient I have ever assessed sent me a thank-you card this week.",
    "One of my academy rowers finally told me she dreads race mornings. Progress.",
]


@pytest.mark.parametrize("text", SINGLED_OUT)
def test_a_superlative_or_an_athlete_of_mine_is_one_client(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


#: Travel "this week" with a question to colleagues is a trip, not a case on the desk; a
#: general "someone with ... is" sentence is no one in particular.
NOT_A_CASE_NOW = [
    "Flying to Denver for the trauma summit this week. Anyone else going? Drinks Thursday?",
    "Someone with twelve admissions in one winter is showing you where the gaps are.",
    "Most vivid workshop I've ever attended was on shame. Who else went?",
]


@pytest.mark.parametrize("text", NOT_A_CASE_NOW)
def test_trips_and_general_someones_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: Sentences about a word, and "someone with ..." over many words, are general.
ABOUT_WORDS = [
    "The term 'non-compliant' in a discharge letter says more about the service than the patient.",
    "Someone with six crisis calls in a single month last winter is telling you the plan failed.",
]


@pytest.mark.parametrize("text", ABOUT_WORDS)
def test_sentences_about_a_word_or_a_kind_of_someone_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_one_of_my_athletes_is_a_client_of_a_sport_psychologist(findings) -> None:
    text = "Huge day for one of my county sprinters, back on the track. Grinned all session."
    assert findings(text, rule=Rule.CLINICAL, backstop=False)


def test_athletes_in_general_pass(findings) -> None:
    text = "Most of my sprinters never learned to rest. Recovery is training too."
    assert not findings(text, rule=Rule.CLINICAL, backstop=False)
