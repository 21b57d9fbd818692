"""A client's family out of reach for a piece of their care.

"Can't reach Kiri's dad for the safety plan review" tells of one client's care
through a relative the author is chasing. The author's own people ("my sister's
landlord", "my dad's GP") and advice ("if you can't reach a client's parent…") are
not a case.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Can't reach Mereana's mum for the care plan review, third voicemail this week.",
        "Couldn't get hold of my patient's husband about the discharge today. Again.",
        "Trying to reach Leo's foster carer about his follow-up since Monday. Nothing.",
    ],
)
def test_a_clients_relative_out_of_reach_is_a_story(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Can't reach my sister's landlord about the leak, third day running.",
        "I can't reach my dad's GP for his medication review, so annoying.",
        "Tips: if you can't reach a client's parent for a review, document every attempt.",
    ],
)
def test_own_family_and_advice_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
