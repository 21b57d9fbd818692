"""Posting windows as real instants: wall clock to UTC across DST changes.

Window times are wall-clock times in the policy's zone. Turning one into an
instant follows two fixed rules:

- a time the clocks skip (spring forward, e.g. 01:30 in London on the last
  Sunday of March) becomes the instant the clocks jump, the first real time
  after it, so no post is ever planned into the missing hour;
- a time the clocks show twice (fall back) means its first occurrence, so a
  window covers the repeated hour once, not twice.

A window is then the half-open UTC interval [start, end). An instant is in
a window when it falls inside one of these intervals and the zone's clock
then shows a time inside the window for the first time that day: during
the repeated hour after clocks fall back, no instant is in any window, so
a window never gets the same wall-clock minutes twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dualdesk.core.timing_policy import TimingPolicy, load_zone

# How far "any time" reaches: further than anything is ever planned.
_FOREVER = timedelta(days=3650)


def require_aware(value: datetime, name: str) -> datetime:
    """Return `value` in UTC.

    Raises:
        ValueError: `value` has no time zone, so it could mean any instant.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must carry a time zone (got {value.isoformat()}).")
    return value.astimezone(UTC)


def wall_to_utc(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """Return the UTC instant at which the zone's clocks show `day` `clock`.

    A skipped wall time gives the instant the clocks jump forward; a
    repeated one gives its first occurrence.
    """
    wall = datetime.combine(day, clock)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    second = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    if first <= second:
        return first
    # In a gap fold=0 reads the wall time with the offset from before the
    # jump (a later instant) and fold=1 with the one after (an earlier one).
    # The jump is the first instant in between whose wall time reaches `wall`.
    low, high = int(second.timestamp()), int(first.timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        shown = datetime.fromtimestamp(middle, UTC).astimezone(zone).replace(tzinfo=None)
        if shown >= wall:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def _day_intervals(policy: TimingPolicy, day: date, zone: ZoneInfo) -> list[list[datetime]]:
    spans = []
    for window in policy.windows_on(day.weekday()):
        start = wall_to_utc(day, window.start, zone)
        end = wall_to_utc(day, window.end, zone)
        if end > start:  # a window lying wholly in a skipped hour is empty
            spans.append([start, end])
    return spans


def window_intervals(policy: TimingPolicy, after: datetime) -> Iterator[tuple[datetime, datetime]]:
    """Yield the UTC intervals [start, end) of windows that end after `after`.

    Intervals come earliest first, overlapping or touching ones merged. The
    generator never ends: callers stop when they have what they need. With
    no windows ("any time") it yields one interval from `after` onwards.
    """
    after = require_aware(after, "after")
    if policy.any_time:
        yield after, after + _FOREVER
        return
    zone = load_zone(policy.zone)
    day = after.astimezone(zone).date() - timedelta(days=1)
    pending: list[datetime] | None = None
    while True:
        for span in _day_intervals(policy, day, zone):
            if span[1] <= after:
                continue
            if pending is not None and span[0] <= pending[1]:
                pending[1] = max(pending[1], span[1])
                continue
            if pending is not None:
                yield pending[0], pending[1]
            pending = span
        day += timedelta(days=1)


def shows_window_time(policy: TimingPolicy, instant: datetime, zone: ZoneInfo) -> bool:
    """Return whether the zone's clock at `instant` reads a window time, first time round."""
    if policy.any_time:
        return True
    local = instant.astimezone(zone)
    if local.fold:  # the second pass through a repeated hour
        return False
    clock = local.time().replace(tzinfo=None)
    return any(w.start <= clock < w.end for w in policy.windows_on(local.weekday()))


def in_window(policy: TimingPolicy, instant: datetime) -> bool:
    """Return whether the account may post at `instant` (any aware datetime)."""
    instant = require_aware(instant, "instant")
    start, _end = next(window_intervals(policy, instant))
    return start <= instant and shows_window_time(policy, instant, load_zone(policy.zone))


def next_window_start(policy: TimingPolicy, after: datetime) -> datetime:
    """Return the first instant at or after `after` inside a window, in UTC.

    That is `after` itself when it is already inside a window, else the
    opening of the next window.
    """
    after = require_aware(after, "after")
    zone = load_zone(policy.zone)
    for start, end in window_intervals(policy, after):
        candidate = max(start, after)
        while candidate < end:
            if shows_window_time(policy, candidate, zone):
                return candidate
            # Only a repeated hour after clocks fall back gets here.
            candidate = candidate.replace(second=0, microsecond=0) + timedelta(minutes=1)
    raise AssertionError("window_intervals never ends")  # pragma: no cover
