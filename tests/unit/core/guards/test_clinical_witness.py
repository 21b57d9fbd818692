"""The clinical guard on people named by a description, with the author as witness.

A story's person is often a role or a description ("night-shift porter",
"the man I met this morning") rather than a client word; and advice to a
group, a maxim or a comparison names people who are no one in particular.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A described person at a sentence start, doing something to the author, in a moment.
DESCRIBED = [
    "Retired ferry captain asked me this morning whether grief has a shelf life. Still thinking.",
    'Former dockworker, 88, told me, "my hands remember the ropes better than my wife\'s name."',
    "98-year-old ex-typist fixed my spelling on the care plan today. Respect.",
    "Night-shift porter thanked me yesterday for remembering the name of his dog.",
]

#: One person the author met at a time, or has seen for a while.
MET_OR_SEEN = [
    "The grandmother I met yesterday said she hasn't cried since the funeral. Then she did.",
    "A reservist I've seen for six months finally slept through the night. Quiet joy.",
]

#: A quotation, then who said it by first name and age.
QUOTED_BY_NAME = [
    "'Why do grown-ups say fine when they're not?' Priya, 8, this afternoon.",
    "\u201cCan I keep the stress ball?\u201d \u2014 Tomas, 12. Yes, Tomas.",
]

#: Advice to a group, a maxim, a comparison, a quotation of a public number.
NO_ONE_IN_PARTICULAR = [
    "Discharge planners: don't let anyone tell a widow she has to move out the same week.",
    "social workers: what's your first move with a teen who was dragged in by a parent?",
    "There is no such thing as a resistant patient, only a plan that doesn't fit yet.",
    "Danced in the kitchen like a 5 year old when the grant came through.",
    "Every school taught me something. Years of practice taught me more.",
    "'Housing first works.' Figures, 2023, from the state report.",
]


#: A "he" or "she" that nobody was named before: someone only the author knows.
UNANCHORED = [
    "she lined up the dominoes, then knocked them all down and laughed for the first time.",
    'Halfway through his phone buzzed and he just let it ring. "Let them wait." Growth.',
    "For my supervision group: he walks in late every week, says nothing, stays to the end.",
]

#: The same pronoun when someone was named first, or in a question about anyone.
ANCHORED = [
    "My neighbour retired this spring. I miss her at the fence already.",
    "Took my aunt to her first pottery class. She made a lopsided bowl and I love it.",
    "'Why doesn't she just leave?' Ask instead: what would leaving have cost her?",
]


@pytest.mark.parametrize("text", UNANCHORED)
def test_a_pronoun_with_no_one_named_before_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", ANCHORED)
def test_a_pronoun_with_someone_named_before_is_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_described_person_who_acts_on_the_author_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", MET_OR_SEEN)
def test_someone_met_or_seen_for_a_while_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", QUOTED_BY_NAME)
def test_a_quotation_tagged_with_a_name_and_an_age_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NO_ONE_IN_PARTICULAR)
def test_advice_maxims_and_comparisons_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_the_personal_account_needs_a_setting_for_a_described_person(findings) -> None:
    text = "Retired ferry captain asked me this morning for directions to the pier."
    assert not findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)


#: A relative of one client, in a request or a story.
RELATIVES = [
    "Anyone near Leeds? A client's husband asked me about a carers' group, evenings only.",
    "My patient's son rang the ward three times this morning. I get it.",
]

#: Relatives of clients in general.
RELATIVES_IN_GENERAL = [
    "A client's partner may feel shut out of therapy; a joint session can help.",
    "If a patient's daughter asks for the notes, check consent before anything else.",
]


@pytest.mark.parametrize("text", RELATIVES)
def test_a_relative_of_one_client_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", RELATIVES_IN_GENERAL)
def test_relatives_of_clients_in_general_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_teenager_seen_on_a_weekday_is_flagged_on_the_personal_account(findings) -> None:
    text = "Still thinking about a teenager I see on Mondays. She went quiet when I asked why."
    assert findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)


def test_a_few_members_of_the_authors_group_who_acted_are_flagged(findings) -> None:
    text = "three lads in the program teamed up to fix the broken kettle. best hour of group yet."
    assert findings(text, rule=Rule.CLINICAL, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks in the new job taught me more than a year of reading.",
        "Two studies in the journal showed the effect fades by twelve months.",
    ],
)
def test_counted_time_or_studies_are_not_a_group(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_family_named_by_where_they_live_is_flagged(findings) -> None:
    text = (
        "Family by the old mill moved her bed to the porch. Best plan I've seen, and I didn't"
        " make it."
    )
    assert findings(text, rule=Rule.CLINICAL, backstop=False)
