"""The whereabouts guard on a movement told as a gerund that is nobody's own trip."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # the gerund weighed, not done
        "Patients often ask if going to the ER for a panic attack is an overreaction. It is not.",
        "Families ask whether going to the ED means a psych hold. Usually not.",
        # others doing it, named just before it
        "New nurses heading into the ICU: eat before your shift.",
    ],
)
def test_nobodys_trip_passes(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # the author's own trip, in the same words
        "Going to the ED now, my dad fell again. Back tomorrow.",
        "Sundays going to the farmers market at Lincoln Park are my reset.",
    ],
)
def test_the_authors_trip_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text
