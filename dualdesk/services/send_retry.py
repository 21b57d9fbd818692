"""When a send that failed for a passing reason is tried again.

A rate limit says when to come back (plus a small margin); any other passing
failure waits an exponential, capped, jittered backoff. The post goes back
to the queue with the new time and a message saying when, in its own zone.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dualdesk.core.errors import RateLimited
from dualdesk.core.posts import Post, PostState

RATE_LIMIT_MARGIN = timedelta(seconds=5)


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


def rate_limit_ends(exc: RateLimited) -> datetime | None:
    """Return when X lets the account post again (with a margin), if it said."""
    return (exc.reset_at + RATE_LIMIT_MARGIN) if exc.reset_at else None


def requeued(claimed: Post, at: datetime, now: datetime, why: str) -> Post:
    """Return `claimed` queued again for `at` (never before `now`), saying why and when."""
    return claimed.evolve(
        state=PostState.QUEUED,
        planned_at=max(at, now),
        error=f"{why} Trying again at {_local(at, claimed.zone)}.",
    )


def _local(at: datetime, zone: str) -> str:
    """`at` as HH:MM in the post's zone, with the zone's abbreviation."""
    try:
        return f"{at.astimezone(ZoneInfo(zone)):%H:%M %Z}"
    except (ZoneInfoNotFoundError, ValueError):
        return f"{at:%H:%M} UTC"
