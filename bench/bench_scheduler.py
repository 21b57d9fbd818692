"""How fast the sender is ready with a big queue, and how close to time posts go out.

Run: /tmp/venv/bin/python -m bench.bench_scheduler [--queued 10000] [--posts 10]

(a) Start-up: a data directory with N queued posts (none due, none left
    in `sending`): time from building the Backend to OutboxScheduler.start()
    returning (sender lock taken, start-up reconcile and replan, a job per
    queued post), in this process (imports warm) and in a fresh process
    (interpreter start and imports included). Target <= 1 s.
(b) Lateness: the real scheduler (default 30 s sweep) and the sandbox X
    service over HTTP; posts planned 3 s ahead; the time X recorded the
    post (the sandbox's created_at) minus planned_at, median and max.
    Target <= 2 s. (The outbox's sent_at is the wake-up time, also shown.)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dualdesk.core.accounts import Role
from dualdesk.core.posts import Post, PostState
from dualdesk.infra.sqlite_store import SQLiteStore

START_TARGET = 1.0
LATENESS_TARGET = 2.0

_COLD = """
import sys, time
start = time.perf_counter()
from dualdesk.wiring import Backend
backend = Backend(sys.argv[1])
assert backend.sender_lock.acquire()
backend.scheduler.start()
ready = time.perf_counter() - start
jobs = len(backend.scheduler.job_ids())
backend.close()
print(ready, jobs)
"""


def fill(home: Path, count: int) -> None:
    """Queue `count` posts over the next 60 days."""
    store = SQLiteStore(home)
    now = datetime.now(UTC)
    for n in range(count):
        at = now + timedelta(hours=1, minutes=n * 8.6)
        store.add(
            Post(
                id=uuid.uuid4().hex[:12],
                account=Role.PROFESSIONAL if n % 2 else Role.PERSONAL,
                text=f"queued post number {n}",
                state=PostState.QUEUED,
                created_at=now,
                planned_at=at,
                zone="UTC",
            )
        )
    store.close()


def warm_start(home: Path) -> tuple[float, int]:
    """Seconds from Backend() to scheduler started, imports already done."""
    from dualdesk.wiring import Backend

    start = time.perf_counter()
    backend = Backend(home)
    assert backend.sender_lock.acquire()
    backend.scheduler.start()
    ready = time.perf_counter() - start
    jobs = len(backend.scheduler.job_ids())
    backend.close()
    return ready, jobs


def sweep_cost(home: Path, runs: int) -> list[float]:
    """Seconds one sweep (send what is due, refresh the timers) takes with the queue."""
    from dualdesk.wiring import Backend

    backend = Backend(home)
    try:
        assert backend.sender_lock.acquire()
        backend.scheduler.start()
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            backend.scheduler.wake()
            times.append(time.perf_counter() - start)
        return times
    finally:
        backend.close()


def cold_start(home: Path) -> tuple[float, int]:
    """Seconds from interpreter start... to ready, measured in a fresh process."""
    begin = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _COLD, str(home)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout.split()
    total = time.perf_counter() - begin
    return total, int(out[1])


def startup(queued: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        fill(home, queued)
        warm_start(home)  # imports
        warm = [warm_start(home) for _ in range(runs)]
        cold = [cold_start(home) for _ in range(runs)]
        sweeps = sweep_cost(home, runs)
    jobs = warm[0][1]
    for name, results in (("in process", warm), ("fresh process", cold)):
        times = sorted(t for t, _ in results)
        median = statistics.median(times)
        print(
            f"start-up with {queued} queued ({jobs} jobs), {name}: median {median:.3f} s, "
            f"max {times[-1]:.3f} s over {runs} runs; ratio to {START_TARGET:.0f} s target "
            f"{median / START_TARGET:.2f}"
        )
    print(
        f"one sweep with {queued} queued: median {statistics.median(sweeps):.3f} s, "
        f"max {max(sweeps):.3f} s (every 30 s, off the GUI thread)"
    )


def lateness(posts: int) -> None:
    from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS
    from dualdesk.infra.sandbox.server import SandboxServer
    from dualdesk.infra.x_tweepy import TweepyXClient
    from dualdesk.wiring import Backend

    with tempfile.TemporaryDirectory() as tmp, SandboxServer(Path(tmp) / "x") as sandbox:
        clients = {r: TweepyXClient(DEMO_CREDENTIALS[r.value], sandbox.url) for r in Role}
        backend = Backend(Path(tmp) / "home", clients=clients.__getitem__)
        try:
            assert backend.sender_lock.acquire()
            backend.scheduler.start()
            store = backend.store
            ids = []
            for n in range(posts):
                planned = datetime.now(UTC) + timedelta(seconds=3)
                post = Post(
                    id=uuid.uuid4().hex[:12],
                    account=Role.PERSONAL,
                    text=f"lateness probe {n} {uuid.uuid4().hex[:6]}",
                    state=PostState.QUEUED,
                    created_at=datetime.now(UTC),
                    planned_at=planned,
                )
                store.add(post)
                backend.scheduler.schedule(post)  # as PostingService.submit tells it
                ids.append(post.id)
                time.sleep(0.5)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                sent = [store.get(i) for i in ids]
                if all(p is not None and p.state is PostState.SENT for p in sent):
                    break
                time.sleep(0.1)
            on_x = {p.id: p.created_at for p in sandbox.state.posts}
            late, woke = [], []
            for post_id in ids:
                stored = store.get(post_id)
                assert stored is not None and stored.sent_at is not None, stored
                due = stored.planned_at.timestamp()
                late.append(on_x[stored.tweet_id or ""] - due)
                woke.append(stored.sent_at.timestamp() - due)
        finally:
            backend.close()
            for client in clients.values():
                client.close()
    print(
        f"X's created_at - planned_at over {posts} posts: median {statistics.median(late):.3f} s, "
        f"max {max(late):.3f} s; ratio to {LATENESS_TARGET:.0f} s target "
        f"{max(late) / LATENESS_TARGET:.2f} (max). Stored sent_at (the wake-up time) - "
        f"planned_at: median {statistics.median(woke):.3f} s, max {max(woke):.3f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queued", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--posts", type=int, default=10)
    args = parser.parse_args()
    startup(args.queued, args.runs)
    lateness(args.posts)


if __name__ == "__main__":
    main()
