"""One client told of by an age, a roster place, an arrival, a referral or a care contact.

Each shape below is about one person the author sees, though the story
readers' words are missing or split; the hard negatives are the same words
about clients in general, the author's own child, or referrals in general.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.story_aged_cases import _INITIAL_START, spans

STORIES = [
    "My 81-year-old patient asked me today whether it's too late to learn to swim.",
    "my 16yo client said the only place she feels calm is the bus. noted.",
    "Need a second opinion: adolescent patient, 14, self-harm escalating, family won't engage.",
    "Thoughts, team? New client, 52, recently widowed, drinking more than she admits.",
    "My youngest one this week spent the hour building a fort out of cushions. Respect.",
    "My oldest client today has outlived three of her doctors and told me so, twice.",
    "This morning he walked in and announced he'd applied for the apprenticeship. Huge.",
    "Yesterday she came in and said she had finally slept through. I nearly cried.",
    "Anyone know a good speech therapist near Ipswich for a 6yo who stopped talking at school?",
    "Can anyone recommend a psychiatrist in Leeds for a 15 year old with an eating disorder?",
    "Spoke to Jayden's case worker this afternoon and the placement is finally sorted.",
    "Rang Mia's head of year today. Reduced timetable agreed, at last.",
    "T turned up late to session again but stayed the whole hour. Progress.",
    "K said the session was the first time she'd felt heard. Staying with that one.",
]

NOT_STORIES = [
    "Our intake form: client, 3 contacts, GP, school. Short and it works.",
    "Intake forms ask for name, age, GP and school. We keep them on paper, locked.",
    "What do you look for in a speech therapist for a 6yo who stammers? Writing a guide.",
    "Some 15 year olds with anxiety do better in groups; some need one-to-one first.",
    "Talk to your teen's school counsellor early: they often know more than you think.",
    "Plan B: if the session room is booked, we meet in the garden.",
    "Vitamin D said to help mood in winter? The evidence for therapy effects is thin.",
    "When a client walks in and says 'I'm fine', notice the shoulders, not the words.",
]


@pytest.mark.parametrize("text", STORIES)
def test_one_client_by_age_roster_arrival_or_contact(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_STORIES)
def test_the_same_words_in_general_are_no_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "My youngest one today told me she wants to be a vet and a pirate. Both, apparently.",
        "Yesterday she came in and said she'd been picked for the netball team. Proud mum.",
    ],
)
def test_own_children_on_the_personal_account_are_no_story(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


def test_an_initial_as_subject_needs_a_lone_capital_before_a_space() -> None:
    """The cheap gate before the sentence walk: a draft with no lone capital is skipped."""
    fires = "T turned up late to session again but stayed the whole hour. Progress."
    assert _INITIAL_START.search(fires) is not None
    assert spans(fires, fires.lower(), True)
    plain = "Had a client today who finally said it out loud. Dec 24 #therapy"
    assert _INITIAL_START.search(plain) is None
    assert spans(plain, plain.lower(), True) == []
