"""The command line at its edges: an empty --home, a reader that leaves early."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    "args", [["--home=", "queue"], ["--home", "", "queue"], ["--home", " ", "queue"]]
)
def test_an_empty_home_is_refused_rather_than_using_the_real_data(run_cli, args) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(args)
    assert result.returncode == 2
    assert "--home" in result.stderr and "empty" in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback(home: Path) -> None:
    env = {**os.environ, "DUALDESK_HOME": str(home), "PYTHONPATH": str(Path.cwd())}
    child = subprocess.Popen(
        [sys.executable, "-m", "dualdesk", "queue", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    child.stdout.close()  # the reader leaves before dualdesk writes (`| head -c 0`)
    _out, err = child.communicate(timeout=60)
    assert "Traceback" not in err, err
    assert child.returncode == 1
