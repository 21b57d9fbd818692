"""Child process for the crash test: `dualdesk serve` with a pluggable X.

    python -m tests.e2e.crash_sender HOME BASE_URL

Runs the real Sender and OutboxScheduler under the real SenderLock against
the HTTP stand-in (later: the sandbox X service), with short backoffs, until
killed.
"""

from __future__ import annotations

import sys
import threading
from datetime import timedelta
from pathlib import Path

from dualdesk.core.accounts import Role
from dualdesk.core.ports import XClient
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.scheduler import OutboxScheduler
from dualdesk.infra.sender_lock import SenderLock
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.sender import Backoff, Sender
from tests.e2e.http_x import HttpX


def main(home: Path, base_url: str) -> int:
    lock = SenderLock(home)
    if not lock.acquire():
        print("lock busy", file=sys.stderr)
        return 1
    store = SQLiteStore(home)

    def clients(role: Role) -> XClient:
        return HttpX(base_url, role.value)

    backoff = Backoff(base=timedelta(milliseconds=50), cap=timedelta(milliseconds=400))
    sender = Sender(store, clients, store, backoff=backoff)
    scheduler = OutboxScheduler(sender, SystemClock(), sweep_seconds=0.2)
    scheduler.start()
    print("ready", flush=True)
    threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
