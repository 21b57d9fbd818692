"""People who are nobody in particular by the words around them; a published case in dashes.

Our own wordings: anyone's relative in a statistic, the author laughing at themselves
("says the man who..."), a post addressed to a whole group ("To all the new grads"),
and a textbook case spelt out between dashes. The same words about one client still warn.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

BENIGN = [
    "Our province lost 900 people to the toxic supply in 2025. Every single one was somebody's"
    " kid, somebody's dad.",
    "Drink water between sessions. (Said the man who has had four coffees and no water.)",
    "Always debrief after a hard group, says the nurse who never does.",
    "To all the new grads doubting yourselves because a case followed you home: you care,"
    " and that is the job.",
    "To every intern who feels like a fraud because a patient didn't come back: you are learning.",
    "Patient S.M. \u2014 Stephen Morris \u2014 changed how we teach the amygdala and fear.",
    "Our spring support circle is for parents who lost someone to overdose. Thursdays, 6pm,"
    " back room of the clinic.",
    "Started a walking group in the clinic garden for veterans who have lost someone in"
    " service. All welcome.",
]

RISKY = [
    "A client told me today her son's teacher called again. She is exhausted.",
    "Had a lad today who said nobody's mum ever came to visit him on the ward.",
    "To be honest a case got under my skin today: he told me he has nowhere to sleep.",
    "Patient J.K. told me today she stopped her meds when her husband left.",
    "Had a woman in session today who lost someone to suicide in the spring. She still sets"
    " his place at the table.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_nobody_in_particular_raises_no_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", RISKY)
def test_one_client_in_the_same_words_still_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


SAMPLE_QUESTIONS = [
    "Circular questions are gold. 'Who in the family worries most when Grandad stops eating?'"
    " beats any checklist.",
    "Genograms earn their keep: three generations on one page and suddenly 'why does he go"
    " quiet at Christmas' has a history.",
]

RETOLD_QUESTIONS = [
    "Asked her today 'what would your mum notice first?' and she cried for ten minutes.",
    "He told me 'why does nobody ask how I am?' and I had no answer for him.",
]


@pytest.mark.parametrize("text", SAMPLE_QUESTIONS)
def test_a_sample_question_to_ask_is_no_story(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", RETOLD_QUESTIONS)
def test_a_question_retold_from_a_session_still_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
