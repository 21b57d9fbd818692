"""Person words that name a seller, an event's audience or a favour asked, not a client."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

NOT_STORIES = [
    "Confession: halfway through my last supervision I was wondering if the chai wala was open.",
    "Between clients I heard the ice cream man's van and nearly ran out. Forty years old.",
    "Hosting a parent webinar on exam stress next Thursday, free, link in bio.",
    "Our teen information evening is on again this term at the community hall.",
    "Best metaphor I know for teaching grounding to a 7yo: be a tree, roots in the floor.",
    "Still looking for a good way to explain panic to a teenager who hates worksheets.",
]

STORIES = [
    "The fruit guy at the market was my client for years; he still waves. Anyway, today a "
    "teen I work with asked me if she's broken.",
    "Today I explained panic to a 12yo who had three attacks at school this week. She got it.",
    "A client asked me to do a session with her husband present next week. Thinking about it.",
]


@pytest.mark.parametrize("text", NOT_STORIES)
def test_sellers_events_and_audiences_are_no_client(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STORIES)
def test_a_client_beside_them_still_fires(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Neighbour at the barbecue asked me to just do a quick session on his son. Mate. No.",
        "My aunt wants me to diagnose her husband over Christmas lunch. I'm a psychologist, not "
        "a fortune teller, and this is not a clinic.",
    ],
)
def test_free_therapy_asked_at_a_party_is_no_client(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
