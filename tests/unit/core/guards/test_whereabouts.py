"""The whereabouts guard: the professional account keeps the clinician's movements private."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity

WHEREABOUTS = [
    ("Flying to Denver tomorrow for the conference!", "Flying to Denver"),
    ("Office will be closed Dec 24 through Jan 2.", "Office will be closed"),
    ("can't sleep. 3am again.", "can't sleep"),
    ("Greetings from Lisbon!", "Greetings from"),
    ("At the airport waiting on a delayed flight.", "At the airport"),
    ("Date night with my husband tonight.", "Date night"),
    ("Why am I still awake. Big day tomorrow.", "still awake"),
    ("No sessions Thursday or Friday this week.", "No sessions"),
]

GENERAL = [
    "Insomnia is common in depression, and CBT-I helps.",
    "Clients who can't sleep often try harder to sleep, which makes it worse.",
    "Our office is closed on weekends.",
    "I'm in awe of the people I get to learn from.",
    "I'm at capacity right now, but the directory lists others.",
    "Travel can be a trigger for anxiety. Plan rest days.",
]


@pytest.mark.parametrize(("text", "phrase"), WHEREABOUTS)
def test_own_movements_on_the_professional_account_warn(findings, text, phrase) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS)
    assert found, text
    assert phrase.lower() in text[found[0].start : found[0].end].lower()
    assert found[0].severity is Severity.WARN
    assert "Personal pane" in found[0].advice


@pytest.mark.parametrize("text", GENERAL)
def test_general_advice_about_sleep_and_travel_passes(findings, text: str) -> None:
    # The rules alone: the learned backstop has known false alarms here (test_learned.py).
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


def test_the_personal_account_may_say_where_it_is(findings) -> None:
    assert not findings("Flying to Denver tomorrow!", Role.PERSONAL, Rule.WHEREABOUTS)


# Where the clinician is, said without "I'm at": one kind per line, in new wordings.
OUTINGS = [
    # a family occasion with a day or a place
    ("My nephew's christening in Galway on Sunday, so no replies till Monday.", "christening"),
    ("Sister's hen do tonight in Leeds. Pray for me.", "hen do"),
    # a kin's home, and taking one's kin somewhere
    ("Sunday lunch at my brother's, so slow replies today.", "lunch at m"),
    ("Taking dad for his hearing test this morning, clinic opens at 11.", "Taking dad for"),
    # the commute and its traffic
    ("The bypass was a car park this morning, sorry to the 9am.", "bypass was a car park"),
    ("Drove in through fog, 40 minutes to do 12 km.", "40 minutes to do 12 km"),
    ("Stuck on the N7 behind a tractor.", "on the N7"),
    # a meal or an errand out, named
    ("Quick lunch at Maria's before the afternoon clinic.", "lunch at M"),
    ("supper on college st with the old team, nobody talked shop", "supper on c"),
    ("Best pho in town is at the tiny place on Elm Street. Fight me.", "place on Elm"),
    ("Parking off Mill Road and walking the last bit.", "off Mill Road"),
    ("Reading in the vet's waiting room in Bray, the cat is furious.", "vet's waiting room"),
    # a wait in a queue, a trade's premises
    ("Ninety minutes in the licence office line. Send snacks.", "minutes in the licence"),
    ("back shortly, at the garage's for an hour", "at the garage's"),
    (
        "Forty minutes on the runway at Shannon, reading discharge letters.",
        "minutes on the runway",
    ),
    ("Diwali puja at the temple this evening with the whole clan.", "at the temple this evening"),
    ("My 6.10 coach to Cork is running late, start pushed to 10.", "My 6.10 coach"),
    ("Getting my nails done after the 4pm, then home.", "getting my nails done"),
    # one's own appointment, late start or early finish
    ("Optician at 9 so I'm in late.", "Optician at 9"),
    ("Out the door at 4 today for parents' evening.", "Out the door at 4"),
    # working somewhere for the day
    ("doing my notes from a cafe in Ranelagh, the wifi is heroic", "doing my notes from a"),
    ("Writing up reports out of the library today.", "reports out of the"),
    ("Parcel collected from the Ormeau post office. I give up on couriers.", "Ormeau post office"),
    # transit by name or number
    ("On the Eurostar to Paris for a symposium.", "On the Eurostar to Paris"),
    ("bus 42 delayed again, sitting at union station with a cold coffee", "sitting at union"),
    # small hours in words
    (
        "Quarter past 2 in the morning and I'm still rewriting the same paragraph.",
        "in the morning",
    ),
    # a named line in trouble, a timed service, crowded transit
    ("Victoria line suspended again, walking the rest of the way.", "Victoria line suspended"),
    ("7.40 sailing to Holyhead, then a day of teaching.", "sailing to H"),
    ("The tram is heaving and I have a whole bag of case files on my knee.", "tram is heaving"),
    # an outing named by its owner, a day of a course somewhere, heading a compass way
    ("Ran into my old supervisor at Rosa's, she hasn't aged.", "at Rosa's"),
    ("Quick bite at Rosa's before evening clinic.", "bite at R"),
    ("Day 2 of the EMDR basic training in Limerick. Brain full.", "Day 2 of the"),
    ("Heading west for a week of walking, the practice is covered.", "Heading west"),
    # own accommodation and company
    ("Replying from the balcony of our Airbnb, do not tell my supervisor.", "our Airbnb"),
    ("Panto with my niece this afternoon, oh yes it is.", "with my niece"),
    # a small hour written with a dot
    ("1.50am and still on discharge letters.", "1.50am and still"),
    # a named service closed on a date
    ("Harbour Lane Counselling will be closed 2-5 Jan.", "will be closed"),
    ("Ward closed to visitors Fri 9th Jan for a deep clean.", "Ward closed"),
    ("The practice will close at 1 on Christmas Eve.", "practice will close"),
    # a named place without "I'm"
    ("Will be in Cork on Friday for the regional training, come say hi.", "Will be in"),
    ("Camping at Lake Tahoe all week, replies will be slow.", "Camping at Lake"),
]

# The same words in general statements, suppositions and other people's mouths.
NOT_OUTINGS = [
    "Weddings and christenings can be hard for people estranged from family.",
    "My daughter's questions about death taught me a lot about grief work.",
    "My daughter's going to do her exams in June, and the whole house is revising.",
    "Family dinner together three nights a week protects teens, per the research.",
    "Our clinic in Leeds is hiring a band 6 nurse, link in bio.",
    "The new peer-support cafe on Mill Road opens Monday for walk-ins.",
    "Carers' groups meet at the library on Thursdays, all welcome.",
    "Everything you need to know about the new drop-in cafe on Quay Street is in the link.",
    "Patients on B12 injections often report fatigue before the next dose.",
    "The M1 receptor story is more complicated than the textbooks say.",
    "Lunch and learn: trauma-informed care, Friday 12pm, link below.",
    "Working from a place of curiosity changes the whole session.",
    "The waiting list is closed to new names for now, sorry.",
    "If your road is a sheet of ice, phone in: telehealth is fine.",
    "Clients who commute to work in the dark often notice low mood.",
    "Looking at Bowlby again this week for the attachment seminar.",
    "Teens often say 'can't sleep' when they mean 'can't stop thinking'.",
    "Keep screens away from the bedroom an hour before sleep.",
    "Bring a snack to session, just in case.",
    "If you're stuck in traffic and panicking, name five things you can see.",
    "Two in the morning is when worry is loudest. Plan for it.",
    "Day 2 of our online course opens Monday; replays are available.",
    "The Central line is a fair picture of my inbox: delays on every branch.",
    "Look at Winnicott's idea of the good-enough parent again.",
    "Stop taking parents to task for screen time; start with your own.",
    "Minutes in the waiting room can feel like hours to an anxious child.",
    "In session I walk through the formulation with each client.",
    "When a teen says they were up at 3 scrolling, ask what they were looking for.",
    "If your kid's sports day is on a Saturday, leaving early is fine.",
    "Lost my train of thought twice in supervision. Normal, apparently.",
]


@pytest.mark.parametrize(("text", "phrase"), OUTINGS)
def test_outings_errands_and_occasions_warn(findings, text: str, phrase: str) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS, backstop=False)
    assert found, text
    assert any(phrase.lower() in text[f.start : f.end].lower() for f in found), found


@pytest.mark.parametrize("text", NOT_OUTINGS)
def test_the_same_words_in_general_statements_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
