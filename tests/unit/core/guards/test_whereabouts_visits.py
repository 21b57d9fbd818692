"""Whereabouts on the road between clients: a visit, a drive or a lot with a named place."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

ROUNDS = [
    "Home visit up Laurel Fork this morning, grandma made biscuits for the whole team.",
    "School visits out in Ballymena all day, back at my desk Thursday.",
    "House calls over in Gravesend this afternoon, so replies will be slow.",
    "Long drive back along the Ohio River after a day of family sessions.",
    "Rode home through Glencoe after the outreach clinic. Stunning and freezing.",
    "Video sessions from the Kroger parking lot in Prestonsburg, only spot with signal.",
    "Writing notes in the Tesco car park before my 2pm, as one does.",
]

NOWHERE = [
    "Home visit today. The fridge was empty but the baby was warm and fed.",
    "The drive home after a heavy session is where I do my best crying.",
    "Home visits up, waiting lists down: our outreach team's year in numbers.",
    "A client told me she sat in the Target parking lot for an hour before coming in.",
    "He drove over the Tyne Bridge to get to session, first time in years.",
]


@pytest.mark.parametrize("text", ROUNDS)
def test_a_named_place_on_the_rounds_warns(findings, text: str) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", NOWHERE)
def test_no_place_or_someone_elses_passes(findings, text: str) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text
