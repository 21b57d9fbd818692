"""Place names spelt past Latin-1 or after initials, a workplace, and a Taglish sigh.

A town written with a macron or another extended letter ("Ōtara", "Łódź") is
as much a place as one in plain ASCII, and so is a branch after a mall's
initials ("the SM Fairview Jollibee") where a client works part-time. "Pls lang,"
opening a Taglish post is a sigh, not advice: the story after it is still a story.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "can't shake the girl from Łódź I met at the clinic on Monday.",
        "still thinking about the lad from Ōtāhuhu I saw this week, what a laugh he has.",
        "the boy from Şişli I saw on Friday finally slept through.",
    ],
)
def test_an_extended_latin_town_of_someone_seen_is_phi(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "my nan grew up in Łódź and still makes the best pierogi.",
        "Flew home from Ōtautahi tonight, so tired.",
    ],
)
def test_the_authors_own_places_stay_unflagged(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Pls lang, the student from Marikina who told me exams are 'when the panic gets loud'.",
        "Pls lang, the boy from Antipolo I saw on Friday said he finally slept.",
        "Please lang, the teen who told me she eats alone every lunch: sana okay ka today.",
    ],
)
def test_a_taglish_sigh_does_not_make_a_story_general(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Pls, ask your client about sleep before anything else.",
        "Pls lang po, stop calling therapy 'arte'. Anxiety is real.",
        "Please lang, if a client tells you they're not okay, believe them.",
    ],
)
def test_requests_and_advice_still_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "One of my teens, working part-time at the SM Fairview Jollibee, asked to move her slot.",
        "A client who works weekends at the Riccarton Countdown finally asked for fewer shifts.",
        "My 3pm, working nights at the Penrose depot, fell asleep in session. Bless him.",
    ],
)
def test_where_a_client_works_part_time_is_phi(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "I'm working weekends at the clinic this month, so replies will be slow.",
        "Working part-time at a university clinic taught me more than my degree did.",
    ],
)
def test_the_authors_own_shifts_are_not_a_clients_workplace(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text
