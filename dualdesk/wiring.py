"""The non-Qt half of the composition root, shared by app.py and cli.py.

It builds the concrete adapters for one data directory and hands them to the
services. Heavy libraries (tweepy, keyring, APScheduler) are imported only
when the object that needs them is first asked for, so the window's first
paint never waits for them.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from dualdesk.infra.clock import SystemClock
from dualdesk.infra.datadir import resolve_data_dir
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.profiles import ProfileService
from dualdesk.services.review import ReviewService


class Backend:
    """Everything below the fronts, for one data directory.

    Attributes:
        data_dir: where the SQLite file and sandbox state live.
    """

    def __init__(self, home: str | Path | None = None) -> None:
        self.data_dir = resolve_data_dir(home)
        self.clock = SystemClock()

    @cached_property
    def store(self) -> SQLiteStore:
        """The SQLite store; opening it may raise StoreError."""
        return SQLiteStore(self.data_dir)

    @cached_property
    def profiles(self) -> ProfileService:
        """Profile editing with the pair's rules."""
        return ProfileService(self.store)

    @cached_property
    def review(self) -> ReviewService:
        """The pre-post guards, with profiles and history from the store."""
        return ReviewService(self.store, self.store, self.clock)

    def close(self) -> None:
        """Release what was opened."""
        if "store" in self.__dict__:
            self.store.close()
