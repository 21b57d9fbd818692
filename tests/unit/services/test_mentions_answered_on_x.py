"""Mentions answered on X itself (phone app, website), found in the account's own posts."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.errors import RateLimited
from dualdesk.core.ports import XClient
from dualdesk.core.posts import Post, PostState
from dualdesk.core.timeline import Page, XPost
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.mentions import MentionsService
from tests.conftest import FixedClock
from tests.unit.services.fake_x import FakeX


class MentionedX(FakeX):
    """A pretend account that is mentioned, and counts its own-posts reads."""

    def __init__(self, clock: FixedClock) -> None:
        super().__init__(clock.now, "1")
        self.mentioned: list[XPost] = []  # newest first
        self.own_reads: list[str | None] = []

    def mention(self, n: int) -> XPost:
        post = XPost(id=str(500 + n), text=f"@DrRiver question {n}", author_id="9")
        self.mentioned.insert(0, post)
        return post

    def mentions(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        start = int(pagination_token or 0)
        more = start + limit < len(self.mentioned)
        return Page(
            tuple(self.mentioned[start : start + limit]), str(start + limit) if more else None
        )

    def recent_posts(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        self.own_reads.append(pagination_token)
        return super().recent_posts(limit, pagination_token)


@pytest.fixture
def account(clock: FixedClock) -> MentionedX:
    return MentionedX(clock)


def _service(store: SQLiteStore, account: MentionedX, **kwargs: int) -> MentionsService:
    def clients(role: Role) -> XClient | None:
        return account if role is Role.PROFESSIONAL else None

    return MentionsService(clients, store, store, **kwargs)


def test_a_reply_typed_on_x_counts_as_answered_with_one_own_posts_read(
    store: SQLiteStore, account: MentionedX, clock: FixedClock
) -> None:
    first, second, third = account.mention(1), account.mention(2), account.mention(3)
    account.post("Thanks, see the thread above", reply_to=first.id)  # on the phone app
    account.post("A post of my own")
    store.add(
        Post(
            id="local",
            account=Role.PROFESSIONAL,
            text="Glad it helped",
            state=PostState.SENT,
            created_at=clock.now(),
            planned_at=clock.now() + timedelta(minutes=5),
            reply_to=second.id,
        )
    )
    service = _service(store, account)

    page = service.page(Role.PROFESSIONAL)

    by_id = {m.post.id: m for m in page.items}
    assert by_id[first.id].replied_on_x and by_id[first.id].answered
    assert not by_id[first.id].replied  # dualdesk's outbox has no reply to it
    assert by_id[second.id].replied and not by_id[second.id].replied_on_x
    assert not by_id[third.id].answered
    assert page.unanswered_count == 1
    assert page.replies_on_x_checked
    assert account.own_reads == [None]  # one page of own posts, the newest


def test_older_mentions_pages_read_one_own_page_further_back_and_stop_at_the_end(
    store: SQLiteStore, account: MentionedX
) -> None:
    old = account.mention(1)
    account.post("An old reply on X", reply_to=old.id)
    for n in range(2, 8):
        account.mention(n)
    for n in range(6):
        account.post(f"Newer post {n}")
    service = _service(store, account, page_size=5, own_posts_page=5)

    newest = service.page(Role.PROFESSIONAL)
    assert all(not m.replied_on_x for m in newest.items)  # the reply is 6 own posts back
    older = service.page(Role.PROFESSIONAL, newest.next_token)

    assert [m.replied_on_x for m in older.items] == [False, True]
    assert older.unanswered_count == 1
    assert account.own_reads == [None, "5"]
    service.page(
        Role.PROFESSIONAL, newest.next_token
    )  # own posts ran out: nothing more to pay for
    assert account.own_reads == [None, "5"]
    service.page(Role.PROFESSIONAL)  # a refresh reads the newest own posts again
    assert account.own_reads == [None, "5", None]


def test_a_failed_own_posts_read_still_shows_the_mentions_and_says_so(
    store: SQLiteStore, account: MentionedX, caplog: pytest.LogCaptureFixture
) -> None:
    first = account.mention(1)
    account.post("Replied on the website", reply_to=first.id)
    account.read_failures.append(RateLimited(None))
    service = _service(store, account)

    with caplog.at_level(logging.WARNING, logger="dualdesk.services.replies_on_x"):
        page = service.page(Role.PROFESSIONAL)

    assert [m.post.id for m in page.items] == [first.id]
    assert not page.replies_on_x_checked
    assert page.unanswered_count == 1  # counted as waiting, not hidden
    assert "professional account's own recent posts" in caplog.text
    assert "RateLimited" in caplog.text
    assert service.page(Role.PROFESSIONAL).unanswered_count == 0  # the next load finds it


def test_dismissing_keeps_the_answered_on_x_mark(store: SQLiteStore, account: MentionedX) -> None:
    first = account.mention(1)
    account.post("Answered on X", reply_to=first.id)
    service = _service(store, account)
    item = service.page(Role.PROFESSIONAL).items[0]

    dismissed = service.dismiss(item)
    assert dismissed.replied_on_x and dismissed.dismissed
    assert service.undismiss(dismissed).replied_on_x
