"""The phi guard on where one of the author's clients is cared for or visited."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found if f.severity is not Severity.INFO]


#: (text, place): a care meeting about a client, a home visit, a hospital tied to a client.
CARE_PLACES = [
    ("Off to St Jude's for a discharge meeting about a lad I see. Wish me luck.", "St Jude's"),
    ("At Royal Oldham for a ward review on my client, the coffee is tragic.", "Royal Oldham"),
    ("Heading to RVH for a core group on one of my families, third this month.", "RVH"),
    ("Home visit on Cedar Grove this afternoon, the dog remembered me.", "Cedar Grove"),
    ("Home visits out in Portadown all morning for two of my older clients.", "Portadown"),
    ("My client's mum rang from outside Leeds General Infirmary last night.",
     "Leeds General Infirmary"),
    ("Sat with one of my young people's nan in the foyer of Antrim Area Hospital for an hour.",
     "Antrim Area Hospital"),
]  # fmt: skip

NOT_CARE_PLACES = [
    "Speaking at Ninewells Hospital on Friday about trauma-informed care.",
    "Home visits in January are hard work with the ice.",
    "At Harvard for a conference on the adolescent brain.",
    "Our team is at St Jude's for a review of the service on Monday.",
    "I trained at Leeds General Infirmary and my patients taught me everything.",
    "Home visit in the rain again, umbrella casualty number three.",
    "Home visits: how to keep yourself safe, a thread for new social workers.",
    "Case conferences at the hospital are where families feel smallest. Prepare them.",
]


@pytest.mark.parametrize(("text", "place"), CARE_PLACES)
def test_where_a_client_is_cared_for_or_visited_is_found(findings, text: str, place: str) -> None:
    assert place in _spans(findings, text), text


@pytest.mark.parametrize("text", NOT_CARE_PLACES)
def test_talks_training_and_general_advice_name_no_clients_place(findings, text: str) -> None:
    assert _spans(findings, text) == [], text
