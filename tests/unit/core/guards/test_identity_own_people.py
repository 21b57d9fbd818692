"""The identity_link guard on the author's own clients, training, ward and trade."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        # a client the author has, with a clause about them
        "I've a client who sends me a photo of every sunset she sees. Bless her.",
        "I have one patient that I'd happily adopt as a grandad, honestly",
        "I've got a service user I think about more than my own bills",
        # the training of a clinical field
        "Four years of psychotherapy training and I still sulk when I lose at Uno",
        "my art therapy placement starts Monday and I have bought far too many pens",
        "Months of integrative counselling training, zero ability to say no to my sister",
        # the author's people on the author's ward or books
        "one of my dads on the unit taught me to fold a nappy one-handed",
        "my lads at the hostel made me a birthday cake and I cried in the car",
        "a family on my caseload sent a card with a drawing of me as a giraffe",
        # a joined-up profession, a job title opening a confession
        "as a neuropsychologist I cannot do a sudoku without analysing myself",
        "Outreach worker confession: I keep biscuits in every pocket of every coat.",
        # someone telling the author something in session
        "a nine year old told me in session today that grown-ups are just tall kids",
        "The man I see on Fridays said to me in session that he's never been thanked. Oof.",
        "in session this morning a young mum asked me if she was doing it right",
    ],
)
def test_the_authors_own_work_links(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # the author as a client, a customer, a parent
        "My counselling sessions are helping, slowly. Proud of myself this week.",
        "my CBT course workbook is due and I have done none of it",
        "Four years of therapy and I still sulk when I lose at Uno",
        # someone else's clients, people in general, the author's own kids
        "my sister has a client who sends her a photo of every sunset she sees",
        "my kids at the soft play were feral today, send coffee",
        "one of my girls at work is getting married and we are all crying",
        # a friend's or a relative's job, said with "as"
        "as a psychiatrist friend put it, nobody sleeps well in November",
        "As a counsellor mate of mine says, boundaries are a kindness.",
        # a confession that is no job of the author's
        "Sex worker confession threads are the most honest thing on this site.",
        "My psychologist says hi, and that I should go to bed earlier.",
        # the author in someone else's session
        "my therapist told me in session that I apologise too much. sorry",
        "In session today my counsellor asked me what I want. no idea tbh",
        "the coach told me in session 3 that my squat is fine, my ego isn't",
        "parliament is in session and my MP still hasn't answered me",
        "the lads told me in a session at the pub that I can't sing. they're right",
    ],
)
def test_someone_elses_work_or_the_authors_life_does_not_link(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, Rule.IDENTITY_LINK, backstop=False), text
