"""Kill the sender at random points, again and again: every post goes out exactly once.

The sender runs in a child process (tests/e2e/crash_sender.py) with the real
TweepyXClient, posting to the sandbox X service, which runs in a process of
its own so that killing the sender leaves X running. The sandbox is started
with --allow-duplicates: a post sent twice shows up twice instead of being
refused, so the outbox's own bookkeeping is what is tested.

X's answers are slowed and broken on purpose (faults armed over the
sandbox's control endpoint): slow answers so that kills land mid-request,
posts kept by X whose answer is lost, 503s and dropped connections.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.posts import Draft, PostState
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.sandbox.demo import PERSONAL_HANDLE, PROFESSIONAL_HANDLE
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.posting import PostingService
from tests.conftest import cli_env

POSTS = 40
KILLS = int(os.environ.get("DUALDESK_CRASH_KILLS", "50"))
DEADLINE = 120.0
# The slowest answer the sandbox is told to give; below the child's read timeout.
SLOWEST = 0.2
HANDLES = {Role.PROFESSIONAL: PROFESSIONAL_HANDLE, Role.PERSONAL: PERSONAL_HANDLE}


def admin(url: str, name: str, doc: object = None) -> Any:
    """Call one of the sandbox's control endpoints."""
    data = None if doc is None else json.dumps(doc).encode()
    request = urllib.request.Request(f"{url}/__sandbox__/{name}", data=data)
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)


@pytest.fixture
def sandbox_url(tmp_path: Path) -> Iterator[str]:
    """The sandbox X service in its own process; its URL."""
    with subprocess.Popen(
        [
            sys.executable,
            *("-m", "dualdesk.infra.sandbox", "--state", str(tmp_path / "x-service")),
            "--allow-duplicates",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # connections reset by killed senders
        text=True,
        env=cli_env(tmp_path),
    ) as server:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        try:
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def faults(rng: random.Random, count: int) -> list[dict[str, object]]:
    """A run of X misbehaving, one fault per request, in random order."""
    armed: list[dict[str, object]] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.6:
            spec = {"kind": "timeout", "delay": rng.uniform(0.02, SLOWEST)}  # slow, answered
        elif roll < 0.75:
            spec = {"kind": "drop_after"}  # X kept the post; the answer is lost
        elif roll < 0.9:
            spec = {"kind": "5xx"}
        else:
            spec = {"kind": "drop"}  # lost before X did anything
        armed.append({**spec, "path_prefix": "/2/tweets", "method": "POST"})
        if rng.random() < 0.3:
            delay = rng.uniform(0.02, SLOWEST)
            armed.append({"kind": "timeout", "delay": delay, "path_prefix": "/2/users/"})
    return armed


def start_sender(home: Path, url: str, ids: dict[Role, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "tests.e2e.crash_sender", str(home), url),
            *(ids[Role.PROFESSIONAL], ids[Role.PERSONAL]),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=cli_env(home),
    )


@pytest.mark.slow
def test_every_post_is_sent_exactly_once_despite_sigkill(home: Path, sandbox_url: str) -> None:
    rng = random.Random(int(os.environ.get("DUALDESK_CRASH_SEED", "20261126")))
    users = {u["handle"]: u["id"] for u in admin(sandbox_url, "state")["users"]}
    ids = {role: users[handle] for role, handle in HANDLES.items()}
    armed = admin(sandbox_url, "faults", faults(rng, 200))["pending"]
    store = SQLiteStore(home)
    posting = PostingService(store, store, store, SystemClock())
    drafts = [
        Draft(role, f"post {n} from {role.value}") for n in range(POSTS // 2) for role in Role
    ]
    for draft in drafts:
        posting.submit(draft)

    caught_sending = 0
    kills = 0
    while kills < KILLS:
        with start_sender(home, sandbox_url, ids) as child:
            time.sleep(rng.uniform(0.1, 0.8))
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        kills += 1
        caught_sending += len(store.posts(states=[PostState.SENDING]))
        # A request the dead sender left behind finishes on X before anyone looks again.
        time.sleep(SLOWEST + 0.1)
    with start_sender(home, sandbox_url, ids) as child:  # a final run, left to finish
        deadline = time.monotonic() + DEADLINE
        while store.posts(states=[PostState.QUEUED, PostState.SENDING]):
            assert time.monotonic() < deadline, "the last sender did not finish"
            time.sleep(0.1)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    world = admin(sandbox_url, "state")
    author = {u["id"]: u["handle"] for u in world["users"]}
    texts = {draft.text for draft in drafts}
    on_x = Counter(p["text"] for p in world["posts"] if p["text"] in texts)
    twice = {text: n for text, n in on_x.items() if n > 1}
    assert twice == {}, f"sent more than once: {twice}"
    assert set(on_x) == texts
    by_id = {p["id"]: (author[p["author_id"]], p["text"]) for p in world["posts"]}
    outbox = store.posts()
    store.close()
    assert len(outbox) == POSTS
    for post in outbox:
        assert post.state is PostState.SENT, (post.text, post.state, post.error)
        assert by_id[post.tweet_id or ""] == (HANDLES[post.account], post.text)
    left = admin(sandbox_url, "faults", [])["pending"]
    assert left < armed  # X did misbehave while these posts went out
    print(
        f"\ncrash test: {kills} kills, {caught_sending} times a post was left in sending, "
        f"{armed - left} of {armed} armed faults hit"
    )
