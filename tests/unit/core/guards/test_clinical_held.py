"""The clinical guard on an unnamed person the author held, admitted or assessed.

"sectioned a young mum last night", "assessed someone this morning who…":
one person, the author's act of care, and a time or a clause about them.
Holding someone's hand, a condition and advice are no case.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

EVENTS = [
    "held someone on a 5150 tonight who kept apologising to the security guard",
    "detained somebody under the Act yesterday who just wanted to go home to her cat",
    "sectioned a young mum last night and I can't shake how calm she was about it",
]

NOT_A_CASE = [
    "held someone's hand through the last hour of my grandad's life. grateful I could",
    "if you've ever detained someone who begged you not to, you know the weight of it",
    "before you admit someone on a hold, ask what they're most afraid of losing",
]


@pytest.mark.parametrize("text", EVENTS)
def test_an_unnamed_person_held_or_assessed_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_A_CASE)
def test_a_hand_held_or_a_condition_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
