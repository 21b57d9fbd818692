"""The whereabouts guard: the professional account keeps the clinician's movements private."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity

WHEREABOUTS = [
    ("Flying to Denver tomorrow for the conference!", "Flying to Denver"),
    ("Office will be closed Dec 24 through Jan 2.", "Office will be closed"),
    ("can't sleep. 3am again.", "can't sleep"),
    ("Greetings from Lisbon!", "Greetings from"),
    ("At the airport waiting on a delayed flight.", "At the airport"),
    ("Date night with my husband tonight.", "Date night"),
    ("Why am I still awake. Big day tomorrow.", "still awake"),
    ("No sessions Thursday or Friday this week.", "No sessions"),
]

GENERAL = [
    "Insomnia is common in depression, and CBT-I helps.",
    "Clients who can't sleep often try harder to sleep, which makes it worse.",
    "Our office is closed on weekends.",
    "I'm in awe of the people I get to learn from.",
    "I'm at capacity right now, but the directory lists others.",
    "Travel can be a trigger for anxiety. Plan rest days.",
]


@pytest.mark.parametrize(("text", "phrase"), WHEREABOUTS)
def test_own_movements_on_the_professional_account_warn(findings, text, phrase) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS)
    assert found, text
    assert phrase.lower() in text[found[0].start : found[0].end].lower()
    assert found[0].severity is Severity.WARN
    assert "Personal pane" in found[0].advice


@pytest.mark.parametrize("text", GENERAL)
def test_general_advice_about_sleep_and_travel_passes(findings, text: str) -> None:
    # The rules alone: the learned backstop has known false alarms here (test_learned.py).
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


def test_the_personal_account_may_say_where_it_is(findings) -> None:
    assert not findings("Flying to Denver tomorrow!", Role.PERSONAL, Rule.WHEREABOUTS)
