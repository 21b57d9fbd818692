"""Public lines and things to read, which neither identify anyone nor place the author.

A distress or crisis centre's number, named with its plural "Centres" or
as a "help phone", is an organisation's published line; "here in <county>"
before a local crisis line names the area a service covers; a piece or an
interview "in the <paper> today" is something to read. A person's own
number and the author's own day out, in the same grammar, still fire.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: An organisation's line: no one's phone number.
PUBLIC_LINES = [
    "Distress Centers of Central Ohio: 614-221-5445, any hour. Pin it somewhere.",
    "Youth Help Phone: 519-555-0143, free for anyone under 25.",
    "The regional warmline is 303-555-0199 if you need to talk before things get bad.",
    "Crisis Centres of the Lower Mainland: 604-872-3311. Keep it handy.",
]

#: A person's number, as before.
PERSONS = [
    "She gave me her mobile 416-555-0172 and asked me to text after the session.",
    "Her new number is 604-555-0148, the old one got cut off.",
]

#: The area a crisis line covers, not where the author is.
LOCAL_LINES = [
    "Here in Franklin County the crisis line is 614-555-0100, call it before the ER.",
    "Here in Kent the mental health crisis team takes self-referrals, day or night.",
    "Here in Marion County the support line answers 24/7, please share.",
]

#: The author here today: still whereabouts.
HERE_TODAY = [
    "Here in Cork for the weekend, back in clinic Tuesday.",
    "Here in Leeds today for a training, offices closed until Monday.",
]

#: Something to read or hear in a named paper or programme.
READS = [
    "Great op-ed in the Boston Globe today on waitlists for child psychiatry.",
    "Sharp column in the Guardian this morning on what burnout costs the NHS.",
    "Good interview on the Today Programme this morning about eating disorder funding.",
]

#: A short opening phrase and a named place, with a time: still the author's day.
OWN_DAYS = [
    "Pottery class in Leith every Monday, my one non-negotiable.",
    "Long lunch in the Botanics today, first proper break in weeks.",
]


@pytest.mark.parametrize("text", PUBLIC_LINES)
def test_a_centres_or_help_phones_number_is_public(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", PERSONS)
def test_a_persons_number_is_still_found(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", LOCAL_LINES)
def test_here_in_before_a_local_line_places_nobody(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", HERE_TODAY)
def test_here_in_for_the_author_still_fires(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", READS)
def test_a_piece_in_a_paper_places_nobody(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", OWN_DAYS)
def test_an_opening_phrase_and_a_named_place_still_fire(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


#: A stay somewhere as a remedy that fails: a claim, no one's trip.
REMEDIES = [
    "Trauma isn't undone by one retreat in Bali.",
    "A week in Malaga won't cure a job that eats you alive.",
    "Compassion fatigue is not healed by a single weekend at the coast in Wexford.",
    "Moral injury isn't repaired by another holiday in Crete.",
    "Understaffing is not solved by one wellbeing day at Center Parcs.",
]

#: The author's own stay, even with a remedy in the sentence: still whereabouts.
OWN_STAYS = [
    "A weekend in Galway won't fix burnout but I'm going this Friday anyway.",
    "Heading for a weekend in Galway, laptop stays home.",
]


@pytest.mark.parametrize("text", REMEDIES)
def test_a_stay_that_cures_nothing_places_nobody(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", OWN_STAYS)
def test_the_authors_own_stay_still_fires(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


#: News that has just arrived: no one came in.
NEWS_IN = [
    "Word just in that the regional eating disorder unit will stay open. Huge relief.",
    "News just in: the college has approved the new supervision standards.",
    "Survey results just in and 61% of school counsellors say caseloads are unsafe.",
]

#: The author just in or back: still whereabouts.
JUST_BACK = [
    "Just in from a 12-hour shift and my feet are done.",
    "Finally home after the conference, what a week.",
]


@pytest.mark.parametrize("text", NEWS_IN)
def test_news_just_in_places_nobody(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", JUST_BACK)
def test_the_author_just_in_still_fires(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
