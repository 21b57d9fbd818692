"""Dates for tests that plan posts ahead: soon enough to be allowed, never in the past."""

from __future__ import annotations

from datetime import date, timedelta

THURSDAY = 3
MONDAY = 0


def coming(weekday: int) -> date:
    """Return the date of the given weekday (Monday 0) one to two weeks from today."""
    start = date.today() + timedelta(days=7)
    return start + timedelta(days=(weekday - start.weekday()) % 7)
