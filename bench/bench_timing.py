"""How long planning a post and reading exposure take.

Run: /tmp/venv/bin/python -m bench.bench_timing
"""

from __future__ import annotations

import random
import timeit
from datetime import UTC, datetime, timedelta
from functools import partial

from dualdesk.core.accounts import Role
from dualdesk.core.exposure import exposure_report
from dualdesk.core.planning import plan_post
from dualdesk.core.timing_policy import default_policy


def main() -> None:
    policy = default_policy(Role.PROFESSIONAL, "Europe/London")
    rng = random.Random(1)
    friday_night = datetime(2026, 11, 27, 23, 5, tzinfo=UTC)
    others = [friday_night + timedelta(hours=h, minutes=7) for h in range(-200, 200, 3)]
    cases = {
        "post now inside a window": (datetime(2026, 11, 25, 11, 7, tzinfo=UTC), []),
        "post now Friday night -> Monday": (friday_night, []),
        "Friday night, 133 other-account times": (friday_night, others),
    }
    for name, (now, other) in cases.items():
        runs = 200
        seconds = timeit.timeit(partial(plan_post, policy, now, None, other, rng), number=runs)
        print(f"plan_post, {name}: {seconds / runs * 1e3:.3f} ms")
    instants = [friday_night - timedelta(minutes=97 * i) for i in range(10_000)]
    seconds = timeit.timeit(lambda: exposure_report(instants, "Europe/London"), number=5) / 5
    print(f"exposure_report, 10000 posts: {seconds * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
