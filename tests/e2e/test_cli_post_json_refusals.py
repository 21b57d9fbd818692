"""`post --json` prints one JSON document even when the post is refused.

DESIGN.md: "`--json` output is one JSON document on stdout". Found by hand:
a blocked post prints {"state": "blocked", ...}, but an empty post or a
time in the past prints nothing on stdout (exit 1), so a script that reads
the document gets no input to parse.
"""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    "args",
    [
        ["post", "--account", "personal", "--json", ""],
        ["post", "--account", "personal", "--json", "x" * 300],
        ["post", "--account", "personal", "--json", "--at", "2020-01-01T10:00+00:00", "Hi"],
    ],
    ids=["empty", "too long", "in the past"],
)
def test_a_refused_post_still_prints_one_json_document(run_cli, args) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(args)
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)  # fails on empty stdout
    assert doc["id"] is None
