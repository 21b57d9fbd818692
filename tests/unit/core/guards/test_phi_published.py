"""The phi guard on identifiers public by their shape: published cases' initials, laws' numbers."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # a published case: the name before the initials, or a sentence that teaches
        "Clive Wearing (C.W.) lost his memory to encephalitis and kept his music.",
        "Pair K.F. with the amnesia cases and the students finally get double dissociation.",
        # a law's or a bill's number in a ZIP code's shape
        "SB 14250 would fund school counsellors in every district, write to your MP.",
        "RA 10754 gives discounts to persons with disability. Know your rights po.",
    ],
)
def test_public_lookalikes_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # initials of someone the author saw, a real ZIP code with a person
        "Saw J.T. again on the unit, he asked about his dog before anything else.",
        "She moved back in with her mum in IL 60629 and stopped coming to group.",
    ],
)
def test_a_person_and_a_real_zip_still_warn(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text
