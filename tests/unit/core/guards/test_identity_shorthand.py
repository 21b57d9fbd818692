"""The identity_link guard on a practice's head and on the trade told in shorthand."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards import ReviewContext
from dualdesk.core.guards.identity_marker_heads import marker_heads

from .conftest import NOW, PROFILES


def _context(*markers: str) -> ReviewContext:
    pro = Profile(
        role=Role.PROFESSIONAL,
        handle="practice_account",
        display_name="Jo Ek",
        email="office@example-practice.com",
        markers=markers,
    )
    return ReviewContext.build({**PROFILES, Role.PROFESSIONAL: pro}, (), now=NOW)


def test_the_head_drops_only_a_trailing_kind_of_practice() -> None:
    assert marker_heads(("Lanternfield Psychotherapy",)) == ((), ("Lanternfield",))
    assert marker_heads(("Quiet Harbour Family Therapy Services",)) == (
        ("Quiet Harbour Family",),
        (),
    )
    assert marker_heads(("Cerisier et Violon Thérapie",)) == (("Cerisier et Violon",), ())
    # a short common word, a service acronym, a name with no kind word: no head
    assert marker_heads(("Maple Therapy", "Ridgeway CMHT", "Brightwater Rowing")) == ((), ())


@pytest.mark.parametrize(
    ("marker", "text"),
    [
        ("Lanternfield Psychotherapy", "who left a mug of soup in the Lanternfield fridge"),
        ("Quiet Harbour Family Therapy", "quiet harbour family is two years old today!!"),
        ("Cerisier et Violon Thérapie", "cerisier et violon a fêté ses trois ans, je pleure"),
        ("Kowhai Lane Counselling", "Kowhai Lane secret santa is getting out of hand"),
    ],
)
def test_the_practice_by_its_head_links(findings, marker, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, context=_context(marker)), text


@pytest.mark.parametrize(
    ("marker", "text"),
    [
        ("Maple Therapy", "maple syrup on everything this weekend"),
        ("Kowhai Lane Counselling", "the kowhai lane by the river is in flower"),  # lower case
        ("Lanternfield Psychotherapy", "lanternfield sounds like a fantasy novel, right?"),
        ("Ridgeway CMHT", "walked the Ridgeway with the dog, knees gone"),
    ],
)
def test_words_like_the_practice_head_pass(findings, marker, text) -> None:
    assert not findings(
        text, Role.PERSONAL, Rule.IDENTITY_LINK, context=_context(marker), backstop=False
    ), text


@pytest.mark.parametrize(
    "text",
    [
        "finally logged my last 12 CEU credits before the deadline, celebrating with cake",
        "20 CPD points to go and the year ends in a fortnight",
        "PGY-3 and still cannot fold a fitted sheet",
        "post-call brain ordered three breakfasts",
        "can't stop laughing at what my pt said this morning, can't share it either",
        "ergothérapeute de métier, chanteuse de karaoké de passion",
        "as an art-therapeute I have opinions about this colouring book",
    ],
)
def test_the_trade_in_shorthand_links(findings, text) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "my PT says the knee is fine, back to the park next week",  # a trainer, in capitals
        "the CE mark on this charger looks fake",
        "my sister's residency permit finally came through",
        "got a call from the float pool at the swim club",
        "ma musicothérapeute de grand-mère chantait mieux que moi",
    ],
)
def test_shorthand_lookalikes_pass(findings, text) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
