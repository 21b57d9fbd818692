"""Properties every plan keeps, whatever the time, day, zone or other account."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from dualdesk.core.accounts import Role
from dualdesk.core.planning import plan_post, replan_overdue
from dualdesk.core.timing_policy import PostingWindow, TimingPolicy, default_policy
from dualdesk.core.timing_windows import in_window

ZONES = ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kathmandu", "UTC"]

# Days on which clocks change in those zones, so "now" often lands near one.
CHANGES = [
    datetime(2026, 3, 8, 7, tzinfo=UTC),
    datetime(2026, 3, 29, 1, tzinfo=UTC),
    datetime(2026, 4, 4, 16, tzinfo=UTC),
    datetime(2026, 10, 3, 16, tzinfo=UTC),
    datetime(2026, 10, 25, 1, tzinfo=UTC),
    datetime(2026, 11, 1, 6, tzinfo=UTC),
]

anywhen = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)
near_a_change = st.builds(
    lambda change, offset: change + timedelta(minutes=offset),
    st.sampled_from(CHANGES),
    st.integers(-36 * 60, 36 * 60),
)
nows = st.one_of(anywhen, near_a_change)


@st.composite
def professional_policies(draw: st.DrawFn) -> TimingPolicy:
    zone = draw(st.sampled_from(ZONES))
    if draw(st.booleans()):
        return default_policy(Role.PROFESSIONAL, zone)
    windows = []
    for _ in range(draw(st.integers(1, 5))):
        start = draw(st.integers(0, 22 * 60))
        end = draw(st.integers(start + 20, min(start + 600, 23 * 60 + 59)))
        windows.append(
            PostingWindow(
                draw(st.integers(0, 6)), time(start // 60, start % 60), time(end // 60, end % 60)
            )
        )
    return TimingPolicy(
        zone,
        tuple(windows),
        jitter_minutes=draw(st.integers(1, 30)),
        min_gap_minutes=draw(st.integers(0, 90)),
        spread_minutes=draw(st.integers(0, 180)),
    )


def wall_clock_inside(policy: TimingPolicy, instant: datetime) -> bool:
    """An independent reading of "inside a window": the clock on the wall."""
    wall = instant.astimezone(ZoneInfo(policy.zone))
    return wall.fold == 0 and any(
        w.start <= wall.time().replace(tzinfo=None) < w.end
        for w in policy.windows_on(wall.weekday())
    )


def assert_well_placed(
    policy: TimingPolicy, planned: datetime, now: datetime, others: list[datetime]
) -> None:
    wall = planned.astimezone(ZoneInfo(policy.zone))
    assert planned.tzinfo is UTC
    assert planned >= now
    assert in_window(policy, planned)
    assert wall_clock_inside(policy, planned), wall
    assert wall.minute % 15 != 0, wall
    gap = timedelta(minutes=policy.min_gap_minutes)
    assert all(abs(planned - other) >= gap for other in others)


others_near = st.lists(st.integers(-3 * 24 * 60, 3 * 24 * 60), max_size=8)


@settings(max_examples=200, deadline=None)
@given(
    professional_policies(),
    nows,
    st.one_of(st.none(), st.integers(0, 10 * 24 * 60)),
    others_near,
    st.integers(0, 2**32),
)
def test_professional_plans_land_in_a_window_off_round_minutes_clear_of_the_other_account(
    policy: TimingPolicy,
    now: datetime,
    requested_in: int | None,
    other_offsets: list[int],
    seed: int,
) -> None:
    requested = None if requested_in is None else now + timedelta(minutes=requested_in)
    others = [now + timedelta(minutes=m) for m in other_offsets]
    plan = plan_post(policy, now, requested, others, random.Random(seed))
    assert_well_placed(policy, plan.planned_at, now, others)
    assert plan.zone == policy.zone
    asked = now if requested is None else requested
    if not plan.deferred:
        assert plan.reason == ""
        assert plan.planned_at - asked <= timedelta(minutes=2)
    else:
        assert plan.reason


@settings(max_examples=200, deadline=None)
@given(professional_policies(), nows, st.integers(1, 14 * 24 * 60), others_near, st.integers())
def test_missed_posts_are_never_sent_outside_a_window(
    policy: TimingPolicy, now: datetime, late_by: int, other_offsets: list[int], seed: int
) -> None:
    others = [now + timedelta(minutes=m) for m in other_offsets]
    plan = replan_overdue(
        policy, now - timedelta(minutes=late_by), now, random.Random(seed), others
    )
    assert_well_placed(policy, plan.planned_at, now, others)
    assert plan.reason.startswith("Missed while dualdesk was closed")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ZONES), nows, st.integers(0, 10 * 24 * 60), others_near)
def test_personal_posts_go_when_asked(
    zone: str, now: datetime, requested_in: int, other_offsets: list[int]
) -> None:
    policy = default_policy(Role.PERSONAL, zone)
    others = [now + timedelta(minutes=m) for m in other_offsets]
    requested = now + timedelta(minutes=requested_in)
    for asked in (None, requested):
        plan = plan_post(policy, now, asked, others, random.Random(0))
        assert plan.planned_at == (now if asked is None else requested)
        assert not plan.deferred


@settings(max_examples=100, deadline=None)
@given(professional_policies(), nows, st.integers(0, 2**32))
def test_same_inputs_give_the_same_plan(policy: TimingPolicy, now: datetime, seed: int) -> None:
    first = plan_post(policy, now, None, [], random.Random(seed))
    again = plan_post(policy, now, None, [], random.Random(seed))
    assert first == again
