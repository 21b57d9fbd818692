"""The system clock."""

from __future__ import annotations

from datetime import UTC, datetime


class SystemClock:
    """Implements Clock with the machine's time."""

    def now(self) -> datetime:
        """Return the current time in UTC."""
        return datetime.now(UTC)
