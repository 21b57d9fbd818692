"""Sending what is due, exactly once, and cleaning up after a crash.

Every send is written down before it happens: the post is claimed
(state=sending, a new attempt id, attempts+1) in one transaction, then X is
asked, then the outcome is stored. A post found in `sending` when no send
is in flight was interrupted, and is reconciled against the account's
recent posts before it may be sent again.
"""

from __future__ import annotations

import logging
import random
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dualdesk.core.accounts import Role
from dualdesk.core.errors import (
    AuthRevoked,
    CredentialsUnavailable,
    DuplicateContent,
    NotAvailableOnPlan,
    RateLimited,
    Rejected,
    XError,
)
from dualdesk.core.ports import XClient
from dualdesk.core.posts import Post, PostState
from dualdesk.core.timeline import XPost
from dualdesk.services.posting_ports import (
    ClientProvider,
    PostListener,
    Replanner,
    SendingOutbox,
    Settings,
    replan_now,
)
from dualdesk.services.reconcile import find_on_x

log = logging.getLogger(__name__)

HOLD_MESSAGE = (
    "Account needs re-linking: X no longer accepts its sign-in. "
    "Link it again; its posts wait until then."
)
DUPLICATE_MESSAGE = "X says this exact text was already posted from this account."
LOST_DUPLICATE_MESSAGE = (
    "X says this exact text is already on this account (probably from an earlier, "
    "interrupted attempt), but it is not among the recent posts. Check the account on X."
)
RATE_LIMIT_MARGIN = timedelta(seconds=5)


def _local(at: datetime, zone: str) -> str:
    """`at` as HH:MM in the post's zone, with the zone's abbreviation."""
    try:
        return f"{at.astimezone(ZoneInfo(zone)):%H:%M %Z}"
    except (ZoneInfoNotFoundError, ValueError):
        return f"{at:%H:%M} UTC"


@dataclass(frozen=True)
class Backoff:
    """Waits between retries after passing failures: exponential, capped, jittered.

    The first wait is two minutes, not seconds: after a timeout X may still be
    creating the post, and the retry looks on X before posting again, so it
    must not look before X is done.
    """

    base: timedelta = timedelta(minutes=2)
    cap: timedelta = timedelta(hours=1)
    jitter: float = 0.2

    def delay(self, attempts: int, rng: random.Random) -> timedelta:
        """Return the wait before the next try after `attempts` tries."""
        raw = min(self.base * (1 << min(max(attempts - 1, 0), 30)), self.cap)
        factor: float = 1 + rng.uniform(-self.jitter, self.jitter)
        return raw * factor


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


