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


#: A sentence in the present that says what a kind of person is, narrating nothing itself.
DEFINITIONS = [
    "A teenager who refuses school is not lazy. Something in the day has become unbearable.",
    "A client's lateness is also information. Notice it before you interpret it.",
    "Young carers: you translated bank letters and GP visits at nine. That is a lot to ask of"
    " a child. You can be proud and angry at once.",
    "Siblings of kids with chronic illness: you waited in hospital corridors for years. That is"
    " a long time for a child. Your feelings count too.",
]

#: The same shape, but the sentence itself narrates or is ongoing: one person.
PRESENT_STORIES = [
    "The boy who wouldn't speak in September is now chairing the student council. I cried.",
    "The teen I saw on Monday is back on the ward tonight. Heavy heart.",
]


@pytest.mark.parametrize("text", DEFINITIONS)
def test_definitions_of_a_kind_of_person_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", PRESENT_STORIES)
def test_ongoing_stories_in_the_present_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
