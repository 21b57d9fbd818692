"""The clinical guard on a session "where" someone acted, and on a case listed to peers.

A kind of session, then "where" and what a person did in it, is a session the author
ran, even when the people are named by family words. A person and two traits set off
by commas, in a post that asks peers, is a case. Sessions in general terms, lists of
kinds of people, and the author's own therapy on the personal account must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    "joint session where nan finally told the grandkids about the war. Not a dry eye.",
    "home visit where grandma sang lullabies to the twins in Gujarati. I was a puddle.",
    "Question for other OTs: young mum, new stoma, won't leave the house. Ideas?",
]

NOT_CASES = [
    "A session where nobody cries can still be a very good session.",
    "Open group this Friday: mum, dad, carers, grandparents, all welcome. Any questions?",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_session_told_or_a_case_listed_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_CASES)
def test_general_sessions_and_lists_of_people_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_the_authors_own_family_session_on_the_personal_account_passes(findings) -> None:
    text = "family therapy session where my mum finally said sorry. thirty years I waited."
    assert not findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
