"""The whereabouts guard on who is the subject: the author's own place and night, or not."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

# The author moves, waits or writes somewhere, with no "I": in wordings of our own.
OWN = [
    # a trip to or from a named place, the trip as the subject
    ("Drove back from Ōhope with the sunset in the mirror.", "back from Ōhope"),
    ("The commute down to Kilmarnock was grim in the sleet.", "commute down to Kilmarnock"),
    ("The journey to Łódź took all day, worth it for the training.", "journey to Łódź"),
    ("Up Snowdon this morning, legs in bits.", "Up Snowdon this morning"),
    # a wait at a plain noun, told by how long or what it is next to
    ("Sitting in the post office for 2 hours over one stamp.", "Sitting in the post"),
    ("Finally having rice at the kiosk behind the ward.", "having rice at the kiosk"),
    ("Waiting at the clinic for over an hour because the lift broke.", "Waiting at the"),
    # the post itself written somewhere
    ("Typing this on the ferry home, still thinking about today.", "Typing this on"),
    # a time before the doing, a relative clause after it, an invitation: still the author's
    ("Spent this morning walking at the beach before clinic.", "walking at the beach"),
    ("A lazy Sunday sitting at the beach with a flask. Bliss.", "at the beach"),
    ("Flying to Glasgow tomorrow for the congress which is huge.", "Flying to Glasgow"),
    ("Say hi if you're at the conference in Leeds on Thursday.", "conference in Leeds"),
    # the author's habit, a doing with a "today"
    ("Usually at the beach by six, then clinic at eight.", "at the beach"),
    ("Walking the dog along the river this morning is the best bit of the week.", "Walking"),
    # the author's own night, even as a list
    ("Midnight, wide awake, rereading my notes.", "wide awake"),
    ("Exhausted, can't sleep, brain racing about tomorrow's panel.", "can't sleep"),
]
NOT_OWN = [
    # a symptom list about the reader or the patients, with no "I" and no clock
    "Panic in new dads is common. Racing heart, can't sleep, can't eat: ask about it.",
    "Depression is not laziness. Low mood, can't sleep, or no appetite for weeks.",
    # a number range or a unit is no clock
    "Most side effects ease up at 2-3 weeks; tell people that in advance.",
    # a general point opened on a frequency, with no "I"
    "Often the bus broke down on the ring road. Missed sessions are not defiance.",
    # someone else doing it right before the place
    "A teenager waiting at the pharmacy counter hears more than we think.",
    # a scene set for another's past act
    "At the workshop, a trainee asked whether silence counts as an answer.",
    # a person's work, not a town
    "Going back to Winnicott's 'Playing and Reality' this month with the reading group.",
    # writing "in" a state of mind, not a place
    "Writing this in the hope that one tired parent reads it.",
    # a wait that is someone else's, in the third person
    "Sitting in the waiting room for an hour is how many families spend their Monday.",
]


@pytest.mark.parametrize(("text", "phrase"), OWN)
def test_authors_own_moves_waits_and_nights_warn(findings, text: str, phrase: str) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS, backstop=False)
    assert found, text
    assert any(phrase.lower() in text[f.start : f.end].lower() for f in found), found


@pytest.mark.parametrize("text", NOT_OWN)
def test_someone_elses_or_nobodys_whereabouts_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
