"""The learned second opinion leaves a Patois story, words said to the author and a death standing.

The model never weighed Patois words, so it cannot call a Patois story general;
someone quoted calling the author "miss" or "sir" is talking to the author; a
client's death told as past is one person's, however the post goes on. A
general post in English is still softened as before (the gates only keep).
"""

from __future__ import annotations

import pytest

from dualdesk.core.guards.learned_kept import died, said_to_me, unread

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


# Written for these tests: (text, the warned words) on a client's death, and general posts.
DIED = [
    (
        "We lost a client to suicide on Sunday. Colleagues, please look after each other.",
        "a client",
    ),
    ("Buried a patient today. Twenty years sober and then one bad winter.", "a patient"),
    ("a client of mine died last week and I keep rereading my notes", "a client"),
    ("My patient passed away on Friday. Go easy on yourselves, team.", "My patient"),
    ("That young man overdosed two days after discharge. Nobody called me.", "That young man"),
]

NOT_DIED = [
    ("When a client dies by suicide, the clinician grieves too.", "a client"),
    ("Losing a client to a competitor is part of private practice.", "a client"),
    ("A patient who has lost a parent may need more than six sessions.", "A patient"),
]


@pytest.mark.parametrize(("text", "warned"), DIED)
def test_a_clients_death_told_as_past_is_kept(text: str, warned: str) -> None:
    start = text.index(warned)
    assert died(text, start, start + len(warned)), text


@pytest.mark.parametrize(("text", "warned"), NOT_DIED)
def test_general_talk_of_loss_is_not_kept(text: str, warned: str) -> None:
    start = text.index(warned)
    assert not died(text, start, start + len(warned)), text
