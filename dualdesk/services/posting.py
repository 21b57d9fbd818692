"""Turning drafts into queued posts, and changing posts while they wait.

The one posting pipeline both fronts use: check (text, guards, time, with
overrides audited; see `posting_checks`), then enqueue; and the queue's
own changes: cancel, reschedule, edit. Sending lives in
`dualdesk.services.sender`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from dualdesk.core.accounts import Role
from dualdesk.core.errors import DualdeskError
from dualdesk.core.findings import Finding
from dualdesk.core.ports import AuditLog, Clock
from dualdesk.core.posts import Draft, Plan, Post, PostState
from dualdesk.services.posting_checks import WAITING, PostingChecks
from dualdesk.services.posting_ports import (
    NotChangeable,
    Planner,
    PostListener,
    Reviewer,
    SendingOutbox,
    Settings,
    no_review,
    post_as_asked,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SubmitResult:
    """What happened to a submitted draft.

    Attributes:
        post: the queued post as stored.
        findings: what the guards found (block ones were overridden).
        plan: when it will go out, and why if deferred.
        moved: the other account's queued posts moved to keep the gap.
    """

    post: Post
    findings: list[Finding] = field(default_factory=list)
    plan: Plan | None = None
    moved: list[Post] = field(default_factory=list)


class PostingService:
    """Review, plan and enqueue drafts; list, edit, reschedule and cancel queued posts."""

    def __init__(
        self,
        outbox: SendingOutbox,
        audit: AuditLog,
        settings: Settings,
        clock: Clock,
        *,
        reviewer: Reviewer = no_review,
        planner: Planner = post_as_asked,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        gap: Callable[[Role], timedelta] = lambda _role: timedelta(0),
    ) -> None:
        """Build the service.

        Args:
            outbox: where posts are stored (the source of truth for sending).
            audit: where overrides are recorded.
            settings: read for whether the audit log may keep post text.
            clock: the time.
            reviewer: runs the guards over a draft.
            planner: decides when a post goes out.
            new_id: makes post ids (uuid4 hex).
            gap: the least time an account keeps between its posts and the
                other account's (the professional policy's gap).
        """
        self._outbox = outbox
        self._clock = clock
        self._checks = PostingChecks(
            outbox, audit, settings, clock, reviewer=reviewer, planner=planner
        )
        self._new_id = new_id
        self._gap = gap
        self._listeners: list[PostListener] = []

    def subscribe(self, listener: PostListener) -> None:
        """Tell `listener` about every post this service queues or changes."""
        self._listeners.append(listener)

    def _changed(self, post: Post) -> None:
        for listener in self._listeners:
            listener(post)

    def submit(
        self,
        draft: Draft,
        *,
        at: datetime | None = None,
        override_reason: str | None = None,
        force_time: bool = False,
    ) -> SubmitResult:
        """Review, plan and queue a draft.

        Args:
            draft: the text and its account (fixed from here on).
            at: when to post (timezone-aware); None means as soon as allowed.
            override_reason: why blocking findings may be ignored; recorded.
            force_time: keep the asked-for time even if timing would defer
                it (recorded in the audit log).

        Raises:
            InvalidPost: empty or too long text, or a bad time.
            Blocked: a guard blocked the draft and no reason was given.
        """
        findings = self._checks.reviewed(draft, override_reason)
        plan = self._checks.planned(draft.account, at, force_time, override_reason)
        post = Post(
            id=self._new_id(),
            account=draft.account,
            text=draft.text,
            state=PostState.QUEUED,
            created_at=self._clock.now(),
            planned_at=plan.planned_at,
            zone=plan.zone,
            reply_to=draft.reply_to,
            deferred=plan.deferred,
            override_reason=(override_reason or "").strip(),
        )
        self._outbox.add(post)
        self._changed(post)
        return SubmitResult(post=post, findings=findings, plan=plan, moved=self._keep_gap(post))

    def _keep_gap(self, post: Post) -> list[Post]:
        """Move the other account's queued posts that now sit too close to `post`.

        The account with a gap keeps it (the personal account never waits),
        so a personal post queued next to a waiting professional post moves
        the professional one, planned again past the gap.
        """
        other = post.account.other
        gap = self._gap(other)
        if gap <= timedelta(0):
            return []
        now, moved = self._clock.now(), []
        for near in self._outbox.posts(account=other, states=[PostState.QUEUED]):
            if abs(near.planned_at - post.planned_at) >= gap:
                continue
            try:
                plan = self._checks.planned(other, max(near.planned_at, now), False, None)
            except (DualdeskError, ValueError) as exc:  # the new post is queued whatever happens
                log.warning("post %s keeps its time, too close to %s: %s", near.id, post.id, exc)
                continue
            if plan.planned_at <= near.planned_at or plan.planned_at - post.planned_at < gap:
                continue  # the planner found no later time that keeps the gap
            new = near.evolve(planned_at=plan.planned_at, zone=plan.zone, deferred=plan.deferred)
            if self._outbox.update_if(new, PostState.QUEUED, near.attempts):
                self._changed(new)
                moved.append(new)
        return moved

    def queue(self, account: Role | None = None) -> list[Post]:
        """Return posts waiting or being sent, soonest first."""
        posts = self._outbox.posts(account=account, states=WAITING)
        return sorted(posts, key=lambda p: p.planned_at)

    def _waiting(self, post_id: str, doing: str) -> Post:
        post = self._outbox.get(post_id)
        if post is None:
            raise NotChangeable(f"There is no post {post_id}: check the id with `dualdesk queue`.")
        if post.state is PostState.SENDING:
            raise NotChangeable(
                f"Cannot {doing} post {post_id}: it is being sent right now. "
                "Check the account on X in a moment; delete it there if needed."
            )
        if post.state is not PostState.QUEUED:
            raise NotChangeable(
                f"Cannot {doing} post {post_id}: it is already {post.state.value}."
            )
        return post

    def _replace(self, old: Post, new: Post, doing: str) -> Post:
        if not self._outbox.update_if(new, PostState.QUEUED, old.attempts):
            raise NotChangeable(
                f"Cannot {doing} post {old.id}: it started sending meanwhile. "
                "Check the account on X."
            )
        self._changed(new)
        return new

    def cancel(self, post_id: str) -> Post:
        """Cancel a queued post.

        Raises:
            NotChangeable: the post is unknown, being sent, or already final.
        """
        post = self._waiting(post_id, "cancel")
        return self._replace(post, post.evolve(state=PostState.CANCELLED), "cancel")

    def reschedule(
        self,
        post_id: str,
        at: datetime | None,
        *,
        force_time: bool = False,
        reason: str | None = None,
    ) -> SubmitResult:
        """Plan a queued post again for `at` (None: as soon as allowed).

        Raises:
            NotChangeable: the post is not queued.
            InvalidPost: the time is malformed or past.
        """
        post = self._waiting(post_id, "reschedule")
        plan = self._checks.planned(post.account, at, force_time, reason)
        new = post.evolve(planned_at=plan.planned_at, zone=plan.zone, deferred=plan.deferred)
        return SubmitResult(post=self._replace(post, new, "reschedule"), plan=plan)

    def edit(self, post_id: str, text: str, *, override_reason: str | None = None) -> SubmitResult:
        """Change a queued post's text, running the guards again.

        The account never changes; the planned time is kept.

        Raises:
            NotChangeable: the post is not queued.
            InvalidPost: empty or too long text.
            Blocked: a guard blocked the new text and no reason was given.
        """
        post = self._waiting(post_id, "edit")
        findings = self._checks.reviewed(Draft(post.account, text, post.reply_to), override_reason)
        new = post.evolve(text=text, override_reason=(override_reason or "").strip())
        return SubmitResult(post=self._replace(post, new, "edit"), findings=findings)
