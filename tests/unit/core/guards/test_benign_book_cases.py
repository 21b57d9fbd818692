"""Clinical and phi on posts about a case in the books or history, read as a whole.

A post that teaches from a published case ("Teaching case:", a theorist's
possessive, a case known by its textbook name) speaks of the book's person in
every sentence; the author's own client, or a day of theirs, still counts.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Classic case for the seminar: Watson's 'Little Albert'. Nine months old, a white rat, "
        "a loud noise. A baby who never consented to any of it.",
        "Re-reading Winnicott's 'The Piggle'. A girl of two whose parents wrote to him about "
        "her nightmares, and he saw her only on demand. Still radical.",
        "The Wolf Man spent decades in analysis with one analyst after another. He outlived "
        "most of them and gave interviews about how little it helped.",
        "Phineas Gage survived an iron rod through his skull and came back a different man, "
        "or so the story goes. The records are thinner than the legend.",
    ],
)
def test_a_published_case_in_every_sentence_is_no_client(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Teaching case: S.M., the woman who feels no fear after damage to both amygdalae. "
        "Students always ask whether she is happy.",
        "Classic case for the exam: K.F., whose short-term memory failed while his long-term "
        "memory held. Shallice's 'From Neuropsychology' has the details.",
    ],
)
def test_initials_in_a_post_about_the_literature_are_no_identifier(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


def test_initials_of_the_authors_own_client_still_count(findings) -> None:
    text = (
        "Teaching case? No. My 3pm: J.R., nine, stopped talking at school after the move. "
        "Winnicott's 'Piggle' comes to mind."
    )
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # a slot of the author's day beside a textbook case
        "Thought of Freud's Little Hans all afternoon. My 4pm, a boy of six, told me the "
        "dogs live under his bed.",
        # a day of the author's: the book is a comparison, the boy is real
        "Watson's Little Albert was on the syllabus. Then a boy I saw this week flinched at "
        "every noise in the room.",
        # the author's own client in the next sentence
        "Rereading Freud's 'Dora'. Meanwhile my client told me her father reads her texts.",
    ],
)
def test_the_authors_own_client_beside_a_book_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Satir would have loved this: a whole family drawing their kitchen table and arguing "
        "about who sits where.",
        "Bowlby: a child who has a secure base can explore. Honestly the same goes for new staff.",
    ],
)
def test_a_theorist_named_at_all_makes_the_post_the_books(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # a theorist as a hashtag on a consult about a group member
        "real question for group leaders: member keeps talking over everyone, two others "
        "have gone silent. Redirect or name it? #Yalom",
        "Vygotsky would say she's in the zone of proximal development: my 9yo client tied "
        "her own laces today.",
    ],
)
def test_a_consult_or_a_client_beside_a_theorist_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text
