"""When each account may post: windows, jitter and the gap between accounts.

A policy belongs to one account. Window times are wall-clock times in the
policy's IANA zone ("08:30 in Europe/London", whatever the offset that day).
A policy with no windows means "any time" (the personal default).

Policies are stored as plain dicts in settings: `to_dict` and `from_dict`
round-trip, and `from_dict` rejects bad input with a `TimingPolicyError`
that says which field is wrong and what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dualdesk.core.accounts import Role

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")


class TimingPolicyError(ValueError):
    """A timing policy field is invalid; the message says which and why."""


class InvalidTime(TimingPolicyError):
    """A window time is not a 24-hour HH:MM clock time."""


class WindowBackwards(TimingPolicyError):
    """A window ends at or before the time it starts."""


class UnknownZone(TimingPolicyError):
    """The time zone is not a known IANA zone name."""


def parse_clock(text: str) -> time:
    """Return the clock time written as 24-hour "HH:MM".

    Raises:
        InvalidTime: the text is not a time between 00:00 and 23:59.
    """
    match = _TIME_RE.match(text.strip()) if isinstance(text, str) else None
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise InvalidTime(f"'{text}' is not a time of day: write 24-hour HH:MM, e.g. 08:30.")
    return time(int(match[1]), int(match[2]))


def format_clock(value: time) -> str:
    """Return a clock time as 24-hour "HH:MM"."""
    return f"{value.hour:02d}:{value.minute:02d}"


def load_zone(name: str) -> ZoneInfo:
    """Return the IANA zone called `name`.

    Raises:
        UnknownZone: no such zone (e.g. a typo such as "Europe/Londn").
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise UnknownZone(
            f"'{name}' is not a known time zone: use an IANA name such as Europe/London."
        ) from None


@dataclass(frozen=True)
class PostingWindow:
    """Hours on one weekday when an account may post, in its zone's wall clock.

    Attributes:
        weekday: 0 (Monday) to 6 (Sunday).
        start: first clock time inside the window.
        end: first clock time after the window; later than `start` on the
            same day (windows do not run past midnight).
    """

    weekday: int
    start: time
    end: time

    def __post_init__(self) -> None:
        if not isinstance(self.weekday, int) or not 0 <= self.weekday <= 6:
            raise TimingPolicyError(
                f"Weekday {self.weekday!r} is not a day: use 0 (Monday) to 6 (Sunday)."
            )
        if self.end <= self.start:
            raise WindowBackwards(
                f"The {WEEKDAY_NAMES[self.weekday]} window ends at {format_clock(self.end)}, "
                f"not after it starts at {format_clock(self.start)}: "
                "make the end later than the start."
            )

    def label(self) -> str:
        """Return the hours as "08:30–18:00"."""
        return f"{format_clock(self.start)}–{format_clock(self.end)}"


