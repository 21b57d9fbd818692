"""Person words that are a role, a roster, a condolence or a kind of reader: no client story."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

NO_STORY = [
    # a role given to a character
    "Inside Out is a whole CBT course. Joy = the over-functioning parent. Sadness = the "
    "patient nobody listened to.",
    "The Lion King as family systems: Simba -> the identified patient, Scar -> the secret.",
    # the parties to a meeting, any meeting
    "Multi-agency working. GP, health visitor, teacher and the family at one table, "
    "finally on the same page.",
    "Core group meetings done well: social worker, teacher, school nurse and the family "
    "all heard.",
    # a condolence to a family in the news
    "Another young life lost on the roads this weekend. Condolences to the family. Please "
    "check on the friends who were there.",
    "Heartbreaking news from the school today. Thoughts are with the family and the staff.",
    # any clinician's hour, told to the reader
    "The classic: you open the session, set the agenda, and the patient says they read "
    "about EMDR.",
    "Every new therapist's fear: you start the session, check the homework, and the client says "
    "they quit.",
    # a kind of reader addressed, not one person
    "Many kids labelled lazy have undiagnosed ADHD. Teachers, if you're reading this, ask.",
    "Burnout hides as irritability. HCAs, if you're reading this, you are not the problem.",
]

STILL_A_STORY = [
    "Sending love to R.T., who started rehab this morning. You've got this.",
    "Aoife if you're reading this, I'm so proud of you for Thursday.",
    "My 3pm today: the family sat in silence for fifty minutes and then mum cried.",
    "You spend an hour on a safety plan with a teenager and at the end she asks about her dog.",
]


@pytest.mark.parametrize("text", NO_STORY)
def test_roles_rosters_condolences_and_readers_are_no_client_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STILL_A_STORY)
def test_one_person_the_author_sees_is_still_a_story(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
