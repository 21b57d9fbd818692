from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from dualdesk.core.accounts import Role
from dualdesk.core.posts import Post, PostState
from dualdesk.infra.sqlite_store import SQLiteStore
from tests.conftest import FixedClock


def queued(clock: FixedClock, minutes: int = 0) -> Post:
    at = clock.now() + timedelta(minutes=minutes)
    return Post("p1", Role.PERSONAL, "hi", PostState.QUEUED, clock.now(), at)


def test_claim_writes_sending_and_a_new_attempt(home: Path, clock: FixedClock) -> None:
    store = SQLiteStore(home)
    store.add(queued(clock))
    claimed = store.claim("p1", "a1", clock.now())
    assert claimed is not None
    assert (claimed.state, claimed.attempt_id, claimed.attempts) == (PostState.SENDING, "a1", 1)
    reopened = SQLiteStore(home)  # what a restarted process sees
    assert reopened.get("p1") == claimed
    reopened.close()
    assert store.claim("p1", "a2", clock.now()) is None  # not twice


def test_claim_refuses_posts_not_due_or_not_queued(home: Path, clock: FixedClock) -> None:
    store = SQLiteStore(home)
    store.add(queued(clock, minutes=5))
    assert store.claim("p1", "a1", clock.now()) is None
    store.update(queued(clock).evolve(state=PostState.CANCELLED))
    assert store.claim("p1", "a1", clock.now() + timedelta(hours=1)) is None
    assert store.claim("missing", "a1", clock.now()) is None
    assert store.get("p1").state is PostState.CANCELLED  # type: ignore[union-attr]


def test_update_if_loses_to_a_claim(home: Path, clock: FixedClock) -> None:
    store = SQLiteStore(home)
    post = queued(clock)
    store.add(post)
    store.claim("p1", "a1", clock.now())
    assert not store.update_if(post.evolve(state=PostState.CANCELLED), PostState.QUEUED, 0)
    assert store.get("p1").state is PostState.SENDING  # type: ignore[union-attr]
    assert store.update_if(post.evolve(state=PostState.SENT), PostState.SENDING, 1)
    assert store.get("p1").state is PostState.SENT  # type: ignore[union-attr]