def _non_negative(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TimingPolicyError(f"{name} must be a whole number of minutes, 0 or more.")
    return value


@dataclass(frozen=True)
class TimingPolicy:
    """When one account posts.

    Attributes:
        zone: IANA zone name the windows are read in.
        windows: when posting is allowed; empty means any time.
        jitter_minutes: how far (±) a time is moved when it must be moved
            a little: off a round minute, or past the other account's post.
        avoid_round_minutes: never plan on :00, :15, :30 or :45, which
            looks scheduled.
        min_gap_minutes: least time between this account's post and any
            post of the other account, so the two share no timing pattern.
        spread_minutes: a post moved into a later window lands at a random
            minute within this many minutes of the window opening.
    """

    zone: str = "UTC"
    windows: tuple[PostingWindow, ...] = field(default_factory=tuple)
    jitter_minutes: int = 12
    avoid_round_minutes: bool = True
    min_gap_minutes: int = 45
    spread_minutes: int = 90

    def __post_init__(self) -> None:
        load_zone(self.zone)
        _non_negative("Jitter", self.jitter_minutes)
        _non_negative("The gap between accounts", self.min_gap_minutes)
        _non_negative("The spread", self.spread_minutes)
        object.__setattr__(
            self, "windows", tuple(sorted(self.windows, key=lambda w: (w.weekday, w.start)))
        )

    @property
    def any_time(self) -> bool:
        """Whether the account may post at any hour (no windows set)."""
        return not self.windows

    def windows_on(self, weekday: int) -> tuple[PostingWindow, ...]:
        """Return the windows of one weekday, earliest first."""
        return tuple(w for w in self.windows if w.weekday == weekday)

    def describe(self) -> str:
        """Return the windows in words, e.g. "Mon–Fri 08:30–18:00"."""
        if self.any_time:
            return "any time"
        runs: list[tuple[int, int, str]] = []
        for day in range(7):
            hours = ", ".join(w.label() for w in self.windows_on(day))
            if not hours:
                continue
            if runs and runs[-1][1] == day - 1 and runs[-1][2] == hours:
                runs[-1] = (runs[-1][0], day, hours)
            else:
                runs.append((day, day, hours))
        parts = []
        for first, last, hours in runs:
            days = WEEKDAY_NAMES[first]
            if last != first:
                days += ("–" if last > first + 1 else ", ") + WEEKDAY_NAMES[last]
            parts.append(f"{days} {hours}")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, object]:
        """Return the policy as a JSON-ready dict (times as "HH:MM")."""
        return {
            "zone": self.zone,
            "windows": [
                {"weekday": w.weekday, "start": format_clock(w.start), "end": format_clock(w.end)}
                for w in self.windows
            ],
            "jitter_minutes": self.jitter_minutes,
            "avoid_round_minutes": self.avoid_round_minutes,
            "min_gap_minutes": self.min_gap_minutes,
            "spread_minutes": self.spread_minutes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> TimingPolicy:
        """Build a policy from `to_dict` output; missing fields take defaults.

        Raises:
            TimingPolicyError: a field is missing its right type or value
                (InvalidTime, WindowBackwards and UnknownZone are subclasses).
        """
        if not isinstance(data, Mapping):
            raise TimingPolicyError("A timing policy must be a JSON object.")
        zone = data.get("zone", "UTC")
        if not isinstance(zone, str):
            raise UnknownZone(f"{zone!r} is not a time zone name: use e.g. Europe/London.")
        raw_windows = data.get("windows", [])
        if not isinstance(raw_windows, list):
            raise TimingPolicyError("'windows' must be a list of {weekday, start, end}.")
        windows = []
        for raw in raw_windows:
            if not isinstance(raw, Mapping) or not {"weekday", "start", "end"} <= set(raw):
                raise TimingPolicyError(
                    f"Window {raw!r} must have a weekday (0-6), a start and an end (HH:MM)."
                )
            weekday, start, end = raw["weekday"], raw["start"], raw["end"]
            if isinstance(weekday, bool) or not isinstance(weekday, int):
                raise TimingPolicyError(
                    f"Weekday {weekday!r} is not a day: use 0 (Monday) to 6 (Sunday)."
                )
            windows.append(
                PostingWindow(
                    weekday=weekday,
                    start=parse_clock(start if isinstance(start, str) else repr(start)),
                    end=parse_clock(end if isinstance(end, str) else repr(end)),
                )
            )
        avoid_round = data.get("avoid_round_minutes", True)
        if not isinstance(avoid_round, bool):
            raise TimingPolicyError("'avoid_round_minutes' must be true or false.")
        return cls(
            zone=zone,
            windows=tuple(windows),
            jitter_minutes=_non_negative("Jitter", data.get("jitter_minutes", 12)),
            avoid_round_minutes=avoid_round,
            min_gap_minutes=_non_negative(
                "The gap between accounts", data.get("min_gap_minutes", 45)
            ),
            spread_minutes=_non_negative("The spread", data.get("spread_minutes", 90)),
        )


def office_hours(start: str = "08:30", end: str = "18:00") -> tuple[PostingWindow, ...]:
    """Return Monday-to-Friday windows between two "HH:MM" clock times."""
    first, last = parse_clock(start), parse_clock(end)
    return tuple(PostingWindow(day, first, last) for day in range(5))


def default_policy(role: Role, zone: str) -> TimingPolicy:
    """Return the starting policy for an account.

    Professional: Mon–Fri 08:30–18:00, ±12 minutes, never on a round minute,
    45 minutes from any personal post. Personal: any time, posts go out when
    asked, and keeps no gap of its own (the professional account keeps it),
    so a personal post never waits.
    """
    if role is Role.PROFESSIONAL:
        return TimingPolicy(zone=zone, windows=office_hours())
    return TimingPolicy(zone=zone, avoid_round_minutes=False, min_gap_minutes=0)
