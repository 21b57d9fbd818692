"""Sending what is due, exactly once: the send loop and what each outcome means.

Every send is written down before it happens: the post is claimed
(state=sending, a new attempt id, attempts+1) in one transaction, then X is
asked, then the outcome is stored. A retried post is first looked for on X,
in case an earlier attempt reached it unheard. Holds live in
`send_holds`, crash clean-up in `send_recovery`, retry waits in
`send_retry`; the `Sender` ties them together under one lock.
"""

from __future__ import annotations

import logging
import random
import threading
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from dualdesk.core.accounts import Role
from dualdesk.core.errors import (
    AuthRevoked,
    DuplicateContent,
    NotAvailableOnPlan,
    RateLimited,
    Rejected,
    XError,
)
from dualdesk.core.ports import XClient
from dualdesk.core.posts import Post, PostState
from dualdesk.services.posting_ports import (
    ClientProvider,
    PostListener,
    Replanner,
    SendingOutbox,
    Settings,
    replan_now,
)
from dualdesk.services.reconcile import look_on_x, sent_as
from dualdesk.services.send_holds import AccountHolds, by_account
from dualdesk.services.send_recovery import CrashRecovery, StartupReport
from dualdesk.services.send_retry import Backoff, rate_limit_ends, requeued

log = logging.getLogger(__name__)

DUPLICATE_MESSAGE = "X says this exact text was already posted from this account."
LOST_DUPLICATE_MESSAGE = (
    "X says this exact text is already on this account (probably from an earlier, "
    "interrupted attempt), but it is not among the recent posts. Check the account on X."
)


