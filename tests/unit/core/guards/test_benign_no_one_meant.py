"""Person words that mean no one: a condition, the reader's act, a hyphenated thing.

"We can't confirm whether someone attends", "if someone asks", "a checklist you read at
someone": anyone at all, however clinical the sentence. "A shrimp po-boy between
sessions": a sandwich. A past act on someone, or "ex-client", is still a person.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "We can't tell you whether someone is a patient here, even if you're family. Sorry!",
        "Reminder: if someone discloses in the waiting room, move to a private space first.",
        "A risk assessment is not a form you read at someone. Sit down and ask. Then listen.",
        "Safety planning isn't a script you can hand to someone and leave. Do it together.",
        "Grabbed a po-boy between sessions and regret nothing.",
        "Ate a whole po-boy from the stand by the levee between sessions, no shame.",
    ],
)
def test_anyone_and_things_are_no_client(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Someone in session today told me she finally feels safe at home.",
        "My ex-client from the clinic emailed me today to say she got into nursing school.",
        "you told someone at the clinic today that you were scared, and that took guts.",
    ],
)
def test_someone_the_author_saw_still_counts(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Stress is rarely one thing. Sleep, exams, money, family, faith. It's all connected.",
        "What fills a session? Work, sleep, kids, mum, the commute. Life, basically.",
    ],
)
def test_a_person_word_in_a_list_of_things_is_no_one(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_listed_person_who_then_acts_is_still_told(findings) -> None:
    text = "Busy clinic: rent, bills, school fees, mum, all on her, she told me today."
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "New paper on group DBT for teens: dropout halved when the first session was in person.",
        "Study from Otago shows the intake call predicts return. The first session matters.",
    ],
)
def test_a_session_in_a_papers_findings_is_no_client(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_clients_exam_paper_on_a_date_is_still_told(findings) -> None:
    text = "So proud of Amina today. She sat her maths paper on 4 Nov without a panic attack."
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "2am again. Brain insists on rewriting the treatment plans in my head.",
        "Body said no to the 6am gym after a full clinic day. Mind agreed. Coffee instead.",
    ],
)
def test_the_authors_brain_or_body_acting_is_no_client(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
