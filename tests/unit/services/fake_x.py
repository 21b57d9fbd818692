"""An in-memory X account for tests above the XClient port."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from dualdesk.core.timeline import Page, XPost, XUser


class FakeX:
    """One account on a pretend X: keeps posts, refuses duplicates, fails on cue.

    Attributes:
        posts: what the account has published, oldest first.
        failures: errors `post` raises next, one per call, before publishing.
        accept_then_fail: errors raised after the post was published (a
            timeout after X accepted it).
        read_failures: errors `recent_posts` raises next.
        lagging_reads: how many `recent_posts` calls still miss every post
            (X's listings lag behind its writes).
        calls: how many times `post` was called.
    """

    def __init__(self, now: Callable[[], datetime], user_id: str = "42") -> None:
        self._now = now
        self.user_id = user_id
        self.posts: list[XPost] = []
        self.failures: list[Exception] = []
        self.accept_then_fail: list[Exception] = []
        self.read_failures: list[Exception] = []
        self.lagging_reads = 0
        self.calls = 0

    def whoami(self) -> XUser:
        return XUser(id=self.user_id, handle="someone", name="Someone")

    def post(self, text: str, reply_to: str | None = None) -> XPost:
        from dualdesk.core.errors import DuplicateContent

        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        if any(p.text == text for p in self.posts):
            raise DuplicateContent("You are not allowed to create a Tweet with duplicate content.")
        published = XPost(
            id=str(1000 + len(self.posts)),
            text=text,
            author_id=self.user_id,
            created_at=self._now(),
            in_reply_to=reply_to,
        )
        self.posts.append(published)
        if self.accept_then_fail:
            raise self.accept_then_fail.pop(0)
        return published

    def delete(self, post_id: str) -> None:
        self.posts = [p for p in self.posts if p.id != post_id]

    def recent_posts(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        if self.read_failures:
            raise self.read_failures.pop(0)
        if self.lagging_reads:
            self.lagging_reads -= 1
            return Page(items=())
        start = int(pagination_token or 0)
        newest_first = self.posts[::-1]
        items = tuple(newest_first[start : start + limit])
        more = start + limit < len(newest_first)
        return Page(items=items, next_token=str(start + limit) if more else None)

    def mentions(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        return Page(items=())

    def followers(self, limit: int = 100, pagination_token: str | None = None) -> Page[XUser]:
        return Page(items=())

    def following(self, limit: int = 100, pagination_token: str | None = None) -> Page[XUser]:
        return Page(items=())
