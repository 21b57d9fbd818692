"""The clinical guard on person words that name no one.

A client word weighed against another ("client vs service user") is the word
itself; "our carer songbook" is a thing made for carers; "our student ...
passed her practicum" is the author's learner. A client who passed an exam, or
a story that contrasts words and then tells of one patient, still fires.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: A term, a resource and a trainee: each fires without the reading of `story_terms`.
NO_ONE = [
    "The client vs service user argument is back on my feed again. Whatever word you use, "
    "ask the person which they prefer.",
    "Free resource: our carer songbook (EN + CY), lyrics to 50 hymns most folks now in their "
    "90s grew up singing. Download it from our site.",
    "Our student Priya from Bangor passed her practicum with flying colours this week. Ready "
    "for the world.",
    "Proud of our student Kofi, who passed his rotation with us today. Brilliant with families.",
]

#: One client, in the same words: still flagged.
STILL_CLIENTS = [
    "My client passed her exam today and I cried in the car.",
    "A patient vs a person: she told me today that's how she felt on the ward.",
    "Our client songbook session today: one lady sang every word of her wedding hymn and wept.",
]


@pytest.mark.parametrize("text", NO_ONE)
def test_terms_resources_and_trainees_are_no_client(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STILL_CLIENTS)
def test_one_client_in_the_same_words_is_still_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
