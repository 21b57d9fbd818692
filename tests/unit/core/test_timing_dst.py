"""Posting windows across daylight-saving changes, north and south."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from dualdesk.core.planning import plan_post
from dualdesk.core.timing_policy import PostingWindow, TimingPolicy
from dualdesk.core.timing_windows import in_window, next_window_start, wall_to_utc

# (zone, Sunday of the change, first wall-clock hour skipped or repeated)
SPRING_FORWARD = [
    ("Europe/London", date(2026, 3, 29), 1),
    ("America/New_York", date(2026, 3, 8), 2),
    ("Australia/Sydney", date(2026, 10, 4), 2),
]
FALL_BACK = [
    ("Europe/London", date(2026, 10, 25), 1),
    ("America/New_York", date(2026, 11, 1), 1),
    ("Australia/Sydney", date(2026, 4, 5), 2),
]


def sunday_policy(zone: str, start: time, end: time, spread: int = 240) -> TimingPolicy:
    return TimingPolicy(zone, (PostingWindow(6, start, end),), spread_minutes=spread)


def plans_from_saturday_night(policy: TimingPolicy, day: date, seeds: int = 60) -> list[datetime]:
    zone = ZoneInfo(policy.zone)
    saturday_night = datetime.combine(day - timedelta(days=1), time(23, 0), zone)
    return [
        plan_post(policy, saturday_night, None, [], random.Random(seed)).planned_at
        for seed in range(seeds)
    ]


@pytest.mark.parametrize(("zone", "day", "hour"), SPRING_FORWARD)
def test_skipped_wall_time_becomes_the_moment_clocks_jump(zone: str, day: date, hour: int) -> None:
    tz = ZoneInfo(zone)
    instant = wall_to_utc(day, time(hour, 30), tz)
    assert instant.astimezone(tz).time() == time(hour + 1, 0)
    assert (instant - timedelta(seconds=1)).astimezone(tz).time() == time(hour - 1, 59, 59)


@pytest.mark.parametrize(("zone", "day", "hour"), SPRING_FORWARD)
def test_no_post_is_planned_into_the_skipped_hour(zone: str, day: date, hour: int) -> None:
    policy = sunday_policy(zone, time(hour, 30), time(hour + 2, 30))
    tz = ZoneInfo(zone)
    opens = next_window_start(policy, datetime.combine(day, time(0, 0), tz))
    assert opens.astimezone(tz).time() == time(hour + 1, 0)
    local_times = [p.astimezone(tz) for p in plans_from_saturday_night(policy, day)]
    assert all(t.date() == day for t in local_times)
    assert all(time(hour + 1, 0) <= t.time() < time(hour + 2, 30) for t in local_times)
    # Only an hour and a half of real time is open, not two hours.
    assert max(local_times) - min(local_times) < timedelta(minutes=91)


@pytest.mark.parametrize(("zone", "day", "hour"), SPRING_FORWARD)
def test_window_lying_wholly_in_the_skipped_hour_waits_a_week(
    zone: str, day: date, hour: int
) -> None:
    policy = sunday_policy(zone, time(hour, 10), time(hour, 50))
    tz = ZoneInfo(zone)
    planned = plans_from_saturday_night(policy, day, seeds=5)
    assert all(p.astimezone(tz).date() == day + timedelta(days=7) for p in planned)


@pytest.mark.parametrize(("zone", "day", "hour"), FALL_BACK)
def test_repeated_wall_time_means_its_first_occurrence(zone: str, day: date, hour: int) -> None:
    tz = ZoneInfo(zone)
    instant = wall_to_utc(day, time(hour, 30), tz)
    assert instant.astimezone(tz).fold == 0
    assert (instant + timedelta(hours=1)).astimezone(tz).time() == time(hour, 30)


@pytest.mark.parametrize(("zone", "day", "hour"), FALL_BACK)
def test_window_in_the_repeated_hour_is_open_once(zone: str, day: date, hour: int) -> None:
    policy = sunday_policy(zone, time(hour, 10), time(hour, 50))
    tz = ZoneInfo(zone)
    first = wall_to_utc(day, time(hour, 20), tz)
    second = first + timedelta(hours=1)
    assert second.astimezone(tz).time() == time(hour, 20)
    assert in_window(policy, first)
    assert not in_window(policy, second)
    planned = plans_from_saturday_night(policy, day)
    assert all(p.astimezone(tz).fold == 0 for p in planned)
    assert max(planned) - min(planned) < timedelta(minutes=41)


@pytest.mark.parametrize(("zone", "day", "hour"), FALL_BACK)
def test_window_spanning_the_change_never_repeats_its_minutes(
    zone: str, day: date, hour: int
) -> None:
    policy = sunday_policy(zone, time(hour - 1, 0), time(hour + 2, 0), spread=300)
    tz = ZoneInfo(zone)
    planned = plans_from_saturday_night(policy, day, seeds=120)
    walls = [p.astimezone(tz) for p in planned]
    assert all(w.fold == 0 for w in walls)
    assert all(time(hour - 1, 0) <= w.time() < time(hour + 2, 0) for w in walls)
    assert any(w.time() >= time(hour + 1, 0) for w in walls)


def test_window_keeps_its_wall_clock_hours_on_both_sides_of_a_change() -> None:
    policy = TimingPolicy("Europe/London", (PostingWindow(0, time(8, 30), time(18, 0)),))
    winter = next_window_start(policy, datetime(2026, 3, 28, tzinfo=UTC))
    summer = next_window_start(policy, datetime(2026, 3, 31, tzinfo=UTC))
    assert winter == datetime(2026, 3, 30, 7, 30, tzinfo=UTC)  # 08:30 BST
    assert summer == datetime(2026, 4, 6, 7, 30, tzinfo=UTC)
    assert next_window_start(policy, datetime(2026, 1, 3, tzinfo=UTC)) == datetime(
        2026, 1, 5, 8, 30, tzinfo=UTC
    )  # 08:30 GMT
