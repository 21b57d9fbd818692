"""`dualdesk --sandbox post` and `dualdesk --sandbox exposure`, as a person runs them."""

from __future__ import annotations

import json
from pathlib import Path

from dualdesk.infra.sandbox.demo import PERSONAL_HANDLE, PROFESSIONAL_HANDLE
from dualdesk.infra.sandbox.state import STATE_FILE

UTC_ENV = {"TZ": "UTC"}


def _sandbox_world(home: Path) -> dict[str, list[dict[str, object]]]:
    state = home / "sandbox" / "x-service" / STATE_FILE
    return dict(json.loads(state.read_text(encoding="utf-8")))


def test_a_personal_post_lands_on_the_personal_account_only_and_counts_in_exposure(  # type: ignore[no-untyped-def]
    run_cli, home: Path
) -> None:
    before = json.loads(
        run_cli(["--sandbox", "exposure", "--account", "personal", "--json"], env=UTC_ENV).stdout
    )
    posted = run_cli(["--sandbox", "post", "--account", "personal", "--now", "hello"])
    queued = run_cli(["--sandbox", "queue", "--json"])
    as_json = run_cli(["--sandbox", "exposure", "--account", "personal", "--json"], env=UTC_ENV)
    as_text = run_cli(["--sandbox", "exposure", "--account", "personal"], env=UTC_ENV)

    assert posted.returncode == 0, posted.stderr
    assert "Sent from the personal account" in posted.stdout
    assert json.loads(queued.stdout)["posts"] == []
    world = _sandbox_world(home)
    by_handle = {u["handle"]: u["id"] for u in world["users"]}
    authors = [p["author_id"] for p in world["posts"] if p["text"] == "hello"]
    assert authors == [by_handle[PERSONAL_HANDLE]]
    assert by_handle[PROFESSIONAL_HANDLE] not in authors

    assert as_json.returncode == 0, as_json.stderr
    doc = json.loads(as_json.stdout)
    assert {"posts", "hist", "inferred_quiet"} <= set(doc)
    assert doc["posts"] == before["posts"] + 1  # the sent post once, not once per source
    assert len(doc["hist"]) == 24 and sum(doc["hist"]) == doc["posts"]
    assert doc["inferred_quiet"] is None
    assert doc["note"] == ""
    assert doc["zone"] == "UTC"

    assert as_text.returncode == 0, as_text.stderr
    lines = as_text.stdout.splitlines()
    assert lines[0] == f"The personal account: {doc['posts']} post(s), hours in UTC."
    assert "an observer cannot yet guess when you sleep" in lines[1]
    hours = lines[-24:]
    assert [line[:2] for line in hours] == [f"{h:02d}" for h in range(24)]
    assert sum(int(line.split()[-1]) for line in hours if "#" in line) == doc["posts"]


def test_exposure_of_a_professional_account_with_no_posts_here(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["exposure", "--account", "professional", "--json"])

    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert (doc["posts"], doc["hist"], doc["inferred_quiet"]) == (0, [0] * 24, None)
    assert "not linked" in doc["note"]
    assert "not linked" in result.stderr
