"""The phi guard by a sentence's shape: a described person's town, a name with its age,
a record number with a local prefix, a name opening a sentence and acting in it."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Identifiers found by the sentence around them, with no word list naming them.
IDENTIFIERS = [
    ("A quiet old fisherman from Port Lincoln showed me his hands and wept.", "Port Lincoln"),
    ("Shearer from out Quorn way, 70s, told me he'd never cried before.", "Quorn"),
    ("Consult q: Winifred, mid 80s, sleeps all day and roams all night. Ideas?", "Winifred"),
    ("Bloods for MR 5530917 went missing again. Third time this month.", "MR 5530917"),
    ("Her son says she still walks down to Gawler Pde for the paper each day.", "Gawler Pde"),
    ("Mavis hasn't spoken in weeks but today said 'the kettle's on' to nobody.", "Mavis"),
]

#: The same shapes with nothing of a client in them.
NOT_IDENTIFIERS = [
    "A keynote speaker from Port Lincoln told us about his rural clinic. Great talk.",
    "A study from Melbourne found he or she who sleeps less worries more.",
    "Australians aged 95+ are the fastest growing age group. Plan for it.",
    "Our new rooms are on Gawler Pde, upstairs from the bakery. Same phone number.",
    "Our ABN 51824753556 is on every invoice now.",
    "Parking was a nightmare today and the attendant said 'no exceptions'.",
    "Ruqyah isn't my field, but she asked me to sit in. Good day.",
    "H.M. (Henry Molaison) changed what we know about memory.",
    "Walked home across the Meadows in the rain, hood up, soaked through.",
    "Together 24/7 since lockdown and still speaking. Couples work is a marvel.",
]


@pytest.mark.parametrize(("text", "span"), IDENTIFIERS)
def test_identifiers_found_by_their_sentence_fire(findings, text: str, span: str) -> None:
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert span in [text[f.start : f.end] for f in found], text


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_same_shapes_without_a_client_stay_quiet(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False) == [], text


def test_a_name_opening_a_sentence_is_read_only_on_the_professional_account(findings) -> None:
    text = "Maureen told me she'd won the raffle and said 'drinks on me'."
    assert findings(text, rule=Rule.PHI, backstop=False)
    assert findings(text, account=Role.PERSONAL, rule=Rule.PHI, backstop=False) == []
