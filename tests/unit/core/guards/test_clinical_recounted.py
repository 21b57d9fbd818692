"""The clinical guard on cases recounted: counted, quoted, met in group or in supervision.

Each kind has its near misses: things counted, sayings heard at a conference,
a trainee's clients in general.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: The n-th person of a kind this week or term, or a quotation heard again and again.
REPEATED = [
    "Second family this term asking me to 'just fix' a grieving kid. Fixing is not the job.",
    "Fifth client this week whose landlord is the real diagnosis. Housing is health.",
    "'I only drink on weekends, and Thursdays.' Heard some version of that four times this week.",
    "\u00ab Je vais bien, docteur. \u00bb Heard a version of it twice today. Nobody is fine.",
]

#: One person, tagged with a time or quoted with an age or what they said at the door.
QUOTED = [
    "Shy sixth-grader yesterday: 'can I come back tomorrow even if I'm not sad?' Yes, kiddo.",
    "'They'll take my kids if I say it.' Nineteen years old. We said it together anyway.",
    "Drove back from a home visit, replaying what the grandma said on the porch: 'he's all"
    " I have left.'",
    'kid told me yesterday "you\'re the first grown-up who waited for me to finish." oof.',
]

#: A person the author walks alongside or talks with every week, met in group, or a trainee's.
ACCOMPANIED = [
    "someone I've been walking alongside since spring moved into her own flat today.",
    "A retired welder I talk with every Tuesday finally called his estranged son.",
    "In group last night one of the dads cried for the first time since the funeral.",
    "Supervising a new intern this year. Her client keeps bringing his dog to session and"
    " she wasn't sure how to raise it.",
]

#: Near misses: counts of things, sayings from a talk, people in general, trainees in general.
NEAR_MISSES = [
    "Third training day this month on trauma-informed care. My notebook is full.",
    "'Burnout is a system problem.' Heard that at the conference this week and agreed.",
    "Supervising interns this year has taught me more than my own training did.",
    "In group work, one of the key skills is letting silence do some of the work.",
    "Everyone I work with deserves a clinician who slept. Going to bed.",
]


@pytest.mark.parametrize("text", REPEATED + QUOTED + ACCOMPANIED)
def test_recounted_cases_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_counted_things_sayings_and_people_in_general_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_someone_walked_alongside_is_a_client_on_the_personal_account(findings) -> None:
    text = "long week. someone I been walking alongside for years relapsed. paddled it out."
    assert findings(text, Role.PERSONAL, Rule.CLINICAL, backstop=False)


#: A year or a history in one person's life is no public or historical event.
YEARS_IN_A_LIFE = [
    "My three o'clock couple still argue over whether they married in 1971 or 1972. Both sure.",
    "A widower I have seen since spring told me he has not danced since 1994. Today he did.",
    "Colleagues, thoughts please: teen boy, the history suggests trauma but he denies all of"
    " it. Parents want a diagnosis by June. How do you pace that?",
]

#: A year or a history in public life still is.
PUBLIC_YEARS = [
    "In 1952 the first DSM listed homosexuality as a disorder. Remember that when a manual"
    " claims to be neutral.",
    "The history of the asylum is a history of families who had nowhere else to turn.",
]


@pytest.mark.parametrize("text", YEARS_IN_A_LIFE)
def test_years_and_histories_in_one_life_do_not_hide_a_case(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", PUBLIC_YEARS)
def test_public_years_and_histories_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: An event placed in the room, someone on the author's list, a name with an initial,
#: someone brought in, an hour sat with one person.
PLACED_IN_THE_ROOM = [
    "ever had a teen finally laugh at their own catastrophising? happened in my office this"
    " morning. still smiling.",
    "Somebody on my caseload mailed me a postcard from the coast. Three words: 'I made it.'",
    "Dara K. finally moved into supported housing after a year on the list. Champagne (tea).",
    "A grandmother brought her granddaughter in on Monday and did all the talking. All of it.",
    "Sat for twenty minutes with him this afternoon before he said a word. Worth it.",
]

#: Near misses: a public name with an initial, things that happen in offices in general.
NOT_PLACED = [
    "Reading Aaron T. Beck again. Still the clearest writing on automatic thoughts.",
    "Funny how the best ideas happen in the office kitchen, not the meeting room.",
]


@pytest.mark.parametrize("text", PLACED_IN_THE_ROOM)
def test_events_placed_in_the_room_and_named_people_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_PLACED)
def test_public_initials_and_office_life_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
