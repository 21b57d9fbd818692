"""Drafts and the posts they become."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from dualdesk.core.accounts import Role


class PostState(StrEnum):
    """Where a post is on its way out.

    draft -> queued -> sending -> sent | failed | cancelled, and
    sending -> queued on a retryable error.
    """

    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def final(self) -> bool:
        """Whether the post will never change again."""
        return self in (PostState.SENT, PostState.FAILED, PostState.CANCELLED)


@dataclass(frozen=True)
class Draft:
    """Text written in one pane. Its account never changes.

    Moving a draft to the other pane makes a new Draft there.
    """

    account: Role
    text: str
    reply_to: str | None = None


@dataclass(frozen=True)
class Post:
    """A post in the outbox or history.

    Attributes:
        id: local identifier (stable across restarts).
        account: the account it leaves from, fixed at creation.
        text: what is posted.
        state: see PostState.
        created_at: when it was queued (UTC).
        planned_at: when it should go out (UTC).
        zone: the IANA time zone the plan was made in.
        reply_to: the X post id it answers, if any.
        tweet_id: X's id once sent.
        attempt_id: written before each network call, for reconciliation.
        attempts: how many sends were tried.
        error: why it failed or waits, in words.
        deferred: whether timing moved it from when it was asked for.
        override_reason: the reason typed to override a blocking finding.
        sent_at: when X accepted it (UTC).
    """

    id: str
    account: Role
    text: str
    state: PostState
    created_at: datetime
    planned_at: datetime
    zone: str = "UTC"
    reply_to: str | None = None
    tweet_id: str | None = None
    attempt_id: str | None = None
    attempts: int = 0
    error: str = ""
    deferred: bool = False
    override_reason: str = ""
    sent_at: datetime | None = None

    def evolve(self, **changes: object) -> Post:
        """Return a copy with the given fields replaced; the account is kept."""
        if "account" in changes and changes["account"] != self.account:
            raise ValueError("A post's account is fixed when its draft is created.")
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Plan:
    """When a post will go out, and why if that is not when it was asked for.

    Attributes:
        planned_at: when to send, timezone-aware UTC.
        zone: the IANA zone the plan was made in (the account's zone).
        deferred: whether timing moved the post from the asked-for time.
        reason: plain words for the person when deferred, else "".
    """

    planned_at: datetime
    zone: str
    deferred: bool = False
    reason: str = ""
