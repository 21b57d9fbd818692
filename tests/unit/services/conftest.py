"""Posting pipeline fixtures: the real SQLite store, pretend X accounts."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.ports import XClient
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.posting import PostingService
from dualdesk.services.sender import Sender
from tests.conftest import FixedClock
from tests.unit.services.fake_x import FakeX


@pytest.fixture
def store(home: Path) -> Iterator[SQLiteStore]:
    opened = SQLiteStore(home)
    yield opened
    opened.close()


@pytest.fixture
def x(clock: FixedClock) -> dict[Role, FakeX]:
    """One pretend X account per role."""
    return {Role.PROFESSIONAL: FakeX(clock.now, "1"), Role.PERSONAL: FakeX(clock.now, "2")}


@pytest.fixture
def posting(store: SQLiteStore, clock: FixedClock) -> PostingService:
    return PostingService(store, store, store, clock)


@pytest.fixture
def sender(store: SQLiteStore, x: dict[Role, FakeX]) -> Sender:
    def clients(role: Role) -> XClient:
        return x[role]

    return Sender(store, clients, store, rng=random.Random(7))
