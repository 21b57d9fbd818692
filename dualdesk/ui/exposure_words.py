"""The exposure chart in words and minutes: its text alternative and spans.

Plain functions with no Qt, so the chart's description and its quiet
stretch can be checked without drawing anything.
"""

from __future__ import annotations

from dualdesk.core.exposure import ExposureReport
from dualdesk.core.timing_policy import WEEKDAY_NAMES

_DAY = 24 * 60


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def quiet_spans(quiet: tuple[str, str] | None) -> list[tuple[int, int]]:
    """Return the quiet stretch as minute spans [start, end) within one day.

    A stretch that runs past midnight comes back as two spans, the evening
    one first; no stretch gives an empty list.
    """
    if quiet is None:
        return []
    start, end = _minutes(quiet[0]), _minutes(quiet[1])
    if start < end:
        return [(start, end)]
    return [(start, _DAY), (0, end)] if end else [(start, _DAY)]


def _empty_runs(hist: list[int]) -> list[tuple[int, int]]:
    """Return circular runs of hours with no posts as (first hour, length)."""
    if not any(hist):
        return [(0, 24)]
    first_busy = next(hour for hour, count in enumerate(hist) if count)
    runs: list[tuple[int, int]] = []
    length = 0
    for step in range(1, 25):
        hour = (first_busy + step) % 24
        if hist[hour] == 0:
            length += 1
        elif length:
            runs.append(((hour - length) % 24, length))
            length = 0
    return runs


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def describe_report(report: ExposureReport) -> str:
    """Return what the chart shows, in sentences, for people who cannot see it."""
    if report.posts == 0:
        return f"No posts to show. {report.sentence()}"
    parts = [f"{_plural(report.posts, 'post')}."]
    busiest = sorted(range(24), key=lambda hour: (-report.hist[hour], hour))[:3]
    hours = ", ".join(
        f"{hour:02d}:00 ({_plural(report.hist[hour], 'post')})"
        for hour in busiest
        if report.hist[hour]
    )
    parts.append(f"Busiest hours: {hours}.")
    totals = [sum(row) for row in report.grid]
    day = max(range(7), key=lambda d: (totals[d], -d))
    parts.append(f"Most posts on {WEEKDAY_NAMES[day]} ({totals[day]}).")
    runs = sorted((r for r in _empty_runs(report.hist) if r[1] >= 2), key=lambda r: -r[1])[:3]
    if runs:
        gaps = ", ".join(
            f"{first:02d}:00 to {(first + length) % 24:02d}:00" for first, length in runs
        )
        parts.append(f"No posts at all from {gaps}.")
    if report.inferred_quiet is not None:
        start, end = report.inferred_quiet
        parts.append(f"The quiet stretch {start}–{end} is marked on the hour axis.")
    parts.append(report.sentence())
    return " ".join(parts)
