"""Deciding when a post goes out, so posting times reveal nothing.

Everything here is pure: the current time and the random source are passed
in, and every instant returned is timezone-aware UTC. Plans are made in the
account's zone and carry its name in `Plan.zone`.

The rules, for a policy with windows (the professional default):

- "Post now" inside a window goes now. If now is on a round minute it goes
  at the next minute (not counted as deferred). If the other account posts
  within the minimum gap, the post moves to just after the gap (plus up to
  the jitter) and is deferred with a reason.
- "Post now" outside a window is planned at a random minute near the start
  of the next window (within `spread_minutes` of the first usable minute),
  off round minutes and clear of the other account, and deferred with a
  reason such as "It's 01:42 — posting now would show you're awake.
  Planned for Mon 09:17."
- A time the person picks inside a window is kept to the minute, unless it
  is on a round minute (moved by up to the jitter) or too close to the
  other account (moved past the gap). Outside a window it is moved to the
  next window; callers should first show `check_requested`'s warning and
  pass `force=True` when the person confirms the time.
- `force=True` keeps the asked-for time (or now) unchanged; the caller
  records the override in the audit log.

A policy with no windows (the personal default) posts whenever asked.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from itertools import takewhile

from dualdesk.core.posts import Plan
from dualdesk.core.timing_policy import TimingPolicy, load_zone
from dualdesk.core.timing_reasons import (
    gap_reason,
    missed_reason,
    outside_reason,
    requested_warning,
    round_minute_reason,
    window_closing_reason,
)
from dualdesk.core.timing_windows import (
    in_window,
    require_aware,
    shows_window_time,
    window_intervals,
)

_MINUTE = timedelta(minutes=1)
_LAST_SECOND = timedelta(seconds=59)
# Windows are weekly, so a year without a usable minute means there is none.
_HORIZON = timedelta(days=370)


class PlanningError(ValueError):
    """A post cannot be planned as asked; the message says what to change."""


def is_round_minute(policy: TimingPolicy, instant: datetime) -> bool:
    """Return whether `instant` shows :00, :15, :30 or :45 on the zone's clock."""
    local = require_aware(instant, "instant").astimezone(load_zone(policy.zone))
    return local.minute % 15 == 0


def gap_conflicts(
    policy: TimingPolicy, instant: datetime, other_account_times: Sequence[datetime]
) -> list[datetime]:
    """Return the other account's times (UTC) closer to `instant` than the gap."""
    gap = timedelta(minutes=policy.min_gap_minutes)
    instant = require_aware(instant, "instant")
    times = (require_aware(t, "other account time") for t in other_account_times)
    return sorted(t for t in times if abs(t - instant) < gap)


class _Slots:
    """Usable whole minutes for one plan: in a window, off round, clear of the gap."""

    def __init__(self, policy: TimingPolicy, others: Sequence[datetime]) -> None:
        self._policy = policy
        self._zone = load_zone(policy.zone)
        self._gap = timedelta(minutes=policy.min_gap_minutes)
        self._others = sorted(require_aware(t, "other account time") for t in others)

    def _clear(self, minute: datetime) -> bool:
        if self._policy.avoid_round_minutes and minute.astimezone(self._zone).minute % 15 == 0:
            return False
        if not shows_window_time(self._policy, minute, self._zone):
            return False
        if not self._gap:
            return True
        # The whole minute must stay out of (other - gap, other + gap); only
        # the first other time after minute - gap can reach into it.
        nearest = bisect_right(self._others, minute - self._gap)
        return (
            nearest == len(self._others)
            or self._others[nearest] - self._gap >= minute + _LAST_SECOND
        )

    def minutes(self, earliest: datetime) -> Iterator[datetime]:
        """Yield usable minute starts at or after `earliest`, in order, for a year."""
        for start, end in window_intervals(self._policy, earliest):
            if start > earliest + _HORIZON:
                return
            begin = max(start, earliest)
            minute = begin.replace(second=0, microsecond=0)
            if minute < begin:
                minute += _MINUTE
            while minute + _LAST_SECOND < end:
                if self._clear(minute):
                    yield minute
                minute += _MINUTE

    def pick(self, earliest: datetime, spread: timedelta, rng: random.Random) -> datetime:
        """Return a random instant within `spread` of the first usable minute."""
        found = self.minutes(earliest)
        first = next(found, None)
        if first is None:
            raise PlanningError(
                "No minute in this account's posting windows can be used (they are too "
                f"short or all on round minutes: {self._policy.describe()}). "
                "Widen the windows in the timing settings."
            )
        choices = [first, *takewhile(lambda m: m < first + spread, found)]
        return rng.choice(choices) + timedelta(seconds=rng.randint(0, 59))


