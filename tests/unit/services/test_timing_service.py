from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from dualdesk.core.accounts import Role
from dualdesk.core.timing_policy import default_policy
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.timing import TimingService


def test_next_window_is_the_next_opening_not_the_current_window(home: Path) -> None:
    timing = TimingService(SQLiteStore(home), "UTC")
    inside = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)  # Wednesday, inside 08:30-18:00
    assert timing.next_window(Role.PROFESSIONAL, inside) == datetime(
        2026, 11, 26, 8, 30, tzinfo=UTC
    )
    friday_night = datetime(2026, 11, 27, 22, 0, tzinfo=UTC)
    assert timing.next_window(Role.PROFESSIONAL, friday_night) == datetime(
        2026, 11, 30, 8, 30, tzinfo=UTC
    )


def test_an_account_with_no_windows_has_no_next_window(home: Path) -> None:
    timing = TimingService(SQLiteStore(home), "UTC")
    timing.set_policy(Role.PROFESSIONAL, default_policy(Role.PERSONAL, "UTC"))
    assert timing.next_window(Role.PROFESSIONAL, datetime(2026, 11, 25, tzinfo=UTC)) is None
