"""The whereabouts guard on errands, queues, held-up transit and days off, in many voices."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

# One kind per group, in wordings of our own.
ERRANDS = [
    # an errand run to a shop or a chain
    ("Quick Aldi run after my last client, then bed.", "Aldi run"),
    ("Pharmacy run on the way home, the kid has croup.", "Pharmacy run"),
    ("Did the big Tesco run at lunch, trolley of shame.", "Tesco run"),
    # time spent waiting at a named office or in a queue
    ("Three hours at the DMV for a licence photo. I look feral.", "Three hours at the"),
    ("Two hours at Home Affairs for a new ID, bring snacks.", "Two hours at Home"),
    ("Queued 40 minutes for dumplings before clinic. No regrets.", "Queued 40 minutes"),
    ("Morning spent at the passport office, ticket number 112.", "Morning spent at"),
    ("In the school pickup line behind twenty minivans.", "pickup line"),
    ("Dentist's waiting room, 2% battery, wish me luck.", "Dentist's waiting room"),
    # held up in transit on a named road, line or between stops
    ("Stuck on the FDR again, so the 10am starts at 10:20.", "Stuck on the FDR"),
    ("Stuck between Bank and Moorgate, hot and grim.", "Stuck between Bank and"),
    ("Stuck behind a tractor on 49 for half an hour.", "Stuck behind a tractor on 49"),
    ("Circle line delays again, running late for my 9.", "line delays"),
    ("Harbour Bridge has kept me for an hour now.", "Bridge has kept me"),
    # a long drive or ride, a day of the week spent somewhere
    ("Drove 3 hours each way to see my dad.", "Drove 3 hours"),
    ("Spent Sunday afternoon at the county fair judging pies.", "Spent Sunday afternoon at"),
    ("Brunch after mass at the diner with the whole row.", "Brunch after mass at"),
    # a named shop at an hour on a day, a congress named with its city or acronym
    ("Tesco at 11pm on a Sunday is its own ecosystem.", "Tesco at 11pm on a Sunday"),
    ("In Leeds for the BPS annual conference until Friday.", "In Leeds for the BPS annual"),
    ("Anyone else at the psychiatry congress in Lisbon?", "congress in Lisbon"),
    ("Boat show on Saturday, I'll be down at the marina all day.", "I'll be down at"),
    # dashing to a shop or a visit, sitting in a named park, home from a gathering
    ("Between clients I ran to the bakery for a bun.", "ran to the"),
    ("Raced from my 8am to a school visit across town.", "Raced from my"),
    ("Lying in the Botanic Gardens with a book between sessions.", "Lying in the Botanic"),
    ("Home from the wake. Early night.", "Home from the wake"),
    # at a named place for an event with words before its head, a community meeting, a stall
    (
        "At Olympia for the big BACP conference, say hi if you see me.",
        "At Olympia for the big BACP",
    ),
    ("Parish council meeting tonight, I'm on the agenda at 7.", "council meeting tonight"),
    ("Working the raffle table at the school fair all afternoon.", "Working the raffle table"),
    # watching a match at a venue in a named place
    ("Watching the derby at a viewing hall in Kumasi, so tense.", "Watching the"),
    # a day off, unreachable on given days
    ("Not checking email Mon/Tue, family stuff.", "Not checking email"),
    ("Taking a personal day Thursday, back Friday.", "Taking a personal day"),
]
NOT_ERRANDS = [
    # a run that is no errand, time spent in a general statement
    "A dry run before a hard conversation helps anxious teens.",
    "Clients who wait three hours in the ED deserve an apology.",
    "Stuck on the CBT homework? Shrink the step.",
    "Teens feel stuck between two parents and two houses.",
    "The checkout line can be a panic trigger; plan a short first trip.",
    "Working the door in group work means noticing who arrives late.",
    "Patients stuck in the ED for days need a bed, not a hallway.",
    "Lunch break spent at my desk again, which I would never advise a client to do.",
    "A grandmother drove four hours to sit in on her grandson's assessment.",
    "My Thursday 3pm commutes two hours each way for therapy, and says it is worth it.",
    "Checking email first thing raises cortisol for many of us.",
    "A personal day is not a sign of weakness; encourage your staff to take one.",
    "Going to the GP for your back doesn't mean your whole body is broken.",
    "Ran to the edge of the idea and stopped there, which is fine in supervision.",
    "Sitting in the DSM for an hour won't tell you who she is.",
    "Home from the hospital is the riskiest week, so plan the follow-up call.",
    "Slides for the annual BACP conference are linked below.",
    "Team meeting tonight notes: keep the agenda short for new staff.",
    "Working the problem with a client is slower than solving it for them.",
    "Watching the clock at a desk in an open-plan office drains everyone.",
    # someone else, in the third person
    "By week three her mum was sitting in the waiting room with a flask.",
    "She quit going to church after the funeral, and that is her call.",
    "Two of my students landed in detention this week over one joke.",
    "Be gentle with the kids whose team lost on Saturday.",
    "Those horses were her late uncle's and she'd run through a wall for them.",
]


@pytest.mark.parametrize(("text", "phrase"), ERRANDS)
def test_errands_queues_and_days_off_warn(findings, text: str, phrase: str) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS, backstop=False)
    assert found, text
    assert any(phrase.lower() in text[f.start : f.end].lower() for f in found), found


@pytest.mark.parametrize("text", NOT_ERRANDS)
def test_lookalikes_of_errands_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