def _pick_near(
    slots: _Slots, asked: datetime, now: datetime, jitter: timedelta, rng: random.Random
) -> datetime | None:
    """Return a usable instant up to `jitter` after `asked`, if any.

    Never earlier than asked: a time picked by hand may be an embargo ("not
    before 10:00"), so moving off its round minute only ever moves it later.
    """
    earliest = max(now, asked)
    choices = list(takewhile(lambda m: m <= asked + jitter, slots.minutes(earliest)))
    if not choices:
        return None
    return rng.choice(choices) + timedelta(seconds=rng.randint(0, 59))


def plan_post(
    policy: TimingPolicy,
    now: datetime,
    requested: datetime | None,
    other_account_times: Sequence[datetime],
    rng: random.Random,
    *,
    force: bool = False,
) -> Plan:
    """Return when a post should go out.

    Args:
        policy: the posting account's policy.
        now: the current time, timezone-aware.
        requested: the time the person picked, or None for "Post now".
        other_account_times: the other account's sent and queued post times.
        rng: the random source for jitter (seed it in tests).
        force: keep `requested` (or now) as it is; the caller audits this.

    Raises:
        PlanningError: `requested` lies in the past, or the policy's windows
            leave no usable minute.
        ValueError: a datetime has no time zone.
    """
    now = require_aware(now, "now")
    asked = now if requested is None else require_aware(requested, "the requested time")
    if asked < now - _MINUTE:
        raise PlanningError(
            f"The time asked for ({asked:%Y-%m-%d %H:%M} UTC) has already passed: "
            "pick a later time or post now."
        )
    asked = max(asked, now)
    if force:
        return Plan(asked, policy.zone)
    zone = load_zone(policy.zone)
    slots = _Slots(policy, other_account_times)
    if not in_window(policy, asked):
        planned = slots.pick(asked, timedelta(minutes=policy.spread_minutes), rng)
        return Plan(
            planned,
            policy.zone,
            True,
            outside_reason(policy, asked, planned, zone, asked_now=requested is None),
        )
    jitter = timedelta(minutes=policy.jitter_minutes)
    conflicts = gap_conflicts(policy, asked, other_account_times)
    if conflicts:
        after_gap = conflicts[-1] + timedelta(minutes=policy.min_gap_minutes)
        planned = slots.pick(after_gap, jitter, rng)
        reason = gap_reason(policy, conflicts[-1], planned, zone)
        return Plan(planned, policy.zone, True, reason)
    if not (policy.avoid_round_minutes and is_round_minute(policy, asked)):
        return Plan(asked, policy.zone)
    if requested is None:
        planned = slots.pick(asked, timedelta(0), rng)
        if planned - asked <= 2 * _MINUTE:
            return Plan(planned, policy.zone)
        blocking = gap_conflicts(policy, asked + _MINUTE, other_account_times)
        if blocking:
            return Plan(
                planned, policy.zone, True, gap_reason(policy, blocking[-1], planned, zone)
            )
        return Plan(planned, policy.zone, True, window_closing_reason(policy, planned, zone))
    near = _pick_near(slots, asked, now, jitter, rng)
    planned = near if near is not None else slots.pick(asked, jitter, rng)
    return Plan(planned, policy.zone, True, round_minute_reason(asked, planned, zone))


def check_requested(policy: TimingPolicy, requested: datetime) -> str | None:
    """Return a warning to show before keeping `requested`, or None if it is fine.

    The warning says the time is outside the account's posting hours and
    why that matters; the caller then asks whether to keep it (plan with
    `force=True`) or let it move into the next window.
    """
    if in_window(policy, requested):
        return None
    return requested_warning(policy, require_aware(requested, "requested"), load_zone(policy.zone))


def replan_overdue(
    policy: TimingPolicy,
    post_planned_at: datetime,
    now: datetime,
    rng: random.Random,
    other_account_times: Sequence[datetime] = (),
) -> Plan:
    """Re-plan a post that fell due while dualdesk was not running.

    It is never sent outside a window: inside one it goes within the jitter
    of now; outside, it moves to the next window. A post not yet due keeps
    its time.

    Raises:
        PlanningError: the policy's windows leave no usable minute.
    """
    planned_before = require_aware(post_planned_at, "post_planned_at")
    now = require_aware(now, "now")
    if planned_before >= now:
        return Plan(planned_before, policy.zone)
    zone = load_zone(policy.zone)
    slots = _Slots(policy, other_account_times)
    inside = in_window(policy, now)
    spread = policy.jitter_minutes if inside else policy.spread_minutes
    planned = slots.pick(now, timedelta(minutes=spread), rng)
    return Plan(
        planned,
        policy.zone,
        True,
        missed_reason(policy, planned_before, now, planned, zone, inside=inside),
    )
