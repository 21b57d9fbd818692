"""Whereabouts remarks whose subject is someone else, or the reader given leave."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

SOMEONE_ELSES = [
    # a named figure's doing, even with the author later in the sentence
    "Naomi Osaka stepping back in Paris still comes up every time I work with tennis parents.",
    "Kevin Love opening up back in Cleveland is the story I use whenever I talk to coaches.",
    "Michael Phelps getting help back in Baltimore is what I mention when I speak to swimmers.",
    # another person as the object of a doing
    "Army life taught you to grit your teeth. That kept you going in Catterick. Marriage differs.",
    "Boarding school taught them to cope. It kept them going in Edinburgh winters, not now.",
    # someone's own people, or a thing, doing it
    "Grandchildren carry the fear their grandparents learned on the way to market.",
    "Rest is like charging a phone before it dies on the M25 at rush hour.",
    "Self-care is like topping up the oil before it seizes up on the A1 at 5pm.",
    # leave or advice given to the reader
    "Family gatherings are a lot. It's okay to step out for a walk with the dog.",
    "Feel free to go sit in the car for ten minutes when the party gets loud.",
    "It's fine to leave early, sit with the kids, or go out for a walk round the block.",
    "You can leave the wedding early, sit with the kids, or take a walk outside.",
]

STILL_OWN = [
    "Tried to sleep in, but the kids kept me going at the park all morning.",
    "Heading to Paris tomorrow with Serena for the conference.",
    "Mum and Dad visiting, so I'm back in Cork till Monday.",
    "The kids kept me going at the beach in Bray all afternoon.",
    "It's okay, I'm just stuck in traffic on the M8, running late for the 10am.",
    "My sister driving me to the airport at 5am tomorrow, bless her.",
    "Flying to Lagos tonight, so replies will be slow till Monday.",
]


@pytest.mark.parametrize("text", SOMEONE_ELSES)
def test_someone_elses_or_the_readers_whereabouts_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", STILL_OWN)
def test_the_authors_own_whereabouts_still_warn(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
