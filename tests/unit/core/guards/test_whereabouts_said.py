"""Whereabouts with quoted words before the place: someone else's "I", or the author's own."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.whereabouts_said import lead_end, unsaid


@pytest.mark.parametrize(
    "text",
    [
        "Half the lads saying 'I'm grand' at the pub are not grand. Ask twice.",
        'The mums whispering "I can\'t cope" at the school gate deserve more than a leaflet.',
        "Every teen muttering 'I'm fine' at the bus stop is worth a second look.",
    ],
)
def test_others_quoted_before_a_place_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "I said 'no more' at the pub last night and went home.",
        "Me at the airport: 'never again'.",
        "Told the barista 'same again' at the cafe by the clinic, I'm here till two.",
    ],
)
def test_the_author_quoted_at_a_place_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


def test_unsaid_blanks_quotations_but_not_apostrophes() -> None:
    text = "they say 'I'm fine' but I can't tell"
    assert unsaid(text, 0, len(text)) == "they say " + " " * 10 + " but I can't tell"
    assert unsaid("no quotes here", 0, 14) == "no quotes here"


def test_lead_end_steps_back_over_a_quotation() -> None:
    text = "the lads saying 'grand' at the pub"
    at = text.index("at the")
    assert lead_end(text, 0, at) == text.index("'grand'")
    assert lead_end("sitting at the pub", 0, 8) == 8
