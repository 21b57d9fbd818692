"""Reviewing drafts against the store: the guards with their context loaded.

The composer reviews on every keystroke, so the context (both profiles and
the recent history of both accounts, with its duplicate index) is built
once and reused until the outbox or a profile changes (call `invalidate`)
or it grows older than `max_age` (another process may have changed the
store). A review with a warm context costs about a millisecond for a
tweet-sized draft; building the context for 10,000 posts costs about half a
second, so a front should call `context()` on a worker thread after
`invalidate()` rather than on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime, timedelta

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Finding
from dualdesk.core.guards import GuardSettings, ReviewContext, check_paste, review
from dualdesk.core.guards.context import COUNTED_STATES
from dualdesk.core.ports import Clock, Outbox, ProfileStore
from dualdesk.core.posts import Draft, Post, PostState
from dualdesk.core.timeline import XPost

#: At most this many posts of history are loaded (both accounts together).
HISTORY_LIMIT = 10_000


class ReviewService:
    """Runs the guards over drafts with profiles and history from the store.

    Args:
        profiles: where the two profiles are kept.
        outbox: queued and sent posts of both accounts.
        clock: the time, for the duplicate window.
        settings: guard thresholds (defaults if None).
        max_age: how long a loaded context is trusted before reloading,
            in case another process changed the store.
    """

    def __init__(
        self,
        profiles: ProfileStore,
        outbox: Outbox,
        clock: Clock,
        settings: GuardSettings | None = None,
        max_age: timedelta = timedelta(minutes=5),
    ) -> None:
        self._profiles = profiles
        self._outbox = outbox
        self._clock = clock
        self._settings = settings or GuardSettings()
        self._max_age = max_age
        self._lock = threading.Lock()
        self._context: ReviewContext | None = None
        self._loaded_at: datetime | None = None
        # Each account's recent posts as read from X, for posts made outside dualdesk.
        self._on_x: dict[Role, tuple[Post, ...]] = {}

    def remember_on_x(self, role: Role, posts: Sequence[XPost]) -> None:
        """Count an account's recent posts on X as its history too.

        A post written on X itself (phone app, website) is not in the
        outbox, yet X refuses the same text from the other account and a
        near copy still ties the two together: the duplicate and paste
        guards must see it. Posts the outbox already knows are skipped.
        """
        posts_on_x = tuple(
            Post(
                id=f"x:{post.id}",
                account=role,
                text=post.text,
                state=PostState.SENT,
                created_at=post.created_at,
                planned_at=post.created_at,
                tweet_id=post.id,
                sent_at=post.created_at,
            )
            for post in posts
            if post.created_at is not None
        )
        with self._lock:
            if self._on_x.get(role) == posts_on_x:
                return
            self._on_x[role] = posts_on_x
            self._context = None
            self._loaded_at = None

    def invalidate(self) -> None:
        """Forget the loaded context: call after a profile or the outbox changed."""
        with self._lock:
            self._context = None
            self._loaded_at = None

    def context(self) -> ReviewContext:
        """Return the current context, loading it if stale or missing.

        Raises:
            StoreError: the store cannot be read.
        """
        now = self._clock.now()
        with self._lock:
            fresh = (
                self._context is not None
                and self._loaded_at is not None
                and timedelta(0) <= now - self._loaded_at <= self._max_age
            )
            if not fresh:
                self._context = self._load(now)
                self._loaded_at = now
            assert self._context is not None
            return self._context

    def _load(self, now: datetime) -> ReviewContext:
        saved = self._profiles.load_profiles()
        profiles: dict[Role, Profile] = {r: saved.get(r, Profile(role=r)) for r in Role}
        states = sorted(COUNTED_STATES)
        since = now - timedelta(days=self._settings.duplicate_days)
        recent = self._outbox.posts(states=states, since=since, limit=HISTORY_LIMIT)
        latest = self._outbox.posts(
            account=Role.PROFESSIONAL, states=states, limit=self._settings.promotion_window
        )
        seen: dict[str, Post] = {p.id: p for p in recent}
        seen.update((p.id, p) for p in latest if p.id not in seen)
        sent = {p.tweet_id for p in seen.values() if p.tweet_id}
        for posts_on_x in self._on_x.values():
            seen.update(
                (p.id, p) for p in posts_on_x if p.tweet_id not in sent and p.planned_at >= since
            )
        context = ReviewContext.build(profiles, seen.values(), now=now, settings=self._settings)
        context.warm()
        return context

    def review(self, draft: Draft) -> list[Finding]:
        """Return the findings for a draft, sorted by start offset.

        Raises:
            StoreError: the store cannot be read (only when the context loads).
        """
        return review(draft, self.context())

    def is_from_other_account(
        self, role: Role, pasted: str, other_pane_text: str = "", offset: int = 0
    ) -> Finding | None:
        """Say whether text pasted into `role`'s pane belongs to the other account.

        Args:
            role: the pane pasted into.
            pasted: the pasted text.
            other_pane_text: what the other pane's composer holds now.
            offset: where the paste landed, for the finding's span.

        Returns:
            A warn `duplicate` finding, or None if the paste looks unrelated.
        """
        return check_paste(role, pasted, self.context(), other_pane_text, offset)
