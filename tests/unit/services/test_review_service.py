"""The review service: context from the store, cached, and refreshed when told."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Rule, Severity
from dualdesk.core.posts import Draft, Post, PostState
from dualdesk.core.timeline import XPost
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.review import ReviewService

SAID = "Finally nailed the sourdough crumb after three weeks of trying."


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = SQLiteStore(tmp_path)
    store.save_profiles(
        [
            Profile(Role.PROFESSIONAL, handle="drjanedoe", markers=("Doe Counseling",)),
            Profile(Role.PERSONAL, handle="janie_runs", email="janie@example.net"),
        ]
    )
    yield store
    store.close()


def _post(store: SQLiteStore, clock, pid: str, account: Role, text: str, **kw) -> None:  # type: ignore[no-untyped-def]
    at = clock.now() - timedelta(days=kw.pop("days_ago", 1))
    store.add(Post(pid, account, text, kw.pop("state", PostState.SENT), at, at, **kw))


def test_review_uses_profiles_and_history_from_the_store(store, clock) -> None:
    _post(store, clock, "p1", Role.PERSONAL, SAID)
    service = ReviewService(store, store, clock)
    found = service.review(Draft(Role.PROFESSIONAL, SAID + " Follow @janie_runs"))
    rules = {(f.rule, f.severity) for f in found}
    assert (Rule.IDENTITY_LINK, Severity.BLOCK) in rules
    assert any(f.rule is Rule.DUPLICATE for f in found)


def test_history_older_than_the_window_and_cancelled_posts_are_ignored(store, clock) -> None:
    _post(store, clock, "old", Role.PERSONAL, SAID, days_ago=40)
    _post(store, clock, "cx", Role.PERSONAL, SAID, state=PostState.CANCELLED)
    service = ReviewService(store, store, clock)
    assert not [
        f for f in service.review(Draft(Role.PROFESSIONAL, SAID)) if f.rule is Rule.DUPLICATE
    ]


def test_context_is_cached_until_invalidated_or_stale(store, clock) -> None:
    service = ReviewService(store, store, clock, max_age=timedelta(seconds=30))
    first = service.context()
    _post(store, clock, "p1", Role.PERSONAL, SAID)
    assert service.context() is first
    assert not service.review(Draft(Role.PROFESSIONAL, SAID))
    service.invalidate()
    assert [f.rule for f in service.review(Draft(Role.PROFESSIONAL, SAID))] == [Rule.DUPLICATE]
    cached = service.context()
    clock.advance(seconds=31)
    assert service.context() is not cached


def test_paste_guard_sees_the_other_accounts_posts(store, clock) -> None:
    _post(store, clock, "p1", Role.PERSONAL, SAID, state=PostState.QUEUED, days_ago=-1)
    service = ReviewService(store, store, clock)
    finding = service.is_from_other_account(Role.PROFESSIONAL, SAID, offset=3)
    assert finding is not None and finding.start == 3
    assert service.is_from_other_account(Role.PERSONAL, SAID) is None


def _on_x(clock, tweet_id: str, text: str, days_ago: float = 1) -> XPost:  # type: ignore[no-untyped-def]
    return XPost(tweet_id, text, "42", created_at=clock.now() - timedelta(days=days_ago))


def test_a_post_made_on_x_itself_counts_as_the_other_accounts_history(store, clock) -> None:
    service = ReviewService(store, store, clock)
    assert not service.review(Draft(Role.PROFESSIONAL, SAID))
    service.remember_on_x(Role.PERSONAL, [_on_x(clock, "1901", SAID)])
    found = service.review(Draft(Role.PROFESSIONAL, SAID))
    assert [(f.rule, f.severity) for f in found] == [(Rule.DUPLICATE, Severity.BLOCK)]
    pasted = service.is_from_other_account(Role.PROFESSIONAL, SAID)
    assert pasted is not None and pasted.rule is Rule.DUPLICATE


def test_posts_on_x_the_outbox_knows_or_older_than_the_window_are_not_added(store, clock) -> None:
    _post(store, clock, "p1", Role.PERSONAL, SAID, tweet_id="1901")
    service = ReviewService(store, store, clock)
    before = len(service.context().history)
    service.remember_on_x(
        Role.PERSONAL, [_on_x(clock, "1901", SAID), _on_x(clock, "1800", "Old news", days_ago=40)]
    )
    assert len(service.context().history) == before
