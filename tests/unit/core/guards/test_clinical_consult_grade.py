"""The clinical guard on a school case put to peers: a student by grade, asked about.

A school counsellor's case note names the student by school year ("9th
grader", "sophomore") with an ongoing verb ("disclosing", "skipping"), and
the ask may be in a contact language that drops "do" ("How you guys
handle…?"). A question about a kind of student, or about students in
general, must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: One student, presented as a case note, then a question to peers.
CASES = [
    "Q for colleagues: 9th grader disclosing daily vaping, parents no idea. How do you handle?",
    "Q for peers: freshman refusing lunch with anyone since Sept. How you guys approach?",
    "Sanity check: 7th-grade boy avoiding the bus since winter break. Thoughts?",
]

#: Questions about a kind of student, or students in general.
GENERAL = [
    "Q for colleagues: how you guys handle a 9th grader disclosing vaping? For a training.",
    "Q for colleagues: 9th graders vaping more this year. How you guys handle it at your school?",
    "How do you support a sophomore presenting with test anxiety? Ideas for a workshop welcome.",
]


@pytest.mark.parametrize("text", CASES)
def test_a_student_by_grade_put_to_peers_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_a_question_about_a_kind_of_student_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
