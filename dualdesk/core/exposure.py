"""What an account's posting times tell an observer about its owner's day.

Anyone can read the times of public posts. Plotted by local hour they show
when the owner is awake: the longest stretch of the day with no posts is
what an observer would take for sleep. This module computes that picture
from post instants, so the person can see it before a stranger does, and
again with their queued posts added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from dualdesk.core.timing_policy import load_zone
from dualdesk.core.timing_windows import require_aware

# Fewer posts than this say too little to guess anyone's sleep from.
MIN_POSTS_FOR_GUESS = 10
# A quiet stretch shorter than this does not look like a night's sleep.
MIN_QUIET_MINUTES = 4 * 60

_DAY_MINUTES = 24 * 60


def _clock(minute_of_day: int) -> str:
    return f"{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


def longest_quiet_stretch(minutes_of_day: Iterable[int]) -> tuple[int, int] | None:
    """Return the longest circular gap between posting minutes as (start, end).

    `start` is the last posting minute before the gap and `end` the first
    after it, both minutes of the day (0-1439); the gap may wrap past
    midnight. Returns None with fewer than two distinct minutes. Among
    equally long gaps, the one starting earliest in the day wins.
    """
    marks = sorted(set(minutes_of_day))
    if len(marks) < 2:
        return None
    best: tuple[int, int, int] | None = None
    for index, start in enumerate(marks):
        end = marks[(index + 1) % len(marks)]
        length = (end - start) % _DAY_MINUTES
        if best is None or length > best[0]:
            best = (length, start, end)
    assert best is not None
    return best[1], best[2]


@dataclass(frozen=True)
class ExposureReport:
    """Posting times of one account as an observer sees them, in local time.

    Attributes:
        posts: how many posts were counted.
        hist: 24 counts, posts per local hour of day (index 0 = 00:00-00:59).
        grid: 7 rows (Monday first) of 24 counts: posts per weekday and hour.
        inferred_quiet: ("HH:MM", "HH:MM"), the stretch an observer would
            guess is sleep, or None when the posts show no such stretch.
    """

    posts: int
    hist: list[int]
    grid: list[list[int]]
    inferred_quiet: tuple[str, str] | None

    def sentence(self) -> str:
        """Return the observer's guess in words."""
        if self.inferred_quiet is not None:
            start, end = self.inferred_quiet
            return f"An observer would guess you sleep {start}–{end}."
        if self.posts < MIN_POSTS_FOR_GUESS:
            return (
                f"With {self.posts} post{'s' if self.posts != 1 else ''}, an observer "
                "cannot yet guess when you sleep."
            )
        return "Your posting times show no quiet stretch an observer could take for sleep."

    def to_json(self) -> dict[str, object]:
        """Return the JSON-ready dict {"posts", "hist", "inferred_quiet"}.

        `inferred_quiet` is {"start": "HH:MM", "end": "HH:MM"} or None
        (null in JSON). The grid is left out; it is for drawing.
        """
        quiet = self.inferred_quiet
        return {
            "posts": self.posts,
            "hist": list(self.hist),
            "inferred_quiet": None if quiet is None else {"start": quiet[0], "end": quiet[1]},
        }


def exposure_report(instants: Iterable[datetime], zone: str) -> ExposureReport:
    """Return what the posting `instants` show, read in the IANA `zone`.

    Raises:
        UnknownZone: `zone` is not a known time zone.
        ValueError: an instant has no time zone.
    """
    tz = load_zone(zone)
    hist = [0] * 24
    grid = [[0] * 24 for _ in range(7)]
    minutes: list[int] = []
    for instant in instants:
        local = require_aware(instant, "a post time").astimezone(tz)
        hist[local.hour] += 1
        grid[local.weekday()][local.hour] += 1
        minutes.append(local.hour * 60 + local.minute)
    quiet = None
    stretch = longest_quiet_stretch(minutes) if len(minutes) >= MIN_POSTS_FOR_GUESS else None
    if stretch is not None and (stretch[1] - stretch[0]) % _DAY_MINUTES >= MIN_QUIET_MINUTES:
        quiet = (_clock(stretch[0]), _clock(stretch[1]))
    return ExposureReport(len(minutes), hist, grid, quiet)


def exposure_with_queued(
    history: Iterable[datetime], queued: Iterable[datetime], zone: str
) -> tuple[ExposureReport, ExposureReport]:
    """Return the picture from sent posts alone, and with the queued ones added."""
    sent = list(history)
    return exposure_report(sent, zone), exposure_report([*sent, *queued], zone)
