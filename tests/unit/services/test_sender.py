from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.errors import (
    AuthRevoked,
    CredentialsUnavailable,
    NotLinked,
    RateLimited,
    Rejected,
    Transient,
)
from dualdesk.core.ports import XClient
from dualdesk.core.posts import Draft, Plan, Post, PostState
from dualdesk.core.timeline import XPost
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.posting import PostingService
from dualdesk.services.send_holds import HOLD_MESSAGE, NOT_LINKED_MESSAGE
from dualdesk.services.send_retry import Backoff
from dualdesk.services.sender import DUPLICATE_MESSAGE, LOST_DUPLICATE_MESSAGE, Sender
from tests.conftest import FixedClock
from tests.unit.services.fake_x import FakeX

PRO = Role.PROFESSIONAL
PER = Role.PERSONAL


def state(store: SQLiteStore, post: Post) -> Post:
    stored = store.get(post.id)
    assert stored is not None
    return stored


def test_a_due_post_is_sent_once_with_xs_id(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "hello")).post
    changed = sender.send_due(clock.now())
    sent = state(store, post)
    assert sent.state is PostState.SENT
    assert sent.tweet_id == x[PER].posts[0].id
    assert sent.attempts == 1
    assert [p.id for p in changed] == [post.id]
    assert sender.send_due(clock.now()) == []
    assert len(x[PER].posts) == 1
    assert x[PRO].posts == []


def test_posts_not_yet_due_wait_and_due_ones_go_oldest_first(
    posting: PostingService, sender: Sender, x: dict[Role, FakeX], clock: FixedClock
) -> None:
    posting.submit(Draft(PER, "tomorrow"), at=clock.now() + timedelta(days=1))
    posting.submit(Draft(PER, "second"), at=clock.now() + timedelta(seconds=20))
    posting.submit(Draft(PER, "first"), at=clock.now() + timedelta(seconds=10))
    clock.advance(seconds=30)
    sender.send_due(clock.now())
    assert [p.text for p in x[PER].posts] == ["first", "second"]


def test_sending_is_written_down_before_x_is_asked(
    posting: PostingService, store: SQLiteStore, clock: FixedClock
) -> None:
    seen: list[tuple[PostState, int, str | None]] = []
    fake = FakeX(clock.now)

    class Watching(FakeX):
        def post(self, text: str, reply_to: str | None = None) -> XPost:
            stored = store.posts(states=[PostState.SENDING])
            seen.extend((p.state, p.attempts, p.attempt_id) for p in stored)
            return fake.post(text, reply_to)

    sender = Sender(store, lambda role: Watching(clock.now), store)
    posting.submit(Draft(PER, "hello"))
    sender.send_due(clock.now())
    assert len(seen) == 1
    assert seen[0][:2] == (PostState.SENDING, 1)
    assert seen[0][2]


def test_a_passing_failure_backs_off_then_sends(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "hello")).post
    x[PER].failures.append(Transient("X did not answer in time."))
    sender.send_due(clock.now())
    waiting = state(store, post)
    assert waiting.state is PostState.QUEUED
    assert "did not answer" in waiting.error
    # two minutes, ±20% jitter: X may still be creating a post that timed out
    assert clock.now() + timedelta(seconds=96) <= waiting.planned_at
    assert waiting.planned_at <= clock.now() + timedelta(seconds=144)
    sender.send_due(clock.now())
    assert x[PER].calls == 1  # not due yet
    clock.at = waiting.planned_at
    sender.send_due(clock.now())
    assert state(store, post).state is PostState.SENT
    assert state(store, post).attempts == 2


def test_backoff_grows_and_is_capped() -> None:
    backoff = Backoff(base=timedelta(seconds=30), cap=timedelta(minutes=10), jitter=0)
    rng = random.Random(1)
    assert [backoff.delay(n, rng).total_seconds() for n in (1, 2, 3, 6, 50)] == [
        30,
        60,
        120,
        600,
        600,
    ]


