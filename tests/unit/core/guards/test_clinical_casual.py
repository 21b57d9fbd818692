"""The clinical guard on a client known by a casual word or by when the author saw them.

"My guy finally…", "one of my crew blokes…" and "the one this morning who…"
single out one person on the author's books. The same words about the
author's partner, a generic group, or on the personal account must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Professional posts that single out one client by a casual tie or a time.
CASUAL = [
    "Small win. My guy finally said the word 'grief' out loud after four months of 'fine'.",
    "Every firey says they're fine, including the one yesterday who then talked for an hour.",
    "Vent: the parole board moved again. My lad was finally ready. Back to square one.",
]

#: The same words with nobody on the books.
NOT_A_CLIENT = [
    "My guy surprised me with dinner after the longest week. My husband is a keeper.",
    "One of my favourite things about this job: the guys who come back just to say hi.",
    "Tip for the lads on shift: sleep debt is real, and a nap is not weakness.",
    "The one this morning was the best coffee I've had all year.",
    "My lad had his first football match today, so proud of him.",
    "My fella cooked tonight and the kitchen survived. Barely.",
]


@pytest.mark.parametrize("text", CASUAL)
def test_a_client_named_casually_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_A_CLIENT)
def test_partners_groups_and_things_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_my_guy_on_the_personal_account_is_a_partner(findings) -> None:
    text = "My guy finally fixed the gutter. Pizza tonight to celebrate."
    assert not findings(text, Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


def test_a_general_case_made_todays_is_flagged_only_about_a_client(findings) -> None:
    client = "The hardest moment is when a client says 'nobody else asks'. Today was one of those."
    toddler = "The printer jammed and the train was late again. Today was one of those days."
    assert findings(client, rule=Rule.CLINICAL, backstop=False), client
    assert not findings(toddler, rule=Rule.CLINICAL, backstop=False), toddler
