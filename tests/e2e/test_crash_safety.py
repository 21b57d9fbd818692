"""Kill the sender at random points, again and again: every post goes out exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.posts import Draft, PostState
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.posting import PostingService
from tests.conftest import cli_env
from tests.e2e.http_x import StandIn, serve

POSTS = 40
KILLS = int(os.environ.get("DUALDESK_CRASH_KILLS", "50"))
DEADLINE = 120.0


def start_sender(home: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.crash_sender", str(home), url],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=cli_env(home),
    )


@pytest.mark.slow
def test_every_post_is_sent_exactly_once_despite_sigkill(home: Path) -> None:
    rng = random.Random(int(os.environ.get("DUALDESK_CRASH_SEED", "20261126")))
    stand_in = StandIn(seed=rng.randrange(1 << 30), delay=0.12)
    server = serve(stand_in)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    store = SQLiteStore(home)
    posting = PostingService(store, store, store, SystemClock())
    drafts = [
        Draft(role, f"post {n} from {role.value}") for n in range(POSTS // 2) for role in Role
    ]
    for draft in drafts:
        posting.submit(draft)
    texts = {draft.text for draft in drafts}

    caught_sending = 0
    kills = 0
    try:
        while kills < KILLS:
            with start_sender(home, url) as child:
                time.sleep(rng.uniform(0.05, 0.9))
                child.send_signal(signal.SIGKILL)
                child.wait(timeout=30)
            kills += 1
            caught_sending += len(store.posts(states=[PostState.SENDING]))
        with start_sender(home, url) as child:  # a final run, left to finish
            deadline = time.monotonic() + DEADLINE
            while time.monotonic() < deadline:
                waiting = store.posts(states=[PostState.QUEUED, PostState.SENDING])
                if not waiting:
                    break
                time.sleep(0.1)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    finally:
        server.shutdown()
        server.server_close()

    on_x = Counter((p.account, p.text) for p in stand_in.posts)
    twice = {key: n for key, n in on_x.items() if n > 1}
    assert twice == {}, f"sent more than once: {twice}"
    outbox = store.posts()
    store.close()
    assert {p.text for p in outbox if p.state is PostState.SENT} == texts
    assert {(p.account.value, p.text) for p in outbox} == set(on_x)
    by_id = {p.id: (p.account, p.text) for p in stand_in.posts}
    for post in outbox:
        assert by_id[post.tweet_id or ""] == (post.account.value, post.text)
    print(
        f"\ncrash test: {kills} kills, {caught_sending} times a post was left in sending, "
        f"{stand_in.lost_answers} answers lost after X kept the post, "
        f"{stand_in.dead_clients} requests whose sender died before the answer"
    )