def _by_account(posts: Iterable[Post]) -> dict[Role, list[Post]]:
    grouped: dict[Role, list[Post]] = {}
    for post in posts:
        grouped.setdefault(post.account, []).append(post)
    return grouped


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
        self._clients = clients
        self._settings = settings
        self._replan = replanner
        self._backoff = backoff or Backoff()
        self._grace = overdue_grace
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security
        self._new_attempt_id = new_attempt_id
        self._lock = threading.Lock()
        self._listeners: list[PostListener] = []

    def subscribe(self, listener: PostListener) -> None:
        """Tell `listener` about every post whose state this sender changes."""
        self._listeners.append(listener)

    def pending(self) -> list[Post]:
        """Return the queued posts (what a scheduler should wake up for)."""
        return self._outbox.posts(states=[PostState.QUEUED])

    # -- holds ----------------------------------------------------------

    @staticmethod
    def _hold_key(account: Role) -> str:
        return f"sender.hold.{account.value}"

    def held(self, account: Role) -> str | None:
        """Return why the account's posts are held, or None if they may be sent."""
        value = self._settings.get_setting(self._hold_key(account))
        return str(value) if value else None

    def release_hold(self, account: Role) -> list[Post]:
        """Let the account's posts go again (call after it is linked again)."""
        with self._lock:
            self._settings.set_setting(self._hold_key(account), None)
            released = []
            for post in self._outbox.posts(account=account, states=[PostState.QUEUED]):
                if post.error == HOLD_MESSAGE:
                    released += self._store(post, post.evolve(error=""))
            return released

    def _hold(self, account: Role) -> list[Post]:
        log.info("holding the %s account's posts: it needs linking", account.value)
        self._settings.set_setting(self._hold_key(account), HOLD_MESSAGE)
        return self._mark_held(account)

    def _mark_held(self, account: Role) -> list[Post]:
        held = []
        for post in self._outbox.posts(account=account, states=[PostState.QUEUED]):
            if post.error != HOLD_MESSAGE:
                held += self._store(post, post.evolve(error=HOLD_MESSAGE))
        return held

    # -- storing --------------------------------------------------------

    def _store(self, old: Post, new: Post) -> list[Post]:
        if not self._outbox.update_if(new, old.state, old.attempts):
            log.warning("post %s changed while being updated; left as it is", old.id)
            return []
        for listener in self._listeners:
            listener(new)
        return [new]

    def _client(self, account: Role) -> tuple[XClient | None, list[Post]]:
        """Return the account's client, or None and the posts this held."""
        if self.held(account):
            return None, self._mark_held(account)  # posts queued since the hold
        try:
            return self._clients(account), []
        except AuthRevoked:
            return None, self._hold(account)
        except CredentialsUnavailable as exc:
            log.warning("cannot read the %s account's credentials: %s", account.value, exc)
            return None, []

    # -- start-up -------------------------------------------------------

    def startup(self, now: datetime) -> StartupReport:
        """Reconcile interrupted sends, then replan posts that became overdue."""
        return StartupReport(reconciled=self.reconcile(now), replanned=self.replan_overdue(now))

    def replan_overdue(self, now: datetime) -> list[Post]:
        """Give queued posts whose time passed while closed a new time."""
        with self._lock:
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
        with self._lock:
            return self._reconcile_locked(now)

    def _reconcile_locked(self, now: datetime) -> list[Post]:
        changed: list[Post] = []
        stuck = self._outbox.posts(states=[PostState.SENDING])
        for account, posts in _by_account(stuck).items():
            client, held = self._client(account)
            changed += held
            if client is None:
                continue
            for post in posts:
                try:
                    found = find_on_x(client, post, self._claimed(account))
                except AuthRevoked:
                    changed += self._hold(account)
                    break
                except XError as exc:
                    log.warning("could not reconcile post %s yet: %s", post.id, exc)
                    break
                if found is not None:
                    log.info("post %s was already on X as %s", post.id, found.id)
                    sent = post.evolve(
                        state=PostState.SENT,
                        tweet_id=found.id,
                        sent_at=found.created_at or now,
                        error="",
                    )
                else:
                    log.info("post %s never reached X; queued again", post.id)
                    sent = post.evolve(state=PostState.QUEUED, error="")
                changed += self._store(post, sent)
        return changed

    def _claimed(self, account: Role) -> set[str]:
        sent = self._outbox.posts(account=account, states=[PostState.SENT], limit=1000)
        return {p.tweet_id for p in sent if p.tweet_id}

    # -- sending --------------------------------------------------------

    def tick(self, now: datetime) -> list[Post]:
        """Reconcile leftovers, then send what is due (the scheduler's job)."""
        with self._lock:
            return self._reconcile_locked(now) + self._send_due_locked(now)

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
        for account, posts in _by_account(due).items():
            client, held = self._client(account)
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
                found = find_on_x(client, claimed, self._claimed(claimed.account))
            except AuthRevoked:
                queued = self._store(claimed, claimed.evolve(state=PostState.QUEUED))
                return queued + self._hold(claimed.account), False
            except RateLimited as exc:
                when = (exc.reset_at + RATE_LIMIT_MARGIN) if exc.reset_at else None
                return self._retry(claimed, now, str(exc), when), False
            except XError as exc:
                return self._retry(claimed, now, str(exc), None), False
            if found is not None:
                return self._found(claimed, found, now), True
        try:
            xpost = client.post(claimed.text, claimed.reply_to)
        except RateLimited as exc:
            when = (exc.reset_at + RATE_LIMIT_MARGIN) if exc.reset_at else None
            return self._retry(claimed, now, str(exc), when), False
        except AuthRevoked:
            queued = self._store(claimed, claimed.evolve(state=PostState.QUEUED))
            return queued + self._hold(claimed.account), False
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
        retry = claimed.evolve(
            state=PostState.QUEUED,
            planned_at=max(at, now),
            error=f"{why} Trying again at {_local(at, claimed.zone)}.",
        )
        return self._store(claimed, retry)

    def _duplicate(self, client: XClient, claimed: Post, now: datetime) -> list[Post]:
        if claimed.attempts <= 1:
            failed = claimed.evolve(state=PostState.FAILED, error=DUPLICATE_MESSAGE)
            return self._store(claimed, failed)
        try:  # "possibly sent" by an earlier attempt
            found = find_on_x(client, claimed, self._claimed(claimed.account))
        except XError as exc:
            log.warning("post %s may be on X already; will check again: %s", claimed.id, exc)
            return []  # stays in sending; reconcile settles it
        if found is None:
            failed = claimed.evolve(state=PostState.FAILED, error=LOST_DUPLICATE_MESSAGE)
            return self._store(claimed, failed)
        return self._found(claimed, found, now)

    def _found(self, claimed: Post, found: XPost, now: datetime) -> list[Post]:
        log.info("post %s was already on X as %s", claimed.id, found.id)
        sent = claimed.evolve(
            state=PostState.SENT, tweet_id=found.id, sent_at=found.created_at or now, error=""
        )
        return self._store(claimed, sent)
