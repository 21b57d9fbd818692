"""The whereabouts guard on outings told by shape: a named place, a time, and no one else."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

# The author's own day, in wordings of our own, each with the part that must be flagged.
OWN = [
    # an invitation to find the author
    ("Parkrun at 9 on Saturday, bright orange beanie, come say hello.", "come say hello"),
    ("I'll be on the stall by the main door all day, come and say hi!", "come and say hi"),
    # a numbered or named service ridden, a numbered road held up on
    ("Bus 14 crawling again and I'm already late for group.", "Bus 14"),
    ("Red Line home after a double and I can barely keep my eyes open.", "Red Line home"),
    ("Stuck on the E18 for forty minutes, send audiobooks.", "Stuck on the E18"),
    # a journey's length, an errand list, a meal by the clinic or in the car
    ("Teaching at the rural hub tomorrow, 3 hr drive each way.", "3 hr drive each way"),
    ("Saturday errands: Bunnings, the tip, then a nap.", "errands: B"),
    ("Dumplings around the corner from the office for lunch again.", "around the corner"),
    ("Breakfast in my car again, parked behind the pharmacy.", "Breakfast in my car"),
    # a place named after "at a ... in", "at", a doing, a venue, a kin's day
    ("Book club tonight at a wine bar in Fremantle, so I'm off early.", "at a wine bar in"),
    ("Finally got out on the water with me paddling this weekend at Rotoiti.", "at Rotoiti"),
    ("Grabbing noodles on Lygon before the evening clinic.", "on Lygon"),
    ("Bridgewater Hall tonight for the Hallé. Don't email me.", "Bridgewater Hall"),
    ("Son graduates in Dunedin on Friday and I'm a wreck.", "Son graduates in Dunedin"),
    ("My niece's bat mitzvah on Saturday, so no replies till Monday.", "niece's bat"),
    ("Quick swim at Bondi before clinic, then straight into supervision.", "at Bondi"),
    ("Cycled the Hawkesbury river loop after work, legs like jelly.", "the Hawkesbury river"),
    # Taglish: a locative with a time or "ako", sleeplessness, heading home, a closure
    ("Merienda sa Tagaytay this Sunday with the family.", "sa Tagaytay"),
    ("Nasa Baguio po ako until Wednesday for a seminar.", "Nasa Baguio"),
    ("2am na, hindi pa rin ako makatulog.", "ako makatulog"),
    ("Pauwi na po ako, ang lakas ng ulan.", "Pauwi na"),
    ("Good evening po from the bus terminal!", "evening po from the"),
    ("Closed po ang counselling office Apr 2 to Apr 9.", "Closed po ang"),
]
NOT_OWN = [
    # someone else rides, travels or eats: the subject is a client or a family
    "My client takes Bus 14 for an hour each way to reach us, which says a lot.",
    "She had a 3 hr drive each way to the specialist and still came every week.",
    "He eats lunch in his car every day so nobody sees him not eating.",
    # a person on a topic, a blog or a book, not a place
    "Rereading Winnicott on Holding, which never gets old.",
    "Writing blog is over at Thursday Notes if anyone wants the long version.",
    # a locative about the students, a school subject, a country
    "Sabi ng isang student, nahihirapan siya sa Math this term. Normal lang po yan.",
    "Sana mas maraming schools sa Pilipinas ang may guidance counselor.",
    # a client at a place with a day, a group announced for others
    "Her mum works at a bakery in Fremantle on Saturdays, so sessions are weekdays.",
    "Students often come say hi at the guidance office when they need a break.",
    "Read the Guardian long read before clinic and I'm still cross about it.",
    "Focusing on Indigenous perspectives on grief in supervision this month.",
    "Carers' support group tonight at a church hall in Leith, all welcome.",
]


@pytest.mark.parametrize(("text", "phrase"), OWN)
def test_authors_own_outing_by_shape_warns(findings, text: str, phrase: str) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS, backstop=False)
    assert found, text
    assert any(phrase.lower() in text[f.start : f.end].lower() for f in found), found


@pytest.mark.parametrize("text", NOT_OWN)
def test_someone_elses_or_no_outing_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


def test_outing_on_the_personal_account_passes(findings) -> None:
    text = "Book club tonight at a wine bar in Fremantle, so I'm off early."
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False, account=Role.PERSONAL)
