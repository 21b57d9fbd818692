"""The clinical guard on words that look like a client and are not one.

A word for a client as part of a thing ("patient handout"), a quantity ("the
first couple weeks"), a simile ("like a student"), the author described
("being a new grad"), a saying a peer once said, a hypothetical "when a client
brings ...": none of these narrate one client. Each has a true case beside it.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

LOOKALIKES = [
    "Anyone have a decent patient leaflet on panic attacks in plain Arabic? Mine read like a"
    " textbook.",
    "Grief in children often peaks in the first couple weeks after the funeral, then again"
    " at school events. Plan for both.",
    "Finished my notes at midnight, then ate cereal over the sink like a teenager. Glamour.",
    "Twenty years in, being a clinician who still gets nervous before a new intake feels"
    " right to me.",
    "Someone in my peer group once said 'the hour belongs to them, not to your plan.' Still true.",
    "Nobody in training prepared me for what to do when a client brings their pastor to the"
    " first session. Learned it on the job.",
    "Waitlists mean families can't even get an outpatient appointment before the crisis hits.",
]

TRUE_CASES = [
    "A client once told me 'you're the first person who didn't flinch.' Thinking of her today.",
    "Gave a patient the sleep leaflet today and she laughed: 'I've read it, doc, it's the"
    " neighbours.'",
    "When my client brought her pastor to session today, I had no idea what to say.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_words_that_only_look_like_a_client_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", TRUE_CASES)
def test_true_cases_beside_them_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
