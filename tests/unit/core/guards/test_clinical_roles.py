"""The clinical guard on who a person is by the sentence's shape: staff, a role, a title."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule
from dualdesk.core.guards import story_roles

#: People who are no client by where they stand in the sentence, in wordings of our own.
NOT_CLIENTS = [
    # a role someone already in the sentence plays
    "Mary Seacole ran a hotel for soldiers and nursed them as a nurse nobody had trained.",
    # a verb after "to", not an admission
    "Took me a decade to admit that my old professor was right about lithium.",
    # a person word that only qualifies a role or a kind of work
    "In my first job we had a senior psychologist who could settle any ward round with a look.",
    "Thanks to the registrars for the best case presentation I've seen this term.",
    # a job title in capitals
    "Best tip I was ever given came from an HCA who told me to sit lower than the bed.",
    # a colleague named beside her role, then "she"
    "Farewell to Ngaire, our charge nurse, after 28 years. She taught me how to speak to a"
    " frightened teenager without talking down.",
    # staff placed on the author's team, a role before a name
    "A nurse on our team resigned today after 11 years. The system burns out its best.",
    "Our practice manager Wiremu retires on Friday. He taught me to answer every call kindly.",
    # a book's title, a quoted label under discussion
    "Reading group pick: The Anxious Child by Siegel. Dense but good.",
    "'He's just a frequent flyer' is not a formulation and never was.",
    # a definition, and advice opened as a reminder
    'Family work does not mean "blaming the mother". Sometimes we look at the father too.',
    "Reminder that a referral written in a hurry by someone who never met the family is a guess.",
]

#: The same shapes around a real client still warn.
CLIENTS = [
    "A lad I saw today finally told me what happened at home. Huge step.",
    "Admitted a teen to the ward last night, she told me she hasn't slept in a week.",
    "Our new referral told me today she has not left the house since March.",
    "A YP who told me she's been skipping meals came back today looking brighter.",
    "Our client Sam said in session today that he's been sober a month.",
]


@pytest.mark.parametrize("text", NOT_CLIENTS)
def test_staff_roles_and_titles_are_no_client(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", CLIENTS)
def test_a_client_beside_these_shapes_still_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


#: (text, person) pairs read by shape alone: whether the person can be a client.
SHAPES = [
    ("Took me a decade to admit it.", "a decade to admit", False),
    ("Reading group pick: The Anxious Child by Siegel.", "The Anxious Child", False),
    ("We had a senior nurse who sang.", "a senior", False),
    ("Sent the report to mom by post.", "the report to mom", True),
    ("Mrs Okoro's daughter rang again.", "Mrs Okoro", True),
    ("A YP who told me about the fire.", "A YP who told me", True),
]


@pytest.mark.parametrize(("text", "person", "client"), SHAPES)
def test_shape_alone_tells_staff_and_titles_from_clients(
    text: str, person: str, client: bool
) -> None:
    start = text.index(person)
    assert story_roles.no_client(text, start, start + len(person)) is not client
