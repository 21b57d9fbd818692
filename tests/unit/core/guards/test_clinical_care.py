"""The clinical guard on one person singled out by the author's care or by their chart.

Shapes: a name or "someone" with a clause of care ("Aunty Mere, who we nurse
on nights, …"); a birthday in the setting of care ("turned 15 on the ward");
a recall of one person told of before ("remember the lad I mentioned…?") in
a post about work; the person's consent to being told of ("she's happy for me
to share"); a document of their treatment owned by "her" or "him" ("his
crisis plan"); and days free of a symptom in shorthand ("no SH for 3 weeks").
The author's own family, an organisation's birthday, advice and posts with no
one person must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Posts about one person the author cares for.
CARED = [
    "Aunty Mere, who we nurse on nights, taught the whole team a waiata at 3am. Best shift.",
    "Someone we've been walking alongside since spring got her housing letter today. Cheers!",
    "Jonah turned 15 on the ward yesterday and beat every nurse at Uno. Fifteen. On a ward.",
    "Remember the lad I mentioned in October, the one who wouldn't leave his room? He came "
    "to clinic on the bus today, on his own.",
    "Dara (she's happy for me to share this) sang at her sister's wedding after a year of "
    "not leaving the house.",
    "Finally rewrote his crisis plan together and he chose every word himself. Proud of him.",
    "Update on the woman I've been fretting over: sleeping again, no SH for 3 weeks, eating.",
    "One of the mums from our perinatal group brought her twins in today, both finally asleep.",
    "That 'frequent flyer' man the nurses warned me about just wanted someone to sit with him.",
    "Sat through a case conference where a grandmother begged to keep the baby. Heavy day.",
    "Day 12 and the mania's finally settling. He slept six hours and asked about his dog.",
    "We just heard 'I'm not scared of the lunch hall anymore' and the whole team cheered.",
]

#: Posts with the same words where no client is meant.
NOT_CARED = [
    "The hospice choir turned 10 in the town hall tonight and sang us all into tears.",
    "The trust turned 25 at the weekend: cake in every staff room and a very long speech.",
    "Remember the client is the expert on their own life. Our job is curiosity, not answers.",
    "Remember the woman I mentioned from pottery class? She's opening her own studio!",
    "My dad finally sorted his meds into a dosette box. Took three visits and a bribe.",
    "Safety plans work best when the person writes them in their own words, not ours.",
    "Ask the family's permission before you visit; it matters more than the paperwork.",
    "The new hire the team sent me for shadowing is brilliant. Welcome aboard, Priya!",
    "The case conference where we launch the new guidelines is on Friday. Slides attached.",
    "Psychosis is treatable, and early help means recovery is usually faster. Share this.",
    "Great keynote this morning. I just heard 'I was the patient nobody listened to' and wept.",
    "I heard 'I love you' from my toddler for the first time. Melted into the floor.",
    "I just heard 'I'm so proud of you' from my dad for the first time in years. Sobbing.",
]


@pytest.mark.parametrize("account", [Role.PROFESSIONAL, Role.PERSONAL])
@pytest.mark.parametrize("text", CARED)
def test_one_person_in_the_authors_care_is_flagged(findings, text: str, account: Role) -> None:
    assert findings(text, account, rule=Rule.CLINICAL, backstop=False), text


#: A plan made with one person, read on the professional account only.
PLANS = [
    "She hasn't opened a letter in two years. Piles of them. We're starting with one a day.",
    "He eats standing up, always near the door. Twenty years of it. We're going to work on that.",
]
#: The same grammar about a pet or a child of the author's.
NOT_PLANS = [
    "He's ten weeks old and eats every sock in the house. We're working on it. Send patience.",
    "He's two years old and throws every spoon on the floor. We're working on it. Send help.",
]


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_with_one_person_is_flagged_on_the_professional_account(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_PLANS)
def test_a_pets_or_childs_training_passes(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
    assert not findings(text, Role.PROFESSIONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("account", [Role.PROFESSIONAL, Role.PERSONAL])
@pytest.mark.parametrize("text", NOT_CARED)
def test_own_family_organisations_and_advice_pass(findings, text: str, account: Role) -> None:
    assert not findings(text, account, rule=Rule.CLINICAL, backstop=False), text
