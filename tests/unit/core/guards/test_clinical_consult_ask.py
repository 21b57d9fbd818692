"""The clinical guard on a case put to peers as a case note, with no client word.

"Kid refuses every textured food. Where would you start?" asks about one
child; "Teens refuse breakfast for many reasons. What do you ask first?"
asks about everyone. A counted course of care ("6 wks into pacing") is a
case; a counted run of office trouble is not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A case-note line, or "anyone else have one who...?" and then the author's own one.
PUT_TO_PEERS = [
    "OT friends, sanity check please: kid refuses every textured food except plain crackers, "
    "gagging at the sight of rice. Where would you start?",
    "Couples folks: second session in a row partner arrives half an hour late and sits on the "
    "phone. How do you name it without shaming?",
    "anybody else get teens who ghost for a month and then turn up like nothing happened? my "
    "Monday kid is back and chatty as ever",
    "Stuck and would love input: 6 wks into pacing and he reports more pain than at intake. "
    "What's worked for you?",
]

#: A general question, plural people, office trouble, feedback on a handout.
GENERAL_ASKS = [
    "Teens refuse breakfast for a hundred reasons. What do you ask first? Thoughts welcome.",
    "Third week running the printer has eaten my intake forms. Anyone else? How do you cope?",
    "Thoughts on the new pacing handout? Patient feedback says the font is too small. What "
    "would you change?",
    "Anyone else have supervisors who reply to emails at midnight? How do you set the tone "
    "for your own team?",
    "2nd month on the new EHR and I still can't find the discharge summary template. Tips?",
    "Kid refuses broccoli at our house every single night. How do you all handle picky eaters? "
    "Asking as a dad.",
    'Partner says "fine" = not fine. How do you all teach couples to read that? Tips welcome.',
    "Teen with ADHD on stimulants: appetite dips are normal. What do you tell parents? Ideas?",
]


@pytest.mark.parametrize("text", PUT_TO_PEERS)
def test_a_case_note_put_to_peers_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL_ASKS)
def test_general_questions_to_peers_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_case_note_needs_a_question_to_peers(findings) -> None:
    text = "Couples folks: second session in a row partner arrives late. Boundaries matter."
    assert not findings(text, rule=Rule.CLINICAL, account=Role.PROFESSIONAL, backstop=False)