class Sender:
    """Sends due posts from the outbox. One per data directory (see the sender lock).

    Thread-safe: calls are serialised, so a post in `sending` seen by a call
    is never one this process is still sending.
    """

    def __init__(
        self,
        outbox: SendingOutbox,
        clients: ClientProvider,
        settings: Settings,
        replanner: Replanner = replan_now,
        *,
        backoff: Backoff | None = None,
        overdue_grace: timedelta = timedelta(minutes=5),
        rng: random.Random | None = None,
        new_attempt_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        """Build the sender.

        Args:
            outbox: the posts (source of truth).
            clients: gives each account's X client.
            settings: where per-account holds are kept.
            replanner: new time for posts that became overdue while closed.
            backoff: waits after passing failures.
            overdue_grace: a post later than this at start-up is replanned.
            rng: randomness for jitter (seed it in tests).
            new_attempt_id: makes attempt ids.
        """
        self._outbox = outbox
        self._backoff = backoff or Backoff()
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security
        self._new_attempt_id = new_attempt_id
        self._lock = threading.Lock()
        self._listeners: list[PostListener] = []
        self._holds = AccountHolds(outbox, clients, settings, self._store)
        self._recovery = CrashRecovery(outbox, self._holds, self._store, replanner, overdue_grace)

    def subscribe(self, listener: PostListener) -> None:
        """Tell `listener` about every post whose state this sender changes."""
        self._listeners.append(listener)

    def pending(self) -> list[Post]:
        """Return the queued posts (what a scheduler should wake up for)."""
        return self._outbox.posts(states=[PostState.QUEUED])

    def held(self, account: Role) -> str | None:
        """Return why the account's posts are held, or None if they may be sent."""
        return self._holds.held(account)

    def release_hold(self, account: Role) -> list[Post]:
        """Let the account's posts go again (call after it is linked again)."""
        with self._lock:
            return self._holds.release(account)

    def _store(self, old: Post, new: Post) -> list[Post]:
        if not self._outbox.update_if(new, old.state, old.attempts):
            log.warning("post %s changed while being updated; left as it is", old.id)
            return []
        for listener in self._listeners:
            listener(new)
        return [new]

    # -- start-up -------------------------------------------------------

    def startup(self, now: datetime) -> StartupReport:
        """Reconcile interrupted sends, then replan posts that became overdue."""
        return StartupReport(reconciled=self.reconcile(now), replanned=self.replan_overdue(now))

    def replan_overdue(self, now: datetime) -> list[Post]:
        """Give queued posts whose time passed while closed a new time."""
        with self._lock:
            return self._recovery.replan_overdue(now)

    def reconcile(self, now: datetime) -> list[Post]:
        """Settle every post left in `sending`: sent if on X, else queued again.

        A post whose account cannot be asked (network, rate limit, hold)
        stays in `sending` for a later call.
        """
        with self._lock:
            return self._recovery.reconcile(now)

    # -- sending --------------------------------------------------------

    def tick(self, now: datetime) -> list[Post]:
        """Reconcile leftovers, then send what is due (the scheduler's job)."""
        with self._lock:
            return self._recovery.reconcile(now) + self._send_due_locked(now)

    def send_due(self, now: datetime) -> list[Post]:
        """Send every queued post planned at or before `now`, oldest first.

        Returns:
            The posts whose state changed, as stored.
        """
        with self._lock:
            return self._send_due_locked(now)

    def _send_due_locked(self, now: datetime) -> list[Post]:
        changed: list[Post] = []
        queued = self._outbox.posts(states=[PostState.QUEUED])
        due = sorted(
            (p for p in queued if p.planned_at <= now), key=lambda p: (p.planned_at, p.created_at)
        )
        for account, posts in by_account(due).items():
            client, held = self._holds.client(account)
            changed += held
            if client is None:
                continue
            for post in posts:
                outcome, keep_going = self._send_one(client, post, now)
                changed += outcome
                if not keep_going:
                    break
        return changed

    def _send_one(self, client: XClient, post: Post, now: datetime) -> tuple[list[Post], bool]:
        """Send one post; return what changed and whether to go on with the account."""
        claimed = self._outbox.claim(post.id, self._new_attempt_id(), now)
        if claimed is None:
            return [], True  # cancelled, edited or rescheduled meanwhile
        if claimed.attempts > 1:
            # An earlier attempt may have reached X without us hearing back
            # (a timeout after X accepted it): look before sending again.
            try:
                found = look_on_x(client, self._outbox, claimed)
            except AuthRevoked:
                queued = self._store(claimed, claimed.evolve(state=PostState.QUEUED))
                return queued + self._holds.hold(claimed.account), False
            except RateLimited as exc:
                return self._retry(claimed, now, str(exc), rate_limit_ends(exc)), False
            except XError as exc:
                return self._retry(claimed, now, str(exc), None), False
            if found is not None:
                return self._store(claimed, sent_as(claimed, found, now)), True
        try:
            xpost = client.post(claimed.text, claimed.reply_to)
        except RateLimited as exc:
            return self._retry(claimed, now, str(exc), rate_limit_ends(exc)), False
        except AuthRevoked:
            queued = self._store(claimed, claimed.evolve(state=PostState.QUEUED))
            return queued + self._holds.hold(claimed.account), False
        except DuplicateContent:
            return self._duplicate(client, claimed, now), True
        except (Rejected, NotAvailableOnPlan) as exc:
            return self._store(
                claimed, claimed.evolve(state=PostState.FAILED, error=str(exc))
            ), True
        except XError as exc:  # Transient, and anything else X-shaped: try later
            return self._retry(claimed, now, str(exc), None), False
        except Exception:
            # Unknown outcome: leave it in `sending`; reconcile will settle it.
            log.exception("sending post %s failed unexpectedly; it will be reconciled", post.id)
            return [], False
        log.info("post %s sent from %s as %s", post.id, post.account.value, xpost.id)
        sent = claimed.evolve(state=PostState.SENT, tweet_id=xpost.id, sent_at=now, error="")
        return self._store(claimed, sent), True

    def _retry(self, claimed: Post, now: datetime, why: str, when: datetime | None) -> list[Post]:
        at = when or now + self._backoff.delay(claimed.attempts, self._rng)
        log.info("post %s will be tried again at %s: %s", claimed.id, at.isoformat(), why)
        return self._store(claimed, requeued(claimed, at, now, why))

    def _duplicate(self, client: XClient, claimed: Post, now: datetime) -> list[Post]:
        if claimed.attempts <= 1:
            failed = claimed.evolve(state=PostState.FAILED, error=DUPLICATE_MESSAGE)
            return self._store(claimed, failed)
        try:  # "possibly sent" by an earlier attempt
            found = look_on_x(client, self._outbox, claimed)
        except XError as exc:
            log.warning("post %s may be on X already; will check again: %s", claimed.id, exc)
            return []  # stays in sending; reconcile settles it
        if found is None:
            failed = claimed.evolve(state=PostState.FAILED, error=LOST_DUPLICATE_MESSAGE)
            return self._store(claimed, failed)
        return self._store(claimed, sent_as(claimed, found, now))
