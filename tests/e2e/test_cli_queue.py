"""`dualdesk post/queue/cancel/serve` as a person runs them (no account linked)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

from dualdesk.infra.sender_lock import SenderLock
from tests.conftest import cli_env
from tests.dates import THURSDAY, coming


def test_post_to_an_unlinked_account_is_queued_and_says_so(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["post", "--account", "personal", "--json", "Hello"])
    assert result.returncode == 1
    doc = json.loads(result.stdout)
    assert doc["state"] == "queued"
    assert "not linked yet" in result.stderr and "re-linking" not in result.stderr
    listed = json.loads(run_cli(["queue", "--json"]).stdout)["posts"]
    assert [(p["id"], p["account"]) for p in listed] == [(doc["id"], "personal")]


def test_queue_then_cancel(run_cli) -> None:  # type: ignore[no-untyped-def]
    at = f"{coming(THURSDAY)}T10:00+02:00"
    run_cli(["post", "--account", "professional", "--at", at, "Later"])
    queue = run_cli(["queue"])
    assert queue.returncode == 0
    post_id = queue.stdout.split()[0]
    assert "professional" in queue.stdout and "Later" in queue.stdout
    cancelled = run_cli(["cancel", post_id])
    assert cancelled.returncode == 0, cancelled.stderr
    assert f"Cancelled post {post_id}" in cancelled.stdout
    assert "Nothing is waiting" in run_cli(["queue"]).stdout
    again = run_cli(["cancel", post_id])
    assert again.returncode == 1
    assert "already cancelled" in again.stderr


def test_cancel_of_an_unknown_id_is_a_clear_error(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["cancel", "0123"])
    assert result.returncode == 1
    assert "no post 0123" in result.stderr


def test_bad_posts_are_refused_with_reasons(run_cli) -> None:  # type: ignore[no-untyped-def]
    empty = run_cli(["post", "--account", "personal", "-"], stdin="  \n")
    assert empty.returncode == 1 and "empty" in empty.stderr
    long = run_cli(["post", "--account", "personal", "x" * 281])
    assert long.returncode == 1 and "1 character too long" in long.stderr
    bad_time = run_cli(["post", "--account", "personal", "--at", "next tuesday", "Hi"])
    assert bad_time.returncode == 2 and "ISO 8601" in bad_time.stderr
    both = run_cli(["post", "--account", "personal", "--now", "--at", str(coming(THURSDAY)), "Hi"])
    assert both.returncode == 2
    assert "Nothing is waiting" in run_cli(["queue"]).stdout


def test_serve_refuses_to_be_a_second_sender(run_cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    lock = SenderLock(home)
    assert lock.acquire()
    try:
        result = run_cli(["serve"], timeout=30)
    finally:
        lock.release()
    assert result.returncode == 1
    assert "already sending" in result.stderr


def test_serve_runs_until_sigterm(home: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "dualdesk", "serve"],
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(home),
    ) as serve:
        assert serve.stderr is not None
        for line in serve.stderr:
            if "sending from" in line:
                break
        assert not SenderLock(home).acquire()  # it holds the lock while it runs
        serve.send_signal(signal.SIGTERM)
        rest = serve.stderr.read()
        assert serve.wait(timeout=30) == 0
    assert "stopping" in rest
    free = SenderLock(home)
    assert free.acquire()
    free.release()
