"""The non-Qt half of the composition root, shared by app.py and cli.py.

It builds the concrete adapters for one data directory and hands them to the
services. Heavy libraries (tweepy, keyring, APScheduler) are imported only
when the object that needs them is first asked for, so the window's first
paint never waits for them.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dualdesk.core.accounts import Role
from dualdesk.core.errors import AuthRevoked
from dualdesk.core.ports import XClient
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.datadir import resolve_data_dir
from dualdesk.infra.sender_lock import SenderLock
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.posting import PostingService
from dualdesk.services.posting_ports import (
    ClientProvider,
    Planner,
    Replanner,
    Reviewer,
    no_review,
    post_as_asked,
    replan_now,
)
from dualdesk.services.profiles import ProfileService
from dualdesk.services.sender import Sender

if TYPE_CHECKING:
    from dualdesk.infra.scheduler import OutboxScheduler


def not_linked(account: Role) -> XClient:
    """Client provider used until X accounts can be linked: every account is unlinked."""
    raise AuthRevoked(
        f"The {account.value} account is not linked: run `dualdesk link {account.value}`."
    )


class Backend:
    """Everything below the fronts, for one data directory.

    Attributes:
        data_dir: where the SQLite file and sandbox state live.
    """

    def __init__(
        self,
        home: str | Path | None = None,
        *,
        clients: ClientProvider | None = None,
        reviewer: Reviewer | None = None,
        planner: Planner | None = None,
        replanner: Replanner | None = None,
    ) -> None:
        """Describe the backend for one data directory; nothing is opened yet.

        Args:
            home: the data directory (default: $DUALDESK_HOME or the user data dir).
            clients: gives each account's X client (default: none is linked).
            reviewer: the guards (default: find nothing).
            planner: the timing rules (default: post when asked).
            replanner: new times for overdue posts (default: now).
        """
        self.data_dir = resolve_data_dir(home)
        self.clock = SystemClock()
        self._clients = clients or not_linked
        self._reviewer = reviewer or no_review
        self._planner = planner or post_as_asked
        self._replanner = replanner or replan_now

    @cached_property
    def store(self) -> SQLiteStore:
        """The SQLite store; opening it may raise StoreError."""
        return SQLiteStore(self.data_dir)

    @cached_property
    def profiles(self) -> ProfileService:
        """Profile editing with the pair's rules."""
        return ProfileService(self.store)

    @cached_property
    def posting(self) -> PostingService:
        """Review, plan and queue drafts; change queued posts."""
        return PostingService(
            self.store,
            self.store,
            self.store,
            self.clock,
            reviewer=self._reviewer,
            planner=self._planner,
        )

    @cached_property
    def sender(self) -> Sender:
        """Sends due posts; use it only while holding `sender_lock`."""
        return Sender(self.store, self._clients, self.store, self._replanner)

    @cached_property
    def sender_lock(self) -> SenderLock:
        """The one-sender-per-data-directory lock."""
        return SenderLock(self.data_dir)

    @cached_property
    def scheduler(self) -> OutboxScheduler:
        """Wakes the sender on time (APScheduler is imported on first use)."""
        from dualdesk.infra.scheduler import OutboxScheduler  # noqa: PLC0415 - heavy import

        scheduler = OutboxScheduler(self.sender, self.clock)
        self.posting.subscribe(scheduler.schedule)
        return scheduler

    def close(self) -> None:
        """Release what was opened."""
        if "scheduler" in self.__dict__:
            self.scheduler.stop()
        if "sender_lock" in self.__dict__:
            self.sender_lock.release()
        if "store" in self.__dict__:
            self.store.close()
