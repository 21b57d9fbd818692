"""Names that identify no client: a pseudonym the post gives, and a pet's name.

"Let's call her Miss Dot." says outright the name is made up; "her pet rat ... he's
called Gerald" names an animal. A client's own name, or a relative's ("her son ...
he's called Jaxon"), is still an identifier.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Let's call her Miss Dot. Seventies, widowed this year, still asks about my week.",
        "I'll call him Mr. Bones. Retired welder, hates therapy, never misses a session.",
        "Someone I see brought her pet rat to session today. He's called Nugget. Adorable.",
        "A teen I see brought her puppy to session today, a tiny thing named Biscuit. Bliss.",
    ],
)
def test_pseudonyms_and_pets_are_no_identifier(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "A client brought her son to session today. He's called Jaxon and he drew me a dinosaur.",
        "Mrs. Okafor finally called her son today after a year. So proud of her.",
        "My patient (let's call him Tom) finally called his estranged brother.",
    ],
)
def test_real_names_stay_identifiers(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text
