"""The clinical guard on a child's parent reaching the author, and eight-digit numbers.

A parent of a third person who reached the author's personal number or account
is the family of someone in the author's care; a relative's new number written
as two groups of four digits ("9234 5512", as Hong Kong and Singapore write it)
beside the file is a handoff note, like a ten-digit one. The author's own family,
a sibling about a hobby, and two years side by side are none of these.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    "Amy's dad (the one from the Tuesday slot) texted my personal phone again at 11pm. how??",
    "her mum found my private instagram and followed me. boundaries, people",
    "reminder to self: Leo's mum has a new number 9234 5512, update the file tomorrow",
    "Mrs Chan's daughter: new mobile 5120 7789, please note in the chart before discharge",
]

NOT_STORIES = [
    "my mum texted my personal number instead of the house phone lol",
    "Sarah's brother called my personal number about the band rehearsal",
    "Leo's mum ran the 1998 2024 reunion file, what a legend",
    "Clinic reception: 2345 6789, open 9 to 5 on weekdays.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_parent_reaching_the_author_or_their_number_is_flagged(findings, text: str) -> None:
    for account in (Role.PROFESSIONAL, Role.PERSONAL):
        assert findings(text, account, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_STORIES)
def test_own_family_siblings_years_and_the_desk_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
