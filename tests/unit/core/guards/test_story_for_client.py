"""A client told of by a report made, an ask on their behalf, a bracketed age, a card or a chart.

None of these says "client" in a story's usual words, yet each is about one
person the author sees; a report or referral in general, an age band, a card
from the author's own team and a chart rule in general are not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    "Filed a CPS report this afternoon. Sitting in the car for a minute before I drive home.",
    "Had to call in a child protection report before lunch. Heavy heart all day.",
    "Made my first safeguarding referral as a newly qualified counsellor. Shaky hands.",
    "Needed to file an APS report on Friday and I still keep thinking about it.",
    "Does anyone know a trauma therapist in Leeds with an evening slot? Asking for a client.",
    "Any good recs for a DBT programme? Asking on behalf of a young person I work with.",
    "Looking for a referral for a client of mine who needs an autism assessment, adult, NHS.",
    "Need a psychiatrist for a patient who has been bounced between three services.",
    "teen (15) sat silent for forty minutes then asked if I'd be here next week.",
    "little one (6) drew her whole family as cats today and I was not told why.",
    "One of my boys (9) finally beat me at Uno and the victory lap lasted the whole hour.",
    "Note in my pigeonhole this week: 'You were the first person who didn't rush me.'",
    "Little card left for me at reception: 'thank you for believing me when I didn't.'",
    "Pt admitted to the acute unit on 12 March, discharged two days later, no follow-up booked.",
    "Client seen at the hospital yesterday and sent home with a leaflet. Again.",
]

NOT_STORIES = [
    "If you ever have to make a CPS report, call your supervisor first and write everything down.",
    "Every clinician who has made a CPS report remembers the first one, and that is okay.",
    "How do you find a referral for a client who needs a specialist eating disorder service?",
    "Our parenting group is for kids (8-12) and their carers, Thursdays after school.",
    "A child (5) may not have the words for worry yet, so watch their play instead.",
    "Card on my desk from my team this morning: 'You make Mondays bearable!' Love them.",
    "Patients seen at walk-in clinics often wait weeks for a follow-up letter.",
    "Mandated reporting training today: what a report is, who makes one, what happens next.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_client_told_of_without_a_story_word(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_STORIES)
def test_reports_referrals_and_cards_in_general_are_no_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_own_child_with_an_age_on_the_personal_account_is_no_story(findings) -> None:
    text = "my son (8) lost his first tooth in a bagel this morning, chaos ensued"
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


#: A task of the author's day with one person, and pride in someone by name in a post
#: about sessions.
DAY_STORIES = [
    "Can't switch off tonight. Still going over the capacity assessment from this afternoon.",
    "Drove home in silence after the intake this morning. Some stories sit heavy.",
    "So proud of Tomasz this week. Made it to session on the bus alone.",
]

#: The same words about training, a plan, or the author's own child.
DAY_NOT_STORIES = [
    "Risk assessment training this afternoon: bring your own case examples, anonymised.",
    "Proud of Maya today! First day of big school and she didn't even look back.",
]


@pytest.mark.parametrize("text", DAY_STORIES)
def test_a_task_today_or_pride_in_one_client_is_a_story(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", DAY_NOT_STORIES)
def test_training_or_own_child_is_no_story(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
