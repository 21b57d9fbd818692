"""An elder addressed as kin in Tagalog ("Tita", "Manong") and known by their place.

"Tita from Brgy. Malanday brought her son for follow-up" opens a story about a
client's mother the way "a mum from Riverside" does in English. The author's own
aunt ("my tita from Cavite") is family.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Tito from Payatas came in for his follow-up and told me he's been sleeping better.",
        "Manang from Tondo brought her grandson for review today and cried in the hallway.",
        "Tita from Brgy. Malanday brought her daughter in and said she finally ate breakfast.",
    ],
)
def test_an_elder_by_their_place_is_a_story(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "My tita from Cavite sent me pastillas and I ate all of them.",
        "Pasalubong from my tito from Davao: durian candy. The whole office smells now.",
    ],
)
def test_the_authors_own_tita_is_family(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