def test_a_rate_limit_waits_until_x_resets(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    first = posting.submit(Draft(PER, "one")).post
    clock.advance(seconds=1)
    second = posting.submit(Draft(PER, "two")).post
    reset = clock.now() + timedelta(minutes=12)
    x[PER].failures.append(RateLimited(reset))
    sender.send_due(clock.now())
    assert state(store, first).planned_at == reset + timedelta(seconds=5)
    assert state(store, first).state is PostState.QUEUED
    assert x[PER].calls == 1  # the second was not tried against the limit
    assert state(store, second).state is PostState.QUEUED


def test_a_revoked_account_is_held_and_the_other_still_sends(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    pro = posting.submit(Draft(PRO, "pro one")).post
    later = posting.submit(Draft(PRO, "pro later"), at=clock.now() + timedelta(hours=1)).post
    per = posting.submit(Draft(PER, "personal")).post
    x[PRO].failures.append(AuthRevoked("Unauthorized"))
    sender.send_due(clock.now())
    assert state(store, per).state is PostState.SENT
    for post in (pro, later):
        assert state(store, post).state is PostState.QUEUED
        assert state(store, post).error == HOLD_MESSAGE
    assert sender.held(PRO) == HOLD_MESSAGE
    clock.advance(hours=2)
    newer = posting.submit(Draft(PRO, "pro newer")).post
    sender.send_due(clock.now())
    assert x[PRO].calls == 1  # held: not tried again
    assert state(store, newer).error == HOLD_MESSAGE
    assert {p.id for p in sender.release_hold(PRO)} == {pro.id, later.id, newer.id}
    sender.send_due(clock.now())
    assert [p.text for p in x[PRO].posts] == ["pro one", "pro later", "pro newer"]
    assert state(store, pro).error == ""


def test_an_unlinked_account_is_held_before_any_send(
    posting: PostingService, store: SQLiteStore, clock: FixedClock
) -> None:
    def clients(role: Role) -> XClient:
        raise NotLinked("The professional account is not linked.")

    sender = Sender(store, clients, store)
    post = posting.submit(Draft(PRO, "x")).post
    sender.send_due(clock.now())
    # Never linked is not "X no longer accepts its sign-in": the post says which.
    assert state(store, post).error == NOT_LINKED_MESSAGE
    assert sender.held(PRO) == NOT_LINKED_MESSAGE and not sender.held(PER)
    assert [p.id for p in sender.release_hold(PRO)] == [post.id]
    assert state(store, post).error == ""


def test_a_locked_keyring_keeps_posts_queued_without_a_hold(
    posting: PostingService, store: SQLiteStore, clock: FixedClock
) -> None:
    def clients(role: Role) -> XClient:
        raise CredentialsUnavailable("The keyring is locked.")

    sender = Sender(store, clients, store)
    post = posting.submit(Draft(PRO, "x")).post
    sender.send_due(clock.now())
    assert state(store, post).state is PostState.QUEUED
    assert sender.held(PRO) is None


def test_a_rejected_post_fails_with_xs_reason(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "reply")).post
    x[PER].failures.append(Rejected("Reply to this conversation is not allowed."))
    sender.send_due(clock.now())
    failed = state(store, post)
    assert failed.state is PostState.FAILED
    assert "not allowed" in failed.error


def test_a_first_time_duplicate_is_a_failure_to_show(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    posting.submit(Draft(PER, "same words"))
    sender.send_due(clock.now())
    again = posting.submit(Draft(PER, "same words")).post
    sender.send_due(clock.now())
    assert state(store, again).state is PostState.FAILED
    assert state(store, again).error == DUPLICATE_MESSAGE
    assert len(x[PER].posts) == 1


def test_a_retry_first_looks_for_an_earlier_attempt_on_x(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "hello")).post
    x[PER].accept_then_fail.append(Transient("timed out"))  # X kept it, we never heard
    sender.send_due(clock.now())
    assert state(store, post).state is PostState.QUEUED
    clock.advance(minutes=5)
    sender.send_due(clock.now())
    sent = state(store, post)
    assert sent.state is PostState.SENT
    assert sent.tweet_id == x[PER].posts[0].id
    assert len(x[PER].posts) == 1
    assert x[PER].calls == 1  # found before posting again


def test_a_duplicate_after_a_retry_means_it_was_sent(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "hello")).post
    x[PER].accept_then_fail.append(Transient("timed out"))
    sender.send_due(clock.now())
    x[PER].lagging_reads = 1  # the look before retrying misses it
    clock.advance(minutes=5)
    sender.send_due(clock.now())
    sent = state(store, post)
    assert sent.state is PostState.SENT
    assert sent.tweet_id == x[PER].posts[0].id
    assert x[PER].calls == 2  # X refused the second as a duplicate
    assert len(x[PER].posts) == 1


def test_a_retry_waits_when_x_cannot_be_asked_first(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "hello")).post
    x[PER].failures.append(Transient("timed out"))
    sender.send_due(clock.now())
    x[PER].read_failures.append(Transient("no network"))
    clock.advance(minutes=5)
    sender.send_due(clock.now())
    assert state(store, post).state is PostState.QUEUED
    assert x[PER].calls == 1


