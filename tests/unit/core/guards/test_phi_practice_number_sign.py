"""A practice's own address written with "No." is published on purpose, not a client's."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

OURS = [
    "Moving day! From 3 March the clinic is at No. 7 Palm Close, Ikeja. Same phone line.",
    "Update: our counselling rooms move to No. 22 Mango Street, Osu, from next month.",
    "The practice now sits at Nr. 5 Hill Road, Kampala. Parking at the back.",
]

SOMEONE_ELSES = [
    "Home visit to a grandmother at No. 9 Kofi Annan Street who keeps goats in the yard.",
    "She lives at No. 22 Ring Road, near the market, with her three children.",
    "Client's family moved to No. 4 Church Lane last week and the school is far now.",
]


@pytest.mark.parametrize("text", OURS)
def test_the_practices_own_numbered_address_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", SOMEONE_ELSES)
def test_a_clients_numbered_address_still_fires(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text
