"""The clinical guard on one member of a group the author runs.

"Last group Dale read his letter out loud" and "Nana in the Wednesday group
knits through every session" tell of one person in the author's care; a book,
running or working group is the author's own life or work, and a group that
is only announced or described in general holds no one.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: A member placed in the group, or named right after it, or "one of them" later.
MEMBERS = [
    "Last group Marguerite brought photos of her first grandchild and the whole room went soft.",
    "Koro in our men's group is 88 and still drives himself in every week.",
    "Monday group Dale read his letter to his younger self out loud. Not a dry eye.",
    "Nana in the Wednesday group knits through every session and misses nothing.",
    "Stayed late after group with the year 9 boys. One of them finally said what his dad does.",
    "Quiet drive home after group tonight. One of the dads cried for the first time.",
]

#: The author's own groups, a general statement, an announcement.
NOT_MEMBERS = [
    "Last book group Priya brought the best lemon cake. We barely discussed the book.",
    "Our running group: Tom finally broke 50 minutes for the 10k!",
    "Group therapy works best when one of the facilitators models repair. Worth training for.",
    "Our working group on waitlists met today. Angela presented the new triage form.",
    "Coffee after group supervision. One of them brought brownies, bless.",
    "New group starting in January for parents of anxious kids. One of them could be yours: "
    "ring reception to book.",
]


@pytest.mark.parametrize("text", MEMBERS)
def test_one_member_of_the_authors_group_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_MEMBERS)
def test_own_groups_and_general_statements_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