def test_a_duplicate_after_a_retry_not_found_fails_with_advice(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    # The same words were posted by hand long before this post was queued.
    x[PER].posts.append(XPost("7", "hello", "2", created_at=clock.now() - timedelta(days=1)))
    post = posting.submit(Draft(PER, "hello")).post
    x[PER].failures.append(Transient("timed out"))
    sender.send_due(clock.now())
    clock.advance(minutes=5)
    sender.send_due(clock.now())
    assert state(store, post).state is PostState.FAILED
    assert state(store, post).error == LOST_DUPLICATE_MESSAGE


# -- reconciliation after a crash -------------------------------------------


def crash_mid_send(store: SQLiteStore, post: Post, clock: FixedClock) -> None:
    """The process died after writing `sending` (what a crash leaves)."""
    assert store.claim(post.id, "dead-attempt", clock.now()) is not None


def test_reconcile_finds_a_post_x_accepted_before_the_crash(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "hello   world & friends")).post
    crash_mid_send(store, post, clock)
    x[PER].posts.append(
        XPost(
            "555", "hello world &amp; friends", "2", created_at=clock.now() + timedelta(seconds=1)
        )
    )
    clock.advance(minutes=1)
    report = sender.startup(clock.now())
    assert [p.id for p in report.reconciled] == [post.id]
    assert state(store, post).state is PostState.SENT
    assert state(store, post).tweet_id == "555"
    sender.send_due(clock.now())
    assert x[PER].calls == 0


def test_reconcile_queues_again_a_post_x_never_got(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "hello")).post
    crash_mid_send(store, post, clock)
    clock.advance(minutes=1)
    sender.reconcile(clock.now())
    assert state(store, post).state is PostState.QUEUED
    sender.send_due(clock.now())
    assert state(store, post).state is PostState.SENT
    assert [p.text for p in x[PER].posts] == ["hello"]


def test_reconcile_leaves_the_post_when_x_cannot_be_asked(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "hello")).post
    crash_mid_send(store, post, clock)
    x[PER].read_failures.append(Transient("no network"))
    sender.reconcile(clock.now())
    assert state(store, post).state is PostState.SENDING
    sender.send_due(clock.now())
    assert x[PER].calls == 0  # never sent while its fate is unknown
    sender.tick(clock.now())  # the next sweep settles it, then sends it
    assert state(store, post).state is PostState.SENT
    assert len(x[PER].posts) == 1


def test_reconcile_does_not_take_a_post_another_entry_already_owns(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    first = posting.submit(Draft(PER, "hello")).post
    sender.send_due(clock.now())
    x[PER].posts.clear()  # deleted on X, so the same text may go again
    x[PER].posts.append(XPost(state(store, first).tweet_id or "", "hello", "2", clock.now()))
    second = posting.submit(Draft(PER, "hello")).post
    crash_mid_send(store, second, clock)
    sender.reconcile(clock.now())
    assert state(store, second).state is PostState.QUEUED


def test_an_unexpected_error_leaves_the_post_for_reconciliation(
    posting: PostingService, sender: Sender, store: SQLiteStore, x: dict[Role, FakeX],
    clock: FixedClock,
) -> None:  # fmt: skip
    post = posting.submit(Draft(PER, "hello")).post
    x[PER].accept_then_fail.append(RuntimeError("adapter bug"))
    sender.send_due(clock.now())
    assert state(store, post).state is PostState.SENDING
    sender.tick(clock.now())
    assert state(store, post).state is PostState.SENT
    assert len(x[PER].posts) == 1


def test_a_cancelled_post_is_never_claimed(
    posting: PostingService, sender: Sender, x: dict[Role, FakeX], clock: FixedClock
) -> None:
    post = posting.submit(Draft(PER, "no")).post
    posting.cancel(post.id)
    sender.send_due(clock.now())
    assert x[PER].calls == 0


# -- overdue posts at start-up -----------------------------------------------


def test_posts_overdue_at_start_are_replanned_and_reported(
    posting: PostingService, store: SQLiteStore, x: dict[Role, FakeX], clock: FixedClock
) -> None:
    calls: list[tuple[Role, datetime, datetime]] = []

    def replanner(role: Role, planned_at: datetime, now: datetime) -> Plan:
        calls.append((role, planned_at, now))
        return Plan(datetime(2026, 11, 26, 9, 0, tzinfo=UTC), "Europe/London", deferred=True)

    overdue = posting.submit(Draft(PRO, "old"), at=clock.now()).post
    recent = posting.submit(Draft(PER, "just now"), at=clock.now() + timedelta(hours=3)).post
    clock.advance(hours=3, minutes=2)  # dualdesk was closed meanwhile
    sender = Sender(store, lambda role: x[role], store, replanner)
    report = sender.startup(clock.now())
    assert [p.id for p in report.replanned] == [overdue.id]
    assert calls == [(PRO, overdue.planned_at, clock.now())]
    moved = state(store, overdue)
    assert moved.planned_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert moved.deferred
    assert state(store, recent).planned_at == recent.planned_at


@pytest.mark.parametrize("role", list(Role))
def test_listeners_hear_each_state_change(
    posting: PostingService, sender: Sender, clock: FixedClock, role: Role
) -> None:
    heard: list[PostState] = []
    sender.subscribe(lambda post: heard.append(post.state))
    posting.submit(Draft(role, "hi"))
    sender.send_due(clock.now())
    assert heard == [PostState.SENT]
