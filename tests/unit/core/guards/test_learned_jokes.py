"""The clinical model's margin on jokes of the trade.

A joke's frame tells of nobody; a client story, even one with a light bulb in
it, has none of the frames.
"""

from __future__ import annotations

import pytest

from dualdesk.core.guards.learned_jokes import joke

JOKES = [
    "How many CBT therapists does it take to change a light bulb? Depends on the homework.",
    "A psychiatrist and a psychoanalyst walk... no wait. A psychiatrist walks into a bar.",
    "Knock knock. Who's there? Transference. Transference who? Exactly 😂",
    "Dad joke from the team meeting: why did the therapist cross the road? To explore it.",
]

NOT_JOKES = [
    "A client told me the light bulb moment came when her daughter laughed again.",
    "She walked into the room and sat on the floor, and we started there.",
    "Jokes aside, the waitlist is eleven months and that is a crisis.",
]


@pytest.mark.parametrize("text", JOKES)
def test_a_joke_frame_is_found(text: str) -> None:
    assert joke(text), text


@pytest.mark.parametrize("text", NOT_JOKES)
def test_stories_and_asides_are_no_joke(text: str) -> None:
    assert not joke(text), text
