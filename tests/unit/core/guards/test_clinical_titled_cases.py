"""The clinical guard on a client named by title or described by a slot in the week.

"Miss Dorothy" is how many clinicians (the US South, the Caribbean, West Africa) name
an older client; "my Thursday memory-clinic patient" describes one client by two words.
A song or film title and a patient portal must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

STORIES = [
    "Miss Dorothy turned 90 on Sunday and says the secret is bourbon and church.",
    "my Thursday dementia patient remembered my name this week for the first time. Day made.",
    "my lovely Tuesday patient brought a photo of her new puppy to show me.",
]

NOT_CASES = [
    "Miss Independent came on the radio in the car and I sang every word, no shame.",
    "my new online patient portal crashed again today, so the phones were ringing all morning.",
    "Miss Congeniality was on telly last night and I watched the whole thing again.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_titled_or_described_client_is_a_case(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_CASES)
def test_songs_portals_and_things_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
