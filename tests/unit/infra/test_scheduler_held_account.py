"""A post that cannot be sent (its account needs linking) must not spin the scheduler.

Found by hand: `dualdesk serve` with two posts queued for an unlinked account
ran the wake-up job about 1,500 times a second and wrote about 10,000 log
lines a second, until stopped.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from dualdesk.core.accounts import Role
from dualdesk.core.errors import AuthRevoked
from dualdesk.core.ports import XClient
from dualdesk.core.posts import Draft, PostState
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.scheduler import OutboxScheduler
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.posting import PostingService
from dualdesk.services.sender import Sender


def revoked(role: Role) -> XClient:
    raise AuthRevoked(f"the {role.value} account needs linking again")


def test_a_held_accounts_overdue_post_gets_no_timer_that_fires_at_once(home: Path) -> None:
    clock = SystemClock()
    store = SQLiteStore(home)
    sender = Sender(store, revoked, store)
    scheduler = OutboxScheduler(sender, clock, sweep_seconds=3600)
    try:
        post = PostingService(store, store, store, clock).submit(Draft(Role.PERSONAL, "held")).post
        scheduler.start()
        # Stop jobs from running so that what one wake-up leaves behind can be read.
        assert scheduler._scheduler is not None
        scheduler._scheduler.pause()
        scheduler.wake()  # what the timer does: the account is held, the post stays queued

        stored = store.get(post.id)
        assert stored is not None and stored.state is PostState.QUEUED
        assert sender.held(Role.PERSONAL)
        now = datetime.now(UTC)
        past_due = [
            job.id
            for job in scheduler._scheduler.get_jobs()
            if job.next_run_time is not None and job.next_run_time <= now
        ]
        assert past_due == [], (
            "after a wake-up that could not send, the held post's timer is set in the past, "
            "so it fires again at once, forever"
        )
    finally:
        scheduler.stop()
        store.close()
