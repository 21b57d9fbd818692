"""How long the do-not-follow check takes over HTTP, and adding a long list.

Run: /tmp/venv/bin/python -m bench.bench_donotfollow
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from dualdesk.core.accounts import Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.sandbox.demo import (
    DEMO_CONSUMER_KEY,
    DEMO_CONSUMER_SECRET,
    DEMO_CREDENTIALS,
    PROFESSIONAL_HANDLE,
)
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.infra.x_tweepy import TweepyXClient
from dualdesk.services.donotfollow import DoNotFollowService
from tests.unit.services.fakes_linking import MemoryCredentialStore

FOLLOWERS = 1000
LISTED = 500


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, SandboxServer(Path(tmp) / "sandbox") as sandbox:
        pro = sandbox.state.user_by_handle(PROFESSIONAL_HANDLE)
        assert pro is not None
        started = time.perf_counter()
        for n in range(FOLLOWERS):
            creds = OAuth1Credentials(DEMO_CONSUMER_KEY, DEMO_CONSUMER_SECRET, f"t{n}", "s")
            user = sandbox.state.add_user(f"follower_{n}", "F", creds)
            sandbox.state.follow(user.id, pro.id)
        print(f"(set-up: {FOLLOWERS} sandbox followers in {time.perf_counter() - started:.1f} s)")
        store = SQLiteStore(Path(tmp) / "data")
        client = TweepyXClient(DEMO_CREDENTIALS["professional"], sandbox.url)
        service = DoNotFollowService(
            store,
            MemoryCredentialStore(),
            key_account="install",
            clients=lambda role: client,
            settings=store,
            clock=SystemClock(),
        )
        handles = [f"client_{n}" for n in range(LISTED - 1)] + [f"follower_{FOLLOWERS - 1}"]
        started = time.perf_counter()
        service.add(handles)
        print(f"add {LISTED} handles: {(time.perf_counter() - started) * 1e3:.1f} ms")
        started = time.perf_counter()
        result = service.check(Role.PROFESSIONAL)
        seconds = time.perf_counter() - started
        print(
            f"check {result.followers_checked} followers + {result.following_checked} "
            f"following against {result.listed} (page size 1000): {seconds * 1e3:.0f} ms, "
            f"{len(result.matches)} match"
        )
        client.close()
        store.close()


if __name__ == "__main__":
    main()
