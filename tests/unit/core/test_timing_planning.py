"""Planning posts: worked examples a clinician would recognise."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.planning import PlanningError, check_requested, plan_post, replan_overdue
from dualdesk.core.timing_policy import PostingWindow, TimingPolicy, default_policy
from dualdesk.core.timing_windows import in_window

LONDON = ZoneInfo("Europe/London")
PRO = default_policy(Role.PROFESSIONAL, "Europe/London")
PERSONAL = default_policy(Role.PERSONAL, "Europe/London")


def local(day: int, hour: int, minute: int, second: int = 0) -> datetime:
    """A wall-clock time in London in the week of Mon 23 Nov 2026 (GMT)."""
    return datetime(2026, 11, day, hour, minute, second, tzinfo=LONDON)


WEDNESDAY_0213 = local(25, 2, 13)


@pytest.mark.parametrize("seed", range(20))
def test_post_now_at_night_waits_for_the_working_day_and_says_why(seed: int) -> None:
    plan = plan_post(PRO, WEDNESDAY_0213, None, [], random.Random(seed))
    planned = plan.planned_at.astimezone(LONDON)
    assert planned.date() == WEDNESDAY_0213.date()
    assert time(8, 30) <= planned.time() < time(18, 0)
    assert planned.minute % 15 != 0
    assert plan.deferred
    assert plan.zone == "Europe/London"
    assert plan.planned_at.tzinfo is UTC
    assert plan.reason == (
        f"It's 02:13 — posting now would show you're awake. Planned for Wed {planned:%H:%M}."
    )


def test_personal_post_now_at_night_goes_now() -> None:
    plan = plan_post(PERSONAL, WEDNESDAY_0213, None, [local(25, 2, 0)], random.Random(1))
    assert plan.planned_at == WEDNESDAY_0213
    assert not plan.deferred
    assert plan.reason == ""


def test_post_now_inside_the_window_goes_now() -> None:
    now = local(25, 11, 7, 40)
    plan = plan_post(PRO, now, None, [local(25, 9, 0)], random.Random(1))
    assert plan.planned_at == now
    assert not plan.deferred


def test_post_now_on_a_round_minute_goes_the_next_minute_without_fuss() -> None:
    now = local(25, 11, 15, 5)
    plan = plan_post(PRO, now, None, [], random.Random(1))
    assert plan.planned_at.astimezone(LONDON).strftime("%H:%M") == "11:16"
    assert not plan.deferred


def test_post_now_close_to_the_other_account_moves_past_the_gap() -> None:
    other = local(25, 10, 50)
    plan = plan_post(PRO, local(25, 11, 7), None, [other], random.Random(3))
    planned = plan.planned_at.astimezone(LONDON)
    assert local(25, 11, 35) <= planned <= local(25, 11, 48)
    assert plan.deferred
    assert "other account has a post at 10:50" in plan.reason
    assert f"Planned for Wed {planned:%H:%M}" in plan.reason


def test_gap_is_kept_from_the_other_accounts_queued_posts_too() -> None:
    queued_later = local(25, 11, 30)
    plan = plan_post(PRO, local(25, 11, 7), None, [queued_later], random.Random(3))
    assert plan.planned_at - queued_later >= timedelta(minutes=45)


def test_friday_evening_post_waits_until_monday_with_plain_words() -> None:
    plan = plan_post(PRO, local(27, 19, 40), None, [], random.Random(5))
    planned = plan.planned_at.astimezone(LONDON)
    assert planned.weekday() == 0
    assert plan.reason.startswith("It's Fri 19:40, outside this account's posting hours")
    assert plan.reason.endswith(f"Planned for Mon {planned:%H:%M}.")


def test_picked_time_inside_the_window_is_kept_to_the_second() -> None:
    picked = local(26, 14, 22)
    plan = plan_post(PRO, WEDNESDAY_0213, picked, [], random.Random(1))
    assert plan.planned_at == picked
    assert not plan.deferred
    assert check_requested(PRO, picked) is None


def test_picked_round_time_moves_a_few_minutes_and_says_so() -> None:
    picked = local(26, 14, 0)
    plan = plan_post(PRO, WEDNESDAY_0213, picked, [], random.Random(1))
    assert abs(plan.planned_at - picked) <= timedelta(minutes=13)
    assert plan.planned_at.astimezone(LONDON).minute % 15 != 0
    assert plan.deferred
    assert re.fullmatch(
        r"Moved from 14:00 to 14:\d\d: posts exactly on the hour or quarter hour "
        r"look scheduled\.",
        plan.reason,
    )


@pytest.mark.parametrize("seed", range(20))
def test_a_picked_round_time_only_ever_moves_later(seed: int) -> None:
    picked = local(26, 10, 0)  # "not before 10:00": an embargo must hold
    plan = plan_post(PRO, WEDNESDAY_0213, picked, [], random.Random(seed))
    assert picked < plan.planned_at <= picked + timedelta(minutes=13)


def test_picked_time_at_night_is_warned_about_then_moved_unless_forced() -> None:
    picked = local(28, 23, 30)  # Saturday night
    warning = check_requested(PRO, picked)
    assert warning is not None
    assert warning.startswith("Sat 23:30 is outside this account's posting hours")
    assert "would show you're awake" in warning
    moved = plan_post(PRO, WEDNESDAY_0213, picked, [], random.Random(2))
    assert moved.deferred
    assert moved.planned_at.astimezone(LONDON).weekday() == 0
    assert "Sat 23:30 is at night" in moved.reason
    kept = plan_post(PRO, WEDNESDAY_0213, picked, [], random.Random(2), force=True)
    assert kept.planned_at == picked
    assert not kept.deferred


def test_forced_post_now_goes_now_even_at_night() -> None:
    plan = plan_post(PRO, WEDNESDAY_0213, None, [], random.Random(2), force=True)
    assert plan.planned_at == WEDNESDAY_0213
    assert not plan.deferred


def test_picked_time_in_the_past_is_refused() -> None:
    with pytest.raises(PlanningError, match="already passed"):
        plan_post(PRO, WEDNESDAY_0213, local(24, 10, 7), [], random.Random(1))


def test_time_without_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        plan_post(PRO, datetime(2026, 11, 25, 2, 13), None, [], random.Random(1))


def test_missed_post_at_night_is_not_sent_until_the_window_opens() -> None:
    plan = replan_overdue(PRO, local(27, 17, 20), local(27, 23, 5), random.Random(4))
    planned = plan.planned_at.astimezone(LONDON)
    assert in_window(PRO, plan.planned_at)
    assert planned.weekday() == 0
    assert plan.deferred
    assert plan.reason.startswith("Missed while dualdesk was closed")
    assert "it's 23:05 — posting now would show you're awake" in plan.reason


def test_missed_post_inside_the_window_goes_within_the_jitter() -> None:
    now = local(26, 10, 2)
    plan = replan_overdue(PRO, local(25, 17, 20), now, random.Random(4))
    assert now <= plan.planned_at <= now + timedelta(minutes=13)
    assert plan.reason.startswith(
        "Missed while dualdesk was closed (it was planned for Wed 17:20)"
    )


def test_post_not_yet_due_keeps_its_plan() -> None:
    planned = local(26, 10, 47)
    plan = replan_overdue(PRO, planned, local(26, 9, 0), random.Random(4))
    assert plan.planned_at == planned
    assert not plan.deferred


def test_windows_with_no_usable_minute_are_reported_not_looped_on() -> None:
    policy = TimingPolicy("UTC", (PostingWindow(0, time(9, 0), time(9, 1)),))
    with pytest.raises(PlanningError, match="Widen the windows"):
        plan_post(policy, WEDNESDAY_0213, None, [], random.Random(1))
