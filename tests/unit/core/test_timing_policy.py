from __future__ import annotations

import json
from datetime import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dualdesk.core.accounts import Role
from dualdesk.core.timing_policy import (
    InvalidTime,
    PostingWindow,
    TimingPolicy,
    TimingPolicyError,
    UnknownZone,
    WindowBackwards,
    default_policy,
    office_hours,
    parse_clock,
)


def test_professional_default_is_weekday_office_hours_with_jitter_and_gap() -> None:
    policy = default_policy(Role.PROFESSIONAL, "Europe/London")
    assert policy.describe() == "Mon–Fri 08:30–18:00"
    assert (policy.jitter_minutes, policy.min_gap_minutes) == (12, 45)
    assert policy.avoid_round_minutes


def test_personal_default_posts_any_time_and_never_waits() -> None:
    policy = default_policy(Role.PERSONAL, "Europe/London")
    assert policy.any_time
    assert policy.describe() == "any time"
    assert policy.min_gap_minutes == 0
    assert not policy.avoid_round_minutes


def test_describe_groups_days_with_the_same_hours() -> None:
    windows = (
        *office_hours("09:00", "17:00"),
        PostingWindow(5, time(10, 0), time(12, 0)),
    )
    policy = TimingPolicy("UTC", windows)
    assert policy.describe() == "Mon–Fri 09:00–17:00; Sat 10:00–12:00"


def test_round_trip_through_json_keeps_every_field() -> None:
    policy = TimingPolicy(
        zone="America/New_York",
        windows=(PostingWindow(2, time(7, 5), time(9, 40)), PostingWindow(6, time(13), time(14))),
        jitter_minutes=5,
        avoid_round_minutes=False,
        min_gap_minutes=30,
        spread_minutes=20,
    )
    stored = json.dumps(policy.to_dict())
    assert TimingPolicy.from_dict(json.loads(stored)) == policy
    assert json.loads(stored)["windows"][0] == {"weekday": 2, "start": "07:05", "end": "09:40"}


_minutes = st.integers(0, 23 * 60 + 58)


@st.composite
def policies(draw: st.DrawFn) -> TimingPolicy:
    windows = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(_minutes)
        end = draw(st.integers(start + 1, 23 * 60 + 59))
        windows.append(
            PostingWindow(
                draw(st.integers(0, 6)), time(start // 60, start % 60), time(end // 60, end % 60)
            )
        )
    return TimingPolicy(
        zone=draw(st.sampled_from(["UTC", "Europe/London", "Australia/Sydney"])),
        windows=tuple(windows),
        jitter_minutes=draw(st.integers(0, 60)),
        avoid_round_minutes=draw(st.booleans()),
        min_gap_minutes=draw(st.integers(0, 180)),
        spread_minutes=draw(st.integers(0, 240)),
    )


@settings(max_examples=200, deadline=None)
@given(policies())
def test_any_policy_survives_a_json_round_trip(policy: TimingPolicy) -> None:
    assert TimingPolicy.from_dict(json.loads(json.dumps(policy.to_dict()))) == policy


def test_missing_fields_take_the_defaults() -> None:
    policy = TimingPolicy.from_dict({"zone": "Europe/Berlin"})
    assert policy == TimingPolicy(zone="Europe/Berlin")


@pytest.mark.parametrize("bad", ["25:00", "12:60", "noon", "8.30", "", "-1:00", "123:00"])
def test_malformed_time_is_refused_naming_the_format(bad: str) -> None:
    data = {"zone": "UTC", "windows": [{"weekday": 0, "start": bad, "end": "18:00"}]}
    with pytest.raises(InvalidTime, match="HH:MM"):
        TimingPolicy.from_dict(data)


def test_single_digit_hour_is_read() -> None:
    assert parse_clock("8:30") == time(8, 30)


@pytest.mark.parametrize(("start", "end"), [("18:00", "08:30"), ("09:00", "09:00")])
def test_window_ending_before_it_starts_is_refused(start: str, end: str) -> None:
    data = {"zone": "UTC", "windows": [{"weekday": 4, "start": start, "end": end}]}
    with pytest.raises(WindowBackwards, match="Fri window ends"):
        TimingPolicy.from_dict(data)


@pytest.mark.parametrize("zone", ["Europe/Londn", "Mars/Olympus", "../etc/passwd", "", 5])
def test_unknown_zone_is_refused(zone: object) -> None:
    with pytest.raises(UnknownZone, match="time zone"):
        TimingPolicy.from_dict({"zone": zone})


@pytest.mark.parametrize(
    "data",
    [
        {"windows": [{"weekday": 7, "start": "09:00", "end": "10:00"}]},
        {"windows": [{"weekday": "Mon", "start": "09:00", "end": "10:00"}]},
        {"windows": [{"start": "09:00", "end": "10:00"}]},
        {"windows": "Mon-Fri"},
        {"jitter_minutes": -3},
        {"min_gap_minutes": "45"},
        {"avoid_round_minutes": "yes"},
    ],
)
def test_other_bad_fields_are_clear_value_errors(data: dict[str, object]) -> None:
    with pytest.raises(TimingPolicyError) as caught:
        TimingPolicy.from_dict(data)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value)
