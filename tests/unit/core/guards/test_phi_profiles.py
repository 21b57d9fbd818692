"""The phi guard on a person's profile: honorifics of other languages, bracketed details."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: A surname after an honorific from another language, a place in a bracketed profile, a
#: first name said to be one of the people the author serves.
IDENTIFIERS = [
    ("Mme Girard, still sharp at 88, told me about the war today. Humbling.", "Girard"),
    ("Herr Vogel finally let his daughter drive him to group this morning.", "Vogel"),
    ("My Thursday family (together 19 yrs, Tottenham, two kids) laughed in session.", "Tottenham"),
    ("Big day for Ravi (15, Kallang) who spoke up in class for the first time.", "Kallang"),
    ("Send good thoughts to Marisol. Marisol's one of my juniors and her home burned.", "Marisol"),
]

#: What looks like those and is not one.
NOT_IDENTIFIERS = [
    "Madame Bovary is still the best novel about boredom ever written.",
    "Reading Smith (2019, Oxford) on attachment again. Still the clearest account.",
    '"Mr. T, can I just sit here?" - a freshman, third period. Yes you can, kid.',
    "Tessa is one of my closest friends and she just ran her first marathon!",
    "Our top 10 books for new clinicians (2024, Penguin list) are up on the blog.",
]


@pytest.mark.parametrize(("text", "span"), IDENTIFIERS)
def test_profiles_fire_on_the_identifier(findings, text: str, span: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert any(text[f.start : f.end] == span for f in found), (text, found)


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_lookalikes_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text
