"""A question to peers about a kind of client, answered with one's own: "Mine did it today".

"Anyone else have a client who…? Mine did it again this morning" tells of the author's own
client in the answer. The same question with no answer, about a colleague or a pet, or
answered in general terms is talk among peers.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Anybody else have a patient who thanks you after every silence? Mine did it 4x today.",
        "Anyone else got a teen who only talks in memes? Mine sent me three this week.",
        "Anyone else have a client who brings a list to every session? Mine finally forgot it.",
    ],
)
def test_a_question_to_peers_answered_by_ones_own_client(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Anyone else have a client who apologizes every time they cry? It's so common.",
        "Anyone else have a supervisor who never reads the notes? Mine did it again.",
        "Anyone else have a cat who sits on the keyboard during telehealth? Mine did it again.",
        "Anyone else have clients who apologize for crying? Mine is the worst at it myself.",
    ],
)
def test_questions_about_kinds_colleagues_and_pets_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
