"""Cleaning up after a crash: interrupted sends and posts that became overdue.

A post found in `sending` when no send is in flight was interrupted: it is
looked for among the account's recent posts and recorded as sent if it is
there, or queued again if it is not. Posts whose time passed while dualdesk
was closed get a new time from the replanner rather than all going out at
once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from dualdesk.core.errors import AuthRevoked, XError
from dualdesk.core.ports import Outbox
from dualdesk.core.posts import Post, PostState
from dualdesk.services.posting_ports import Replanner
from dualdesk.services.reconcile import look_on_x, sent_as
from dualdesk.services.send_holds import AccountHolds, StoreChange, by_account

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartupReport:
    """What the sender fixed when it started.

    Attributes:
        reconciled: interrupted posts, now sent (found on X) or queued again.
        replanned: posts whose time passed while dualdesk was closed, with
            their new time; fronts tell the person about these.
    """

    reconciled: list[Post] = field(default_factory=list)
    replanned: list[Post] = field(default_factory=list)


class CrashRecovery:
    """Settles interrupted sends and replans overdue posts.

    Not thread-safe on its own: the sender calls it under its lock.
    """

    def __init__(
        self,
        outbox: Outbox,
        holds: AccountHolds,
        store: StoreChange,
        replanner: Replanner,
        overdue_grace: timedelta,
    ) -> None:
        """Build the recovery.

        Args:
            outbox: the posts (source of truth).
            holds: gives each account's client, or holds the account.
            store: writes a changed post and tells listeners.
            replanner: new time for posts that became overdue while closed.
            overdue_grace: a post later than this is replanned.
        """
        self._outbox = outbox
        self._holds = holds
        self._store = store
        self._replan = replanner
        self._grace = overdue_grace

    def replan_overdue(self, now: datetime) -> list[Post]:
        """Give queued posts whose time passed while closed a new time."""
        changed = []
        for post in self._outbox.posts(states=[PostState.QUEUED]):
            if post.planned_at >= now - self._grace:
                continue
            plan = self._replan(post.account, post.planned_at, now)
            changed += self._store(
                post,
                post.evolve(
                    planned_at=plan.planned_at,
                    zone=plan.zone,
                    deferred=post.deferred or plan.deferred,
                ),
            )
        return changed

    def reconcile(self, now: datetime) -> list[Post]:
        """Settle every post left in `sending`: sent if on X, else queued again.

        A post whose account cannot be asked (network, rate limit, hold)
        stays in `sending` for a later call.
        """
        changed: list[Post] = []
        stuck = self._outbox.posts(states=[PostState.SENDING])
        for account, posts in by_account(stuck).items():
            client, held = self._holds.client(account)
            changed += held
            if client is None:
                continue
            for post in posts:
                try:
                    found = look_on_x(client, self._outbox, post)
                except AuthRevoked:
                    changed += self._holds.hold(account)
                    break
                except XError as exc:
                    log.warning("could not reconcile post %s yet: %s", post.id, exc)
                    break
                if found is not None:
                    settled = sent_as(post, found, now)
                else:
                    log.info("post %s never reached X; queued again", post.id)
                    settled = post.evolve(state=PostState.QUEUED, error="")
                changed += self._store(post, settled)
        return changed
