"""The sandbox's demo accounts and a little life around them.

The demo credentials are fixed, public dummy strings: they sign requests to
the sandbox only and are no secret anywhere.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from types import MappingProxyType

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.infra.sandbox.state import SandboxState

DEMO_CONSUMER_KEY = "sandbox-consumer-key"
DEMO_CONSUMER_SECRET = "sandbox-consumer-secret"  # noqa: S105 - public dummy value


def _demo(role: str) -> OAuth1Credentials:
    return OAuth1Credentials(
        consumer_key=DEMO_CONSUMER_KEY,
        consumer_secret=DEMO_CONSUMER_SECRET,
        access_token=f"sandbox-{role}-token",
        access_token_secret=f"sandbox-{role}-token-secret",
    )


# Keyed by Role value; the two accounts dualdesk keeps apart.
DEMO_CREDENTIALS: Mapping[str, OAuth1Credentials] = MappingProxyType(
    {"professional": _demo("professional"), "personal": _demo("personal")}
)

PROFESSIONAL_HANDLE = "DrRiverCounsel"
PERSONAL_HANDLE = "alex_weekends"
# Other accounts that make the demo feel inhabited.
NEIGHBOURS = (
    ("mindful_clinic", "Mindful Clinic Network", False),
    ("sam_reads", "Sam", False),
    ("jo_outdoors", "Jo", True),
    ("psychnews_daily", "Psych News Daily", False),
)


def _daytime(at: float, *, days_ago: int, hour: int, minute: int) -> float:
    """Return a local office-hours time `days_ago` days before `at` (a demo clinician's habit).

    The professional demo posts keep to the day, so the exposure chart of a
    sandbox opened at night does not show a clinician posting at night.
    """
    day = datetime.fromtimestamp(at).astimezone() - timedelta(days=days_ago)
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0).timestamp()


def seed_demo(state: SandboxState, now: float | None = None) -> None:
    """Create the demo users, follows and a few posts in an empty state.

    Professional @DrRiverCounsel (public) and personal @alex_weekends
    (protected) use `DEMO_CREDENTIALS`; @mindful_clinic mentions the
    professional account, so a reply to that post is allowed.
    """
    at = time.time() if now is None else now
    pro = state.add_user(
        PROFESSIONAL_HANDLE, "Dr. Alex River (sandbox)", DEMO_CREDENTIALS["professional"]
    )
    personal = state.add_user(
        PERSONAL_HANDLE, "Alex (sandbox)", DEMO_CREDENTIALS["personal"], protected=True
    )
    others = {
        handle: state.add_user(handle, name, _demo(f"neighbour-{handle}"), protected=locked)
        for handle, name, locked in NEIGHBOURS
    }
    for handle in ("mindful_clinic", "sam_reads", "psychnews_daily"):
        state.follow(others[handle].id, pro.id)
    state.follow(pro.id, others["psychnews_daily"].id)
    state.follow(others["jo_outdoors"].id, personal.id)
    state.follow(personal.id, others["jo_outdoors"].id)
    state.follow(personal.id, others["sam_reads"].id)

    hour = 3600.0
    state.create_post(
        pro.id,
        "Five small habits that protect your sleep during busy weeks (a thread).",
        _daytime(at, days_ago=2, hour=10, minute=41),
    )
    state.create_post(
        personal.id, "Finally finished the long trail loop. Legs: gone.", at - 30 * hour
    )
    state.create_post(
        pro.id,
        "New article on the evidence for brief behavioural therapy.",
        _daytime(at, days_ago=1, hour=14, minute=23),
    )
    state.create_post(
        others["psychnews_daily"].id,
        "Study round-up: what helps adolescents with exam stress.",
        at - 5 * hour,
    )
    state.create_post(
        others["mindful_clinic"].id,
        f"Thanks @{PROFESSIONAL_HANDLE} for the talk on sleep and mood yesterday!",
        at - 3 * hour,
    )
    state.create_post(
        others["sam_reads"].id, f"@{PERSONAL_HANDLE} book club moved to Sunday?", at - 2 * hour
    )
