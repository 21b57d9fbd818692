"""Per-user request windows, as X enforces them.

Limits are per user and endpoint within a 15-minute window (X's published
figures for user-context requests). Counts live in memory: a restarted
sandbox starts with fresh windows, as if 15 minutes had passed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

WINDOW_SECONDS = 15 * 60

DEFAULT_LIMITS: dict[str, int] = {
    "POST /2/tweets": 100,
    "DELETE /2/tweets/:id": 50,
    "GET /2/users/me": 75,
    "GET /2/users/:id/tweets": 900,
    "GET /2/users/:id/mentions": 300,
    "GET /2/users/:id/followers": 15,
    "GET /2/users/:id/following": 15,
}


@dataclass(frozen=True)
class Usage:
    """The state of one window after a request was counted (or refused)."""

    allowed: bool
    limit: int
    remaining: int
    reset: int  # epoch seconds


class RateLimits:
    """Counts requests per (user, endpoint) in fixed 15-minute windows.

    Args:
        limits: requests allowed per window by endpoint key ("POST /2/tweets");
            keys not given keep X's defaults.
        window_seconds: length of a window.
        now: where the time comes from (epoch seconds); tests pass a fake.
    """

    def __init__(
        self,
        limits: Mapping[str, int] | None = None,
        window_seconds: int = WINDOW_SECONDS,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.limits = {**DEFAULT_LIMITS, **(limits or {})}
        self.window_seconds = window_seconds
        self._now = now
        self._lock = threading.Lock()
        self._windows: dict[tuple[str, str], tuple[float, int]] = {}

    def hit(self, user_id: str, endpoint: str) -> Usage:
        """Count one request; `allowed` is False once the window is used up."""
        limit = self.limits.get(endpoint, 900)
        now = self._now()
        with self._lock:
            start, used = self._windows.get((user_id, endpoint), (now, 0))
            if now - start >= self.window_seconds:
                start, used = now, 0
            allowed = used < limit
            if allowed:
                used += 1
            self._windows[(user_id, endpoint)] = (start, used)
        reset = int(start + self.window_seconds)
        return Usage(allowed, limit, max(0, limit - used), reset)
