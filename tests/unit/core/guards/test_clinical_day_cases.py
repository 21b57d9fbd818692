"""The clinical guard on a client singled out by their place in the author's day or work.

"The alternative thought we came up with was...", "Patient's stable.", "first kid through
the door had slept in a car", "after my last couple, ...", "that one client", "the teen
I've been seeing no-showed", a client's number given in full, and on the professional
account a quoted thank-you from a named person or a reply to one caller. The same
words in teaching, in the author's own family or dating life, or without a client, pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: One client, by their place in the author's day.
STORIES = [
    "Long one. The alternative thought she came up with was 'I did what I could with what "
    "I knew'. Goosebumps.",
    "Half an hour building the exposure ladder and the fear ladder we drew up starts with "
    "touching a lift button.",
    "Rough afternoon, lot of tears. Patient's safe. Going for a walk.",
    "Kiddo's doing better, mum says. I'll believe it on Friday.",
    "Second kid through the door this morning had slept in a car all week.",
    "Next one in my office didn't say a word for twenty minutes, then laughed.",
    "Sat in the car for ages after my last couple. Some hours stay with you.",
    "Breathing exercise with my first teen of the day and I needed it more than she did.",
    "anyone else have this one patient who brings you a banana every single week?",
    "the year 9 student I've been seeing no-showed again. third time. worried.",
    "Never write a patient's record number in a text. Like 492 117 3306, which I just did.",
    "The oldest lady on my caseload turned 101 and wants a tattoo.",
    "a lad on the caseload finally got his own flat keys today",
    '"Never better" - said the teen who had just been suspended for the third time.',
    "Mdm L finally signed the tenancy yesterday. Forty years in that block.",
]

#: The same words with no client: teaching, the author's own people, dating, advice.
GENERAL = [
    "The alternative thought you come up with should be believable, not just positive.",
    "A good safety plan is written in the person's own words, not ours.",
    "Client's rights come first: read the consent form with them line by line.",
    "The first person through the door sets the tone, so greet everyone by name.",
    "Booked a table for after my last family dinner of the year, can't wait.",
    "My last family holiday was 2019 and I still think about that beach.",
    "Every clinic has one client portal nobody can log in to.",
    "Never put a client's NHS number in an email subject line. Use initials at most.",
    "Everyone on my caseload is feeling the cost of living this winter.",
    "Caseload sizes: the average person on the caseload now has three diagnoses.",
    "'Be kind,' said the man who taught me everything I know about this work.",
]

#: Professional-only: a quoted thank-you from a named person, a reply to one caller.
PRO_STORIES = [
    "Card from Aoife in my pigeonhole: 'you helped me find my voice again.' Had to sit down.",
    "A note from Tomasz this morning: \u201cthank you for not giving up on me\u201d.",
    "To the mum who rang the clinic at 2am: I got your voicemail, we'll call at 9.",
    "Whoever texted the office number last night, you're booked in for Monday. Hang on.",
    "someone told me this afternoon they've never had a birthday cake. forty years old.",
    "Somebody said to me yesterday she still sets a place for him at dinner.",
]

#: The same shapes with no client: the author's own family, a colleague's rota, a shop.
PRO_GENERAL = [
    "Card from my mum today: 'you helped me more than you know.' Crying in the kitchen.",
    "Thank-you card from the team for covering the rota. Cake in the staff room!",
    "Whoever left the biscuits in the staff room: you're a legend.",
    "Email from Priya about the CPD day: slides are attached, thanks for coming.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_client_by_their_place_in_the_day_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_teaching_family_and_advice_with_the_same_words_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", PRO_STORIES)
def test_a_quoted_thanks_or_a_reply_to_a_caller_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", PRO_GENERAL)
def test_thanks_and_notes_from_family_and_colleagues_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_young_client_missing_is_flagged_on_the_personal_account(findings) -> None:
    text = "ugh the sixth-form kid I've been seeing cancelled again. can't stop worrying"
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "the guy I've been seeing cancelled again. men.",
        "the man I've been seeing skipped our dinner again, classic",
    ],
)
def test_dating_on_the_personal_account_passes(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
