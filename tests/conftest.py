"""Shared test set-up: offscreen Qt, a fixed clock, throwaway data dirs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

# Widgets render offscreen in every test; only the e2e window test (a
# subprocess) uses a real X server.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO = Path(__file__).resolve().parents[1]

# scripts/test sets this: then a missing service is a failure, not a skip.
SERVICES_REQUIRED = os.environ.get("DUALDESK_TEST_SERVICES") == "1"


@pytest.fixture(scope="session")
def corpus_texts() -> tuple[str, ...]:
    """The text of every post of the labelled guard corpus (tests/data), read once."""
    return tuple(
        json.loads(line)["text"]
        for path in sorted((REPO / "tests" / "data").glob("guards_corpus_*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )


def need_service(available: bool, what: str) -> None:
    """Skip when a service is missing locally; fail when scripts/test promised it."""
    if available:
        return
    if SERVICES_REQUIRED:
        pytest.fail(f"{what} is not available, but scripts/test should have started it")
    pytest.skip(f"{what} is not available (run scripts/test)")


class FixedClock:
    """A Clock that returns a set time until moved."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    """Wednesday 2026-11-25 14:00 UTC."""
    return FixedClock(datetime(2026, 11, 25, 14, 0, tzinfo=UTC))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty data directory."""
    path = tmp_path / "home"
    path.mkdir()
    return path


def cli_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for running dualdesk as a subprocess from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["DUALDESK_HOME"] = str(home)
    for name in list(env):
        if name.startswith("DUALDESK_") and name not in (
            "DUALDESK_HOME",
            "DUALDESK_TEST_SERVICES",
        ):
            del env[name]
    env.update(extra or {})
    return env


@pytest.fixture
def run_cli(home: Path):  # type: ignore[no-untyped-def]
    """Run `python -m dualdesk ARGS` against the test data dir."""

    def run(
        args: Sequence[str],
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "dualdesk", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=cli_env(home, env),
            timeout=timeout,
            check=False,
        )

    return run
