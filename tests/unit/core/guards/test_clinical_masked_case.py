"""The clinical guard on posts that say they masked a case, and on advice to peers.

A writer who says the details were changed, that a story is a composite, or
that the person agreed to it being shared, says the post is about someone
they treat, whatever words the story itself uses. A clinical term ("masked
depression"), a test score ("composite"), or a rule about sharing is no
disclosure.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A disclosure, then a story told in words no other check needs to know.
DISCLOSED = [
    "Names swapped, obviously: grows tomatoes on a fourth-floor balcony and talks to them "
    "more than to anyone. Progress is a tomato.",
    "Heavily masked, but true: an accountant who counts the stairs to every room she enters.",
]

#: Clinical terms, scores, school names and rules about sharing: no disclosure.
NOT_DISCLOSED = [
    "Masked depression in older men often looks like irritability and back pain.",
    "Composite scores hide a lot. Look at the subtests before you write the summary.",
    "Our rule: no client stories online, ever, not even with permission.",
    "How much do you change when you write a composite case for teaching? Asking for my students.",
    "Heading to the Kingsway Composite careers fair on Friday with our brochures.",
]


@pytest.mark.parametrize("text", DISCLOSED)
def test_a_post_that_says_it_masked_a_case_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_DISCLOSED)
def test_terms_scores_and_sharing_rules_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_disclosure_on_the_personal_account_is_flagged(findings) -> None:
    text = "details changed but a kid i work with finally laughed at my terrible jokes today"
    assert findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)


def test_a_clause_after_but_is_no_instruction_to_peers(findings) -> None:
    text = "Long weeks, but a teen I see told me today she applied for the apprenticeship."
    assert findings(text, rule=Rule.CLINICAL, backstop=False)


#: The author's role toward one person, said outright, on the personal account.
ROLE_TOWARD = [
    "being his key worker means the 3am calls are mine, and last night he finally didn't need one",
    "i'm her nurse, not her mum, i keep saying, and she keeps calling me mum anyway",
]

#: Someone else's therapist, the author's job in general, a role that is no care.
NO_ROLE_TOWARD = [
    "Her therapist told her to journal, and now my sister journals at the dinner table.",
    "As a therapist, I find Mondays hard. As a human, harder.",
    "I'm her biggest fan and her worst critic, said every big sister ever.",
    "As his doctor explained on the news last night, the President's scan was clear.",
]


@pytest.mark.parametrize("text", ROLE_TOWARD)
def test_the_authors_role_toward_one_person_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False), text


@pytest.mark.parametrize("text", NO_ROLE_TOWARD)
def test_roles_that_are_not_the_authors_care_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False), text
