"""The non-Qt half of the composition root, shared by app.py and cli.py.

It builds the services for one data directory on top of `AccountAccess` (the
store, the profiles and each account's way to X). Heavy libraries (tweepy,
keyring, APScheduler) are imported only when the object that needs them is
first asked for, so the window's first paint never waits for them.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dualdesk.account_access import AccountAccess
from dualdesk.core.accounts import Role

# Services beyond profiles are imported when first asked for: the window's
# first paint needs only the profiles.
if TYPE_CHECKING:
    from dualdesk.core.posts import Post
    from dualdesk.infra.scheduler import OutboxScheduler
    from dualdesk.infra.sender_lock import SenderLock
    from dualdesk.services.donotfollow import DoNotFollowService
    from dualdesk.services.exposure import ExposureService
    from dualdesk.services.linking import LinkService
    from dualdesk.services.mentions import MentionsService
    from dualdesk.services.pair_audit import PairAuditService
    from dualdesk.services.posting import PostingService
    from dualdesk.services.posting_ports import ClientProvider, Planner, Replanner, Reviewer
    from dualdesk.services.promotion_meter import PromotionMeterService
    from dualdesk.services.review import ReviewService
    from dualdesk.services.sender import Sender
    from dualdesk.services.timing import TimingService


class Backend(AccountAccess):
    """Everything below the fronts, for one data directory: the services on its accounts."""

    def __init__(
        self,
        home: str | Path | None = None,
        sandbox: bool = False,
        *,
        clients: ClientProvider | None = None,
        reviewer: Reviewer | None = None,
        planner: Planner | None = None,
        replanner: Replanner | None = None,
    ) -> None:
        """Describe the backend for one data directory; nothing is opened yet.

        Args:
            home: the data directory (default: $DUALDESK_HOME or the user data dir).
            sandbox: use the built-in sandbox X service and its demo accounts.
            clients: gives each account's X client to the sender (default:
                the linked accounts' clients).
            reviewer: the guards (default: the real ones).
            planner: the timing rules (default: each account's policy).
            replanner: new times for overdue posts (default: each account's policy).
        """
        super().__init__(home, sandbox)
        self._sender_clients = clients
        self._reviewer = reviewer
        self._planner = planner
        self._replanner = replanner

    @cached_property
    def pair_audit(self) -> PairAuditService:
        """The pair audit and its remembered checklist answers."""
        from dualdesk.services.pair_audit import PairAuditService  # noqa: PLC0415

        return PairAuditService(self.profiles, self.client_for, self.store)

    @cached_property
    def mentions(self) -> MentionsService:
        """Each pane's mentions inbox."""
        from dualdesk.services.mentions import MentionsService  # noqa: PLC0415

        return MentionsService(self.client_for, self.store, self.store)

    @cached_property
    def promotion_meter(self) -> PromotionMeterService:
        """The self-promotion meter of the professional pane."""
        from dualdesk.services.promotion_meter import PromotionMeterService  # noqa: PLC0415

        return PromotionMeterService(self.profiles, self.client_for)

    @cached_property
    def donotfollow(self) -> DoNotFollowService:
        """The do-not-follow list; its key is in the keyring, per data directory."""
        from dualdesk.services.donotfollow import DoNotFollowService  # noqa: PLC0415

        return DoNotFollowService(
            self.store,
            self.credential_store,
            key_account=f"{self.keyring_namespace}/install",
            clients=self.client_for,
            settings=self.store,
            clock=self.clock,
        )

    @cached_property
    def linking(self) -> LinkService:
        """Linking and unlinking accounts, with the PIN flow against the X host."""
        from dualdesk.infra.x_pin_flow import OAuth1PinFlow  # noqa: PLC0415
        from dualdesk.services.linking import LinkService  # noqa: PLC0415

        return LinkService(
            self.profiles,
            self.secrets,
            self.x_client,
            pin=OAuth1PinFlow(self.x_api_url),
            audit=self.store,
            clock=self.clock,
            on_linked=lambda role: self.sender.release_hold(role),  # noqa: PLW0108 - lazy
        )

    def real_accounts(self) -> Backend:
        """The backend of the real accounts in the same data directory."""
        if not self.sandbox:
            return self
        if "_real" not in self.__dict__:
            self._real = Backend(self.home)
        return self._real

    def posting_history(self, role: Role, limit: int = 30) -> list[Post]:
        """The account's recent posts in the outbox, any state, newest first."""
        return self.store.posts(account=role, limit=limit)

    @cached_property
    def timing(self) -> TimingService:
        """Each account's timing policy (in the machine's zone by default) and prices."""
        from dualdesk.infra.clock import local_zone_name  # noqa: PLC0415
        from dualdesk.services.timing import TimingService  # noqa: PLC0415

        return TimingService(self.store, local_zone_name())

    @cached_property
    def posting(self) -> PostingService:
        """Review, plan and queue drafts; change queued posts."""
        from dualdesk.services.posting import PostingService  # noqa: PLC0415

        posting = PostingService(
            self.store,
            self.store,
            self.store,
            self.clock,
            reviewer=self._reviewer or self.review.review,
            planner=self._planner or self.timing.plan,
            gap=self.timing.gap,
        )
        # The guards compare drafts with the history: keep their cache fresh.
        posting.subscribe(lambda _post: self.review.invalidate())
        return posting

    @cached_property
    def sender(self) -> Sender:
        """Sends due posts; use it only while holding `sender_lock`."""
        from dualdesk.services.sender import Sender  # noqa: PLC0415

        return Sender(
            self.store,
            self._sender_clients or self.linked_client,
            self.store,
            self._replanner or self.timing.replan,
        )

    @cached_property
    def sender_lock(self) -> SenderLock:
        """The one-sender-per-data-directory lock."""
        from dualdesk.infra.sender_lock import SenderLock  # noqa: PLC0415

        return SenderLock(self.data_dir)

    @cached_property
    def scheduler(self) -> OutboxScheduler:
        """Wakes the sender on time (APScheduler is imported on first use)."""
        from dualdesk.infra.scheduler import OutboxScheduler  # noqa: PLC0415 - heavy import

        scheduler = OutboxScheduler(self.sender, self.clock)
        self.posting.subscribe(scheduler.schedule)
        return scheduler

    @cached_property
    def exposure(self) -> ExposureService:
        """What each account's posting times show, from here and from X."""
        from dualdesk.services.exposure import ExposureService  # noqa: PLC0415

        return ExposureService(self.store, self.client_for, self.timing)

    @cached_property
    def review(self) -> ReviewService:
        """The pre-post guards, with profiles and history from the store."""
        from dualdesk.services.review import ReviewService  # noqa: PLC0415

        return ReviewService(self.store, self.store, self.clock)

    def close(self) -> None:
        """Release what was opened."""
        self._close_clients()
        if "scheduler" in self.__dict__:
            self.scheduler.stop()
        if "sender_lock" in self.__dict__:
            self.sender_lock.release()
        if "sandbox_server" in self.__dict__:
            self.sandbox_server.stop()
        if "_real" in self.__dict__:
            self._real.close()
        if "store" in self.__dict__:
            self.store.close()
