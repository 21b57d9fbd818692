"""A post's planned time as a person reads it: on the clock of its own zone."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from dualdesk.core.posts import Post
from dualdesk.core.timing_policy import WEEKDAY_NAMES, TimingPolicyError, load_zone

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def post_zone(post: Post) -> tzinfo:
    """The zone a post was planned in (UTC if its name is unknown here)."""
    try:
        return load_zone(post.zone)
    except TimingPolicyError:
        return UTC


def local_label(instant: datetime, zone: tzinfo) -> str:
    """Return e.g. "Wed 26 Nov 09:17 GMT": the instant on the zone's clock."""
    local = instant.astimezone(zone)
    return (
        f"{WEEKDAY_NAMES[local.weekday()]} {local.day:02d} {_MONTHS[local.month - 1]} "
        f"{local.hour:02d}:{local.minute:02d} {local.tzname()}"
    )
