from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dualdesk.infra.sender_lock import SenderLock
from tests.conftest import cli_env

HOLD_LOCK = """
import sys, time
from pathlib import Path
from dualdesk.infra.sender_lock import SenderLock
lock = SenderLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "busy", flush=True)
sys.stdin.readline()
"""


def test_only_one_process_holds_the_sender_lock(home: Path) -> None:
    mine = SenderLock(home)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(home)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(home),
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "held"
            assert not mine.acquire()
            assert mine.holder() == child.pid
        finally:
            child.kill()
            child.wait(timeout=10)
    # The kernel drops the lock with the process, even after a kill.
    assert mine.acquire()
    second = subprocess.run(
        [sys.executable, "-c", HOLD_LOCK, str(home)],
        input="\n",
        capture_output=True,
        text=True,
        env=cli_env(home),
        timeout=30,
        check=True,
    )
    assert second.stdout.strip() == "busy"
    mine.release()
    assert not mine.held


def test_the_lock_is_reentrant_for_its_holder_and_released_by_context(home: Path) -> None:
    lock = SenderLock(home)
    with lock as got:
        assert got and lock.acquire()
        assert not SenderLock(home).acquire()  # another open file description
    again = SenderLock(home)
    assert again.acquire()
    again.release()
