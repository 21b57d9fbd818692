"""What posting times tell an observer."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dualdesk.core.exposure import exposure_report, exposure_with_queued, longest_quiet_stretch
from dualdesk.core.timing_policy import UnknownZone

LONDON = ZoneInfo("Europe/London")


def at(day: int, hour: int, minute: int, zone: ZoneInfo = LONDON) -> datetime:
    """A London wall-clock time in January 2026 (GMT), as UTC."""
    return datetime(2026, 1, day, hour, minute, tzinfo=zone).astimezone(UTC)


def waking_day_sample() -> list[datetime]:
    """Posts every day from 07:00 to 23:30 local, never at night."""
    posts = []
    for day in range(5, 19):
        for hour, minute in [
            (7, 0),
            (9, 40),
            (11, 20),
            (13, 5),
            (15, 45),
            (18, 20),
            (21, 55),
            (23, 30),
        ]:
            posts.append(at(day, hour, minute))
    return posts


def test_observer_guesses_the_night_from_a_waking_day_sample() -> None:
    report = exposure_report(waking_day_sample(), "Europe/London")
    assert report.inferred_quiet == ("23:30", "07:00")
    assert report.sentence() == "An observer would guess you sleep 23:30–07:00."


def test_hour_histogram_and_weekday_grid_count_local_times() -> None:
    new_york = ZoneInfo("America/New_York")
    posts = [at(5, 9, 10, new_york), at(5, 9, 50, new_york), at(10, 22, 5, new_york)]
    report = exposure_report(posts, "America/New_York")
    assert report.posts == 3
    assert report.hist[9] == 2
    assert report.hist[22] == 1
    assert sum(report.hist) == 3
    assert report.grid[0][9] == 2  # Monday 5 January
    assert report.grid[5][22] == 1  # Saturday 10 January
    assert sum(map(sum, report.grid)) == 3


def test_same_instants_read_in_another_zone_shift_the_picture() -> None:
    report = exposure_report(waking_day_sample(), "America/New_York")
    assert report.inferred_quiet == ("18:30", "02:00")


def test_too_few_posts_give_no_guess() -> None:
    report = exposure_report(waking_day_sample()[:9], "Europe/London")
    assert report.posts == 9
    assert report.inferred_quiet is None
    assert report.sentence() == "With 9 posts, an observer cannot yet guess when you sleep."


def test_posts_around_the_clock_show_no_quiet_stretch() -> None:
    posts = [at(5, hour, 17) for hour in range(0, 24, 3)] * 2
    report = exposure_report(posts, "Europe/London")
    assert report.inferred_quiet is None
    assert "no quiet stretch" in report.sentence()


def test_quiet_stretch_inside_one_day_is_found_without_wrapping() -> None:
    # A night-shift worker: posts from 20:00 to 06:00, quiet in the day.
    posts = [at(day, h, 10) for day in range(5, 10) for h in (20, 22, 0, 3, 5)]
    posts += [at(9, 6, 0)]
    report = exposure_report(posts, "Europe/London")
    assert report.inferred_quiet == ("06:00", "20:10")


def test_longest_stretch_wraps_past_midnight() -> None:
    assert longest_quiet_stretch([7 * 60, 23 * 60 + 30, 18 * 60, 12 * 60]) == (
        23 * 60 + 30,
        7 * 60,
    )
    assert longest_quiet_stretch([60, 60]) is None


def test_json_shape_is_exact() -> None:
    report = exposure_report(waking_day_sample(), "Europe/London")
    document = json.loads(json.dumps(report.to_json()))
    assert set(document) == {"posts", "hist", "inferred_quiet"}
    assert document["posts"] == 112
    assert len(document["hist"]) == 24
    assert all(isinstance(count, int) for count in document["hist"])
    assert document["inferred_quiet"] == {"start": "23:30", "end": "07:00"}
    assert exposure_report([], "UTC").to_json() == {
        "posts": 0,
        "hist": [0] * 24,
        "inferred_quiet": None,
    }


def test_queued_night_posts_show_up_in_the_with_queued_picture() -> None:
    queued = [at(20, 1, 50) + timedelta(days=d) for d in range(3)]
    now, later = exposure_with_queued(waking_day_sample(), queued, "Europe/London")
    assert now.inferred_quiet == ("23:30", "07:00")
    assert later.posts == now.posts + 3
    assert later.inferred_quiet == ("01:50", "07:00")


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(UnknownZone):
        exposure_report([], "Nowhere/Land")
