"""`dualdesk post --at` with times at the edges of the calendar.

Found by hand: `--at 9999-12-31T23:59+00:00` printed a Python traceback
(OverflowError: date value out of range, from core/timing_windows.py) and
exited 1; `--at 0001-01-01T00:00` printed argparse's bare "invalid
parse_when value". A person mistyping a year should get a sentence, not a
traceback.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("account", ["personal", "professional"])
def test_a_time_at_the_end_of_the_calendar_is_refused_with_a_sentence(run_cli, account) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["post", "--account", account, "--at", "9999-12-31T23:59+00:00", "Hello"])
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (1, 2)
    assert "Nothing is waiting" in run_cli(["queue"]).stdout


def test_a_time_at_the_start_of_the_calendar_gets_the_iso_hint(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["post", "--account", "personal", "--at", "0001-01-01T00:00", "Hello"])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "parse_when" not in result.stderr, "the message names an internal function"
