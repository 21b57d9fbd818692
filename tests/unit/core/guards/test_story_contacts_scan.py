"""The contact scan without an "@": phone numbers found exactly as by the full pattern."""

from __future__ import annotations

import pytest

from dualdesk.core.guards.story_contacts import _PHONE_ONLY, CONTACT


@pytest.mark.parametrize(
    "text",
    [
        "called her brother on 0412 555 019 twice, no answer",
        "his mum's number (03) 9555 0142 is on the form",
        "ring +44 7700 900123 after 5",
        "Dec 24 through Jan 2, 2027; back on the 3rd",
        "room 12, 9am-5pm, 20 mins",
        "ext. 555-0199 or 555.0100.22",
    ],
)
def test_a_draft_without_an_at_sign_finds_the_same_numbers(text: str) -> None:
    full = [m.span() for m in CONTACT.finditer(text)]
    assert [m.span() for m in _PHONE_ONLY.finditer(text)] == full


def test_an_address_still_needs_the_full_pattern() -> None:
    text = "her sister is at jo.smith@example.org or 0412 555 019"
    assert len(list(CONTACT.finditer(text))) == 2
