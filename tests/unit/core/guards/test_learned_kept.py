"""The learned second opinion leaves a Patois story and words said to the author standing.

The model never weighed Patois words, so it cannot call a Patois story general;
someone quoted calling the author "miss" or "sir" is talking to the author. A
general post in English is still softened as before (the gates only keep).
"""

from __future__ import annotations

import pytest

from dualdesk.core.guards.learned_kept import said_to_me, unread

TITLED = [
    ("this kid said 'miss, you look tired today' and honestly, fair", 0),
    ('A teen asked "sir, do you ever get sad?" and I had no answer', 0),
    ("That boy goes 'doc, I slept 8 hours!' and I nearly cried", 0),
]

NOT_TITLED = [
    ("this kid said 'mum, I'm bored' on the train and everyone laughed", 0),
    ("a colleague said the new rota is a mess", 0),
    ("Kids often say 'miss, I'm fine' when they aren't.", 0),
]


@pytest.mark.parametrize(("text", "start"), TITLED)
def test_someone_calling_the_author_by_title_is_kept(text: str, start: int) -> None:
    assert said_to_me(text, start), text


@pytest.mark.parametrize(("text", "start"), NOT_TITLED)
def test_other_quotes_are_not_kept(text: str, start: int) -> None:
    assert not said_to_me(text, start), text


def test_a_patois_post_is_unread_and_an_english_one_is_not() -> None:
    assert unread("di likkle girl tell mi seh she nuh sleep, mi heart")
    assert not unread("Mi amigo told me the session went well")
    assert not unread("the little girl told me she didn't sleep")
