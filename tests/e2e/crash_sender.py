"""Child process for the crash test: the sender, posting to the sandbox X service.

    python -m tests.e2e.crash_sender HOME BASE_URL PROFESSIONAL_ID PERSONAL_ID

Runs the real Sender and OutboxScheduler under the real SenderLock, with
each account's real TweepyXClient signing for the sandbox's demo accounts,
and short backoffs, until killed. The accounts' X ids are given so that a
restart does not spend X's small `users/me` allowance.
"""

from __future__ import annotations

import sys
import threading
from datetime import timedelta
from pathlib import Path

from dualdesk.core.accounts import Role
from dualdesk.core.ports import XClient
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS
from dualdesk.infra.scheduler import OutboxScheduler
from dualdesk.infra.sender_lock import SenderLock
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.infra.x_tweepy import TweepyXClient
from dualdesk.services.send_retry import Backoff
from dualdesk.services.sender import Sender

READ_TIMEOUT = 1.0


def main(home: Path, base_url: str, user_ids: dict[Role, str]) -> int:
    lock = SenderLock(home)
    if not lock.acquire():
        print("lock busy", file=sys.stderr)
        return 1
    store = SQLiteStore(home)
    clients = {
        role: TweepyXClient(
            DEMO_CREDENTIALS[role.value],
            base_url,
            user_id=user_ids[role],
            connect_timeout=1.0,
            read_timeout=READ_TIMEOUT,
        )
        for role in Role
    }

    def client(role: Role) -> XClient:
        return clients[role]

    backoff = Backoff(base=timedelta(milliseconds=100), cap=timedelta(milliseconds=400))
    sender = Sender(store, client, store, backoff=backoff)
    scheduler = OutboxScheduler(sender, SystemClock(), sweep_seconds=0.2)
    scheduler.start()
    print("ready", flush=True)
    threading.Event().wait()
    return 0


if __name__ == "__main__":
    ids = {Role.PROFESSIONAL: sys.argv[3], Role.PERSONAL: sys.argv[4]}
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], ids))
