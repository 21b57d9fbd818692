"""A personal post queued near a waiting professional post: the 45-minute gap.

README: professional posts go out "not within 45 minutes of a personal
post"; timing_policy.default_policy: the personal account "keeps no gap of
its own (the professional account keeps it)". Found by hand: with a
professional post already planned for 10:59, a personal post queued for
11:00 leaves both in place, one minute apart - the pairing an observer can
use to link the two accounts.
"""

from __future__ import annotations

import json
from datetime import datetime

from tests.dates import MONDAY, coming


def planned(run_cli) -> dict[str, datetime]:  # type: ignore[no-untyped-def]
    posts = json.loads(run_cli(["queue", "--json"]).stdout)["posts"]
    return {p["text"]: datetime.fromisoformat(p["planned_at"]) for p in posts}


def test_a_later_personal_post_does_not_land_next_to_a_queued_professional_one(run_cli) -> None:  # type: ignore[no-untyped-def]
    utc = {"TZ": "UTC"}
    # A Monday 10:38, inside the default Mon-Fri 08:30-18:00 window.
    pro = run_cli(
        [
            "post",
            "--account",
            "professional",
            "--at",
            f"{coming(MONDAY)}T10:38+00:00",
            "Reading list",
        ],
        env=utc,
    )
    assert pro.returncode == 0, pro.stderr
    pro_at = planned(run_cli)["Reading list"]
    mine = run_cli(
        ["post", "--account", "personal", "--at", pro_at.isoformat(), "Pancakes"], env=utc
    )
    assert mine.returncode == 0, mine.stderr
    times = planned(run_cli)
    gap = abs(times["Reading list"] - times["Pancakes"])
    assert gap.total_seconds() >= 45 * 60, f"the two accounts post {gap} apart"
