"""Plain words for why a post was moved, in the account's local 24-hour time.

The person reads these next to the post ("Planned for Mon 09:17"), so they
say what happened and when the post will go, and never use UTC.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from dualdesk.core.timing_policy import WEEKDAY_NAMES, TimingPolicy

# Local hours an observer reads as "should be asleep".
_NIGHT_STARTS, _NIGHT_ENDS = 22, 6


def _clock(instant: datetime, zone: ZoneInfo) -> str:
    return f"{instant.astimezone(zone):%H:%M}"


def _day_clock(instant: datetime, zone: ZoneInfo, reference: datetime | None = None) -> str:
    """Return "Mon 09:17", with the date too when it is a week or more away."""
    local = instant.astimezone(zone)
    text = f"{WEEKDAY_NAMES[local.weekday()]} {local:%H:%M}"
    if reference is not None and (local.date() - reference.astimezone(zone).date()).days > 6:
        text = f"{WEEKDAY_NAMES[local.weekday()]} {local.day} {local:%b %H:%M}"
    return text


def _at_night(instant: datetime, zone: ZoneInfo) -> bool:
    hour = instant.astimezone(zone).hour
    return hour >= _NIGHT_STARTS or hour < _NIGHT_ENDS


def outside_reason(
    policy: TimingPolicy, asked: datetime, planned: datetime, zone: ZoneInfo, *, asked_now: bool
) -> str:
    """Why a post asked for outside the posting hours moved to `planned`."""
    when = _day_clock(planned, zone, asked)
    if asked_now:
        if _at_night(asked, zone):
            return (
                f"It's {_clock(asked, zone)} — posting now would show you're awake. "
                f"Planned for {when}."
            )
        return (
            f"It's {_day_clock(asked, zone)}, outside this account's posting hours "
            f"({policy.describe()}). Planned for {when}."
        )
    if _at_night(asked, zone):
        return (
            f"{_day_clock(asked, zone)} is at night — posting then would show you're awake. "
            f"Planned for {when} instead."
        )
    return (
        f"{_day_clock(asked, zone)} is outside this account's posting hours "
        f"({policy.describe()}). Planned for {when} instead."
    )


def gap_reason(policy: TimingPolicy, other: datetime, planned: datetime, zone: ZoneInfo) -> str:
    """Why a post moved away from the other account's post at `other`."""
    return (
        f"Your other account has a post at {_clock(other, zone)}; posting within "
        f"{policy.min_gap_minutes} minutes of it would give the two accounts the same "
        f"timing. Planned for {_day_clock(planned, zone, other)}."
    )


def round_minute_reason(asked: datetime, planned: datetime, zone: ZoneInfo) -> str:
    """Why a picked time on :00, :15, :30 or :45 moved a few minutes."""
    return (
        f"Moved from {_clock(asked, zone)} to {_clock(planned, zone)}: posts exactly on "
        "the hour or quarter hour look scheduled."
    )


def window_closing_reason(policy: TimingPolicy, planned: datetime, zone: ZoneInfo) -> str:
    """Why "Post now" at the very end of the posting hours waits for the next window."""
    return (
        f"This account's posting hours ({policy.describe()}) are over for now. "
        f"Planned for {_day_clock(planned, zone)}."
    )


def requested_warning(policy: TimingPolicy, requested: datetime, zone: ZoneInfo) -> str:
    """The warning shown before keeping a picked time outside the posting hours."""
    why = " — posting then would show you're awake." if _at_night(requested, zone) else "."
    return (
        f"{_day_clock(requested, zone)} is outside this account's posting hours "
        f"({policy.describe()}){why} Keep that time anyway, or let dualdesk move it "
        "into the next window."
    )


def missed_reason(
    policy: TimingPolicy,
    planned_before: datetime,
    now: datetime,
    planned: datetime,
    zone: ZoneInfo,
    *,
    inside: bool,
) -> str:
    """Why a post that fell due while dualdesk was closed goes at `planned`."""
    missed = (
        f"Missed while dualdesk was closed (it was planned for {_day_clock(planned_before, zone)})"
    )
    if inside:
        return f"{missed}; sending at {_clock(planned, zone)}."
    if _at_night(now, zone):
        return (
            f"{missed}; it's {_clock(now, zone)} — posting now would show you're awake. "
            f"Planned for {_day_clock(planned, zone, now)}."
        )
    return (
        f"{missed}; it's {_day_clock(now, zone)}, outside this account's posting hours "
        f"({policy.describe()}). Planned for {_day_clock(planned, zone, now)}."
    )
