"""A client by their weekly slot on the personal account: "the tuesday guy", "person I've
been meeting every week".

Off the professional account a post must show it is about the work; a person named by
the weekday they come in on, or met on a weekly rhythm, is the work itself. Someone at a
market stall on a weekday, or a friend met weekly, is not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "long day. the wednesday lady asked if i ever get tired of listening. i said no. i lied.",
        "my thursday guy laughed for the first time in months today. i'll take it.",
        "the monday couple finally stopped talking over each other this week.",
        "man i've been meeting every week since march told me today he's back at work.",
        "kid we've been working with each fortnight since summer said 'see ya' today. huge.",
    ],
)
def test_a_weekly_slot_is_a_client_off_the_work_account(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "the friday guy at the market gave me extra sourdough today.",
        "my best friend and i have been meeting every week since uni. coffee and gossip.",
        "the tuesday trivia team crushed it again, we came second by one point.",
        "monday mood: coffee, rain, and a cat who wants breakfast twice.",
    ],
)
def test_weekdays_and_weekly_friends_are_not_clients(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
