"""The whereabouts guard on look-alikes whose grammar puts nobody anywhere.

"in case" is no place, a bare number after "stop at" is a value, paperwork
"sent back to HR" is not the author travelling, a scene in a programme seen
on TV is a character's, and a small hour in advice to "you" is the reader's
night. The author's own trips and nights, in the same grammar, still fire.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: Each would fire on its travel or night words alone.
NO_PLACE = [
    "Pinning the helpline numbers here in case anyone is struggling this weekend.",
    "Most studies stop at 65, so the evidence for the oldest old is thin.",
    "Staff often ask whether their counselling notes get sent back to HR. No: HR sees "
    "totals, never names.",
    "The chef sleeping in the walk-in for days in The Bear is the best burnout portrait "
    "I've seen on TV.",
    "new residents: know the hold criteria cold before it's 4am and you're deciding alone.",
]

#: The author's own place, trip or night: still flagged.
OWN = [
    "Leaving the office here in Cardiff early today, back Monday.",
    "I got sent back to Glasgow for the second half of the training.",
    "Up at 3am again, can't switch my brain off.",
    "Binge-watching a TV series in the hotel in Lisbon tonight, conference tomorrow.",
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_phrases_that_place_nobody_are_quiet(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", OWN)
def test_the_authors_own_whereabouts_still_fire(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
