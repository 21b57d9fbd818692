"""The phi guard on a title said to the author, and on a screen series' characters."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: A form of address for the author, or a character in a numbered episode: no identifier.
NOT_IDENTIFIERS = [
    'My old boss once said: "You will never be finished, Herr Kollege. You will be done."',
    '"Frau Doktor, you seem tired today." I smiled and said nothing.',
    "Binge-watched the new ward drama. Callum's breakdown in episode 4 is painfully true.",
    "Finally watched Heartstopper. Gentle, kind telly.",
]

#: A client's name after a title, outside a quotation to "you", still fires.
IDENTIFIERS = [
    "Frau Meier told me today that she finally slept. Small wins.",
    'I said to her: "Mrs Dunleavy, you are safe here." She cried.',
]


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_address_forms_and_characters_are_not_identifiers(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", IDENTIFIERS)
def test_a_clients_titled_name_still_fires(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text
