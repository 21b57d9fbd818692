"""What the guards know besides the draft: both profiles and recent posts.

A ReviewContext is built once from the store and then reused for every
keystroke; the expensive part (the duplicate index of each account's
history) is built on first use and cached on the context. Build a new
context when the history changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import TypeVar

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.guards.shingles import ShingleIndex
from dualdesk.core.posts import Post, PostState

T = TypeVar("T")

#: States of posts that are out, or on their way out: what the other account "said".
COUNTED_STATES = frozenset({PostState.QUEUED, PostState.SENDING, PostState.SENT})


@dataclass(frozen=True)
class HistoryPost:
    """A post of either account, as the guards need it.

    Attributes:
        account: the account it left, or will leave, from.
        text: its text.
        when: when it was (or is planned to be) posted, timezone-aware.
        state: queued, sending or sent (others are ignored by the guards).
    """

    account: Role
    text: str
    when: datetime
    state: PostState = PostState.SENT

    @classmethod
    def from_post(cls, post: Post) -> HistoryPost:
        """Return the guard view of an outbox post."""
        return cls(
            account=post.account,
            text=post.text,
            when=post.sent_at or post.planned_at,
            state=post.state,
        )


@dataclass(frozen=True)
class GuardSettings:
    """Tunable thresholds of the guards.

    Attributes:
        near_duplicate: Jaccard similarity (0-1] of word shingles from which a
            post counts as a near duplicate.
        duplicate_days: how far back the other account's posts are compared.
        promotion_window: how many recent professional posts the
            self-promotion meter looks at.
        promotion_share: the share of plugs in that window above which the
            meter warns.
    """

    near_duplicate: float = 0.7
    duplicate_days: int = 30
    promotion_window: int = 20
    promotion_share: float = 0.5


@dataclass(frozen=True)
class _AccountHistory:
    """One account's posts inside the duplicate window, and their index."""

    posts: tuple[HistoryPost, ...]
    index: ShingleIndex


@dataclass(eq=False)
class ReviewContext:
    """Profiles and recent posts of both accounts.

    Attributes:
        profiles: the profiles by role; a missing role means "not set up".
        history: recent posts of both accounts, any order.
        now: the time of the review (from a Clock); None disables the
            duplicate window, comparing with the whole history given.
        settings: thresholds.
    """

    profiles: Mapping[Role, Profile] = field(default_factory=dict)
    history: tuple[HistoryPost, ...] = ()
    now: datetime | None = None
    settings: GuardSettings = field(default_factory=GuardSettings)
    _memo: dict[str, object] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def build(
        cls,
        profiles: Mapping[Role, Profile],
        posts: Iterable[Post | HistoryPost],
        now: datetime | None = None,
        settings: GuardSettings | None = None,
    ) -> ReviewContext:
        """Return a context from profiles and outbox posts (Post or HistoryPost)."""
        history = tuple(
            p if isinstance(p, HistoryPost) else HistoryPost.from_post(p) for p in posts
        )
        return cls(dict(profiles), history, now, settings or GuardSettings())

    def profile(self, role: Role) -> Profile:
        """Return the profile of `role`, or an empty one."""
        return self.profiles.get(role) or Profile(role=role)

    def _window(self, role: Role) -> _AccountHistory:
        since = None
        if self.now is not None:
            since = self.now - timedelta(days=self.settings.duplicate_days)
        posts = tuple(
            p
            for p in self.history
            if p.account is role
            and p.state in COUNTED_STATES
            and (since is None or p.when >= since)
        )
        return _AccountHistory(posts, ShingleIndex([p.text for p in posts]))

    @cached_property
    def _professional(self) -> _AccountHistory:
        return self._window(Role.PROFESSIONAL)

    @cached_property
    def _personal(self) -> _AccountHistory:
        return self._window(Role.PERSONAL)

    def recent(self, role: Role) -> tuple[HistoryPost, ...]:
        """Return `role`'s counted posts inside the duplicate window, in history order."""
        return (self._professional if role is Role.PROFESSIONAL else self._personal).posts

    def index(self, role: Role) -> ShingleIndex:
        """Return the duplicate index over `role`'s recent posts (built once)."""
        return (self._professional if role is Role.PROFESSIONAL else self._personal).index

    def warm(self) -> None:
        """Build both indexes now (e.g. on a worker thread) instead of on first review."""
        self.index(Role.PROFESSIONAL)
        self.index(Role.PERSONAL)

    def cached(self, key: str, build: Callable[[], T]) -> T:
        """Return a value derived from this context, computing it once per key.

        Guards use it for work that depends only on the context (not on the
        draft), so that it is not repeated on every keystroke.
        """
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[return-value]

    @cached_property
    def _newest_first(self) -> dict[Role, tuple[HistoryPost, ...]]:
        ordered = sorted(
            (p for p in self.history if p.state in COUNTED_STATES),
            key=lambda p: p.when,
            reverse=True,
        )
        return {role: tuple(p for p in ordered if p.account is role) for role in Role}

    def latest(self, role: Role, count: int) -> tuple[HistoryPost, ...]:
        """Return `role`'s `count` newest counted posts, newest first (sorted once)."""
        return self._newest_first[role][:count]
