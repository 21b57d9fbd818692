"""What the window needs from below, as a protocol.

The composition root hands the window one object with these members (the
backend); the window never imports infra or the wiring itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from dualdesk.core.accounts import Role
    from dualdesk.core.ports import XClient
    from dualdesk.core.posts import Post
    from dualdesk.services.donotfollow import DoNotFollowService
    from dualdesk.services.exposure import ExposureService
    from dualdesk.services.linking import LinkService
    from dualdesk.services.mentions import MentionsService
    from dualdesk.services.pair_audit import PairAuditService
    from dualdesk.services.posting import PostingService
    from dualdesk.services.profiles import ProfileService
    from dualdesk.services.promotion_meter import PromotionMeterService
    from dualdesk.services.review import ReviewService
    from dualdesk.services.sender import Sender
    from dualdesk.services.timing import TimingService


class Scheduler(Protocol):
    """Wakes the sender on time."""

    def start(self) -> Any:
        """Rebuild jobs from the outbox and start; returns the start-up report."""
        ...

    def stop(self) -> None:
        """Stop waking."""
        ...


class SenderLock(Protocol):
    """One sender per data directory."""

    def acquire(self) -> bool:
        """Take the lock if free."""
        ...

    def holder(self) -> int | None:
        """The process id holding the lock, if known."""
        ...


class AuditAndSettings(Protocol):
    """The audit log and small settings."""

    def entries(self, limit: int = 200) -> list[dict[str, object]]:
        """Newest audit entries first."""
        ...

    def get_setting(self, key: str, default: object = None) -> object:
        """A setting, or `default`."""
        ...

    def set_setting(self, key: str, value: object) -> None:
        """Store a setting."""
        ...


class WindowServices(Protocol):
    """Everything the window asks of the layers below."""

    sandbox: bool

    @property
    def profiles(self) -> ProfileService: ...
    @property
    def posting(self) -> PostingService: ...
    @property
    def review(self) -> ReviewService: ...
    @property
    def timing(self) -> TimingService: ...
    @property
    def sender(self) -> Sender: ...
    @property
    def scheduler(self) -> Scheduler: ...
    @property
    def sender_lock(self) -> SenderLock: ...
    @property
    def linking(self) -> LinkService: ...
    @property
    def mentions(self) -> MentionsService: ...
    @property
    def pair_audit(self) -> PairAuditService: ...
    @property
    def donotfollow(self) -> DoNotFollowService: ...
    @property
    def store(self) -> AuditAndSettings: ...
    @property
    def promotion_meter(self) -> PromotionMeterService: ...
    @property
    def exposure(self) -> ExposureService: ...
    @property
    def sandbox_server(self) -> Any: ...

    def posting_history(self, role: Role, limit: int = 30) -> list[Post]:
        """The account's recent posts in the outbox, any state, newest first."""
        ...

    def real_accounts(self) -> WindowServices:
        """The real accounts' services (from the sandbox: to link them)."""
        ...

    @property
    def home(self) -> Path: ...

    def client_for(self, role: Role) -> XClient | None:
        """The account's X client, or None when it is not linked."""
        ...
