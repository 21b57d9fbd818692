"""The phi guard on identifier shapes: a birthday by its day, a home by its neighbours, refs."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found]


#: (text, identifier): a client's identifier in a shape rather than a field.
IDENTIFIERS = [
    # a birthday given by its day
    (
        "A lad I see turns 19 next Thursday, his first birthday out of care.",
        "turns 19 next Thursday",
    ),
    ("Her birthday is on 9 April and she wants us to skip the session.", "birthday is on 9 April"),
    # a home placed by what is near it
    ("Small world: a woman I see lives three doors down from my aunt in Finglas.", "Finglas"),
    ("Turns out my new referral lives just behind the school in Toxteth.", "Toxteth"),
    # a reference number given with "ref"
    ("Does anyone know why case ref RW-20931 keeps bouncing back from housing?", "RW-20931"),
    # the reader's own number read back to them
    ("Leon, if you see this, your number on the form is 0871 234 5678, is that right?", None),
]

NOT_IDENTIFIERS = [
    # the author's own kin, pet or practice
    "My grandson turns 7 on Saturday and he wants a dinosaur cake.",
    "Our clinic turns ten next Monday, thank you all for coming with us.",
    "My supervisor's birthday is on Friday, so he gets the good biscuits.",
    # the author's own home, or their family's, placed by its neighbours
    "I lived two streets over from the harbour in Cobh for years.",
    "My mum lives round the corner from the church in Tallaght and loves it.",
    "Our new supervisor lives two doors up from the gym in Rathmines, lucky her.",
    # a decade after a city, in a post about research
    "Rosenhan's study in Stanford, late 60s, still gets argued over.",
    # a practice's line for the reader
    "New number for the practice: 0161 496 0018. Save it in your phone.",
]


@pytest.mark.parametrize(("text", "identifier"), IDENTIFIERS)
def test_an_identifier_in_a_shape_is_found(findings, text: str, identifier: str | None) -> None:
    spans = _spans(findings, text)
    assert spans, f"nothing found in {text!r}"
    if identifier is not None:
        assert identifier in spans


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_own_people_research_and_practice_lines_pass(findings, text: str) -> None:
    assert _spans(findings, text) == []
    assert _spans(findings, text, Role.PERSONAL) == []


#: A number with a unit or a dosing schedule after it is a quantity, not an age over 89.
QUANTITIES = [
    "Rang the ward about him: the nearest crisis bed is 90 min from his flat.",
    "She had stopped her sertraline on her own; back on 100 od now and sleeping again.",
    "Client restarted his olanzapine last week, 10 nocte, and he is 95 hrs without a drink.",
]


@pytest.mark.parametrize("text", QUANTITIES)
def test_a_quantity_in_a_client_story_is_no_age(findings, text: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert [f for f in found if "age" in f.message] == []
