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


#: A line given to the reader in a post about no one, in number formats of several countries.
PUBLIC_LINES = [
    "Suicide prevention in Korea: Lifeline Korea 1588-9191. Please reach out, any hour.",
    "Tokyo readers: Inochi no Denwa 0570-783-556. Save it in your phone.",
]

#: The same shape with a person in it, or the author's own number, still fires.
PRIVATE_LINES = [
    "Her new number is 0412 583 906, please update your notes.",
    "If you need me after hours, my mobile is 0412 583 906.",
]


@pytest.mark.parametrize("text", PUBLIC_LINES)
def test_a_line_given_to_readers_is_not_an_identifier(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", PRIVATE_LINES)
def test_a_persons_or_the_authors_number_still_fires(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text
