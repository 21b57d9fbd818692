"""The whereabouts guard on places named without "I": venues, roads, routes and small hours."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

# One kind per group, in wordings of our own.
NAMED_WITHOUT_I = [
    # a proper place name opening the sentence, with a when
    ("Lidl on a Sunday afternoon is a contact sport.", "Lidl on a Sunday"),
    ("Sefton Park before sunrise, just me and the geese.", "Sefton Park"),
    ("At the Emirates for the late kick-off tonight.", "At the Emirates"),
    ("In Leeds through Thursday for the BABCP meeting.", "In Leeds through Thursday"),
    # a numbered road or a named line at a standstill, or stuck on it
    ("A38 at a standstill past the services again.", "A38 at a standstill"),
    ("Stuck on the 405 for an hour, podcast number three.", "Stuck on the 405"),
    ("Stuck on the Piccadilly line with no signal.", "Stuck on the Piccadilly line"),
    ("Tram stuck outside the depot, classic.", "Tram stuck"),
    # exercise along a named route, or past a named river, said without a subject
    ("Jogged the Promenade after clinic, wind like a hairdryer.", "Jogged the Promenade"),
    ("Did a lap of the Meadows before the first appointment.", "lap of the Meadows"),
    ("Walked the dog by the Severn before the school run.", "Walked the dog"),
    ("Cycling the towpath loop before team meeting.", "Cycling the towpath"),
    # fetching or dropping one's kin somewhere
    ("Dropping my niece at swimming then back for the 4pm.", "Dropping my niece at"),
    ("Picking the twins up from nursery, back online at 6.", "Picking the twins up from"),
    # a kin's home in a dialect possessive, an errand venue, a detour
    ("Tea at me nan's in Bootle, she made a trifle.", "at me nan's"),
    ("Waiting in the barber shop on Lark Lane, number four in the queue.", "barber shop on Lark"),
    ("Quick detour to the chemist before clinic.", "detour to the"),
    (
        "Van's getting serviced at the garage by the station, two hours to kill.",
        "getting serviced",
    ),
    ("Forty people deep at the Boots on my corner, flu jab day.", "Boots on my corner"),
    # a weekend away somewhere, a train or coach to a named city
    (
        "Son has a chess congress all weekend over in Harrogate, so replies will be slow.",
        "weekend over in Harrogate",
    ),
    ("Coach up to Aberdeen on Friday for the perinatal network day.", "Coach up to"),
    # "through in" a city, as said in Scotland
    ("Through in Glasgow the day for the perinatal network.", "Through in Glasgow"),
    # small hours as a time stamp or the hour of one's own work
    ("Ward round prep, 4am, coffee number two.", "4am"),
    ("3am admission: a lad who walked in off the bypass.", "3am admission"),
    ("Still typing letters at 2:30am. Send biscuits.", "typing letters at 2:30am"),
]

NOT_WHEREABOUTS = [
    # boarding in the emergency-department sense
    "Psychiatric boarding in EDs is a policy failure, not a bed shortage.",
    "Boarding day 3 for a teen on our unit; a hallway is not a treatment plan.",
    "We talk about boarding as if it were temporary. It rarely is.",
    # returning to an idea, to sport, or someone else's move
    "I keep coming back to The Drama of the Gifted Child with new supervisees.",
    "First time back in the pool since her surgery, and she smiled the whole length.",
    "He worries that coming back from the ACL will end his season early.",
    "In every session she keeps going back to Lagos, the house, the heat.",
    "Her dad threatens to move back to Lagos whenever she disagrees with him.",
    # teaching statements that share the words
    "Talk it through in the group before anyone acts on it.",
    "Grand rounds on Friday: boarding, bed flow and the law.",
    "Waking at 3am is a common sign of depression; ask about it.",
    "Clients stuck on the same thought for an hour are not lazy.",
    "Picking up the pieces after a rupture is part of the work.",
    "Supervision on a Friday afternoon needs a lighter agenda.",
    "Teaching tonight on attachment; slides in the link.",
]


@pytest.mark.parametrize(("text", "phrase"), NAMED_WITHOUT_I)
def test_places_named_without_a_subject_warn(findings, text: str, phrase: str) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS, backstop=False)
    assert found, text
    assert any(phrase.lower() in text[f.start : f.end].lower() for f in found), found


@pytest.mark.parametrize("text", NOT_WHEREABOUTS)
def test_lookalikes_of_places_and_small_hours_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
