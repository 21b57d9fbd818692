from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.posts import Draft, Post, PostState
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.scheduler import SWEEP_JOB, OutboxScheduler
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.posting import PostingService
from dualdesk.services.sender import Sender
from tests.conftest import FixedClock
from tests.unit.services.fake_x import FakeX

DEADLINE = 20.0  # generous: only a hang fails this


@pytest.fixture
def parts(home: Path) -> Iterator[tuple[SQLiteStore, PostingService, FakeX, OutboxScheduler]]:
    clock = SystemClock()
    store = SQLiteStore(home)
    x = FakeX(clock.now)
    sender = Sender(store, lambda role: x, store)
    posting = PostingService(store, store, store, clock)
    scheduler = OutboxScheduler(sender, clock, sweep_seconds=3600)
    posting.subscribe(scheduler.schedule)
    yield store, posting, x, scheduler
    scheduler.stop()
    store.close()


def wait_for_state(store: SQLiteStore, post: Post, wanted: PostState) -> Post:
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        stored = store.get(post.id)
        if stored is not None and stored.state is wanted:
            return stored
        time.sleep(0.05)
    raise AssertionError(f"post {post.id} did not become {wanted.value}")


def test_a_post_planned_a_second_ahead_is_sent_by_the_running_scheduler(
    parts: tuple[SQLiteStore, PostingService, FakeX, OutboxScheduler],
) -> None:
    store, posting, x, scheduler = parts
    scheduler.start()
    post = posting.submit(
        Draft(Role.PERSONAL, "on time"), at=SystemClock().now() + timedelta(seconds=1)
    ).post
    sent = wait_for_state(store, post, PostState.SENT)
    assert sent.sent_at is not None and sent.sent_at >= post.planned_at
    assert [p.text for p in x.posts] == ["on time"]


def test_jobs_are_rebuilt_from_the_outbox_at_start(
    parts: tuple[SQLiteStore, PostingService, FakeX, OutboxScheduler],
) -> None:
    store, posting, _x, scheduler = parts
    # Queued before the scheduler ran (by another process, or a previous run).
    late = posting.submit(Draft(Role.PERSONAL, "late wake-up")).post
    later = posting.submit(
        Draft(Role.PROFESSIONAL, "soon"), at=SystemClock().now() + timedelta(minutes=10)
    ).post
    scheduler.start()
    wait_for_state(store, late, PostState.SENT)
    assert store.get(later.id).state is PostState.QUEUED  # type: ignore[union-attr]
    assert scheduler.job_ids() == {SWEEP_JOB, later.id}
    posting.cancel(later.id)
    deadline = time.monotonic() + DEADLINE
    while scheduler.job_ids() != {SWEEP_JOB} and time.monotonic() < deadline:
        time.sleep(0.05)
    assert scheduler.job_ids() == {SWEEP_JOB}


def test_the_sweep_sends_posts_no_timer_was_set_for(home: Path) -> None:
    clock = SystemClock()
    store = SQLiteStore(home)
    x = FakeX(clock.now)
    scheduler = OutboxScheduler(Sender(store, lambda role: x, store), clock, sweep_seconds=0.2)
    try:
        scheduler.start()
        # Another process queues directly into the outbox: no job exists for it.
        post = PostingService(store, store, store, clock).submit(Draft(Role.PERSONAL, "swept"))
        wait_for_state(store, post.post, PostState.SENT)
    finally:
        scheduler.stop()
        store.close()
    assert [p.text for p in x.posts] == ["swept"]


def test_far_posts_get_their_timer_when_they_come_within_the_horizon(home: Path) -> None:
    clock = FixedClock(SystemClock().now())
    store = SQLiteStore(home)
    sender = Sender(store, lambda role: FakeX(clock.now), store)
    posting = PostingService(store, store, store, clock)
    scheduler = OutboxScheduler(sender, clock, sweep_seconds=60, horizon=timedelta(hours=1))
    posting.subscribe(scheduler.schedule)
    try:
        scheduler.start()
        near = posting.submit(Draft(Role.PERSONAL, "near"), at=clock.at + timedelta(minutes=50))
        far = posting.submit(Draft(Role.PERSONAL, "far"), at=clock.at + timedelta(hours=3))
        assert scheduler.job_ids() == {SWEEP_JOB, near.post.id}

        clock.advance(hours=2, minutes=30)
        scheduler.reload()  # what every sweep does

        assert far.post.id in scheduler.job_ids()
    finally:
        scheduler.stop()
        store.close()
