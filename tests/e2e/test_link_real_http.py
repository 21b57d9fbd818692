"""Link, post and unlink over real HTTP with a real keyring, and look for leaked secrets.

The sandbox X service runs as a process of its own with an account
registered under this test's own keys; `dualdesk` runs as a person runs it,
keys in the environment, the keyring a real Secret Service. Afterwards no
file the commands could have written, and nothing they printed, holds the
consumer secret, the access token or its secret.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.timing_policy import TimingPolicy
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.timing import policy_setting
from tests.conftest import cli_env, need_service
from tests.unit.infra.test_keyring_credentials import (
    _run_in_private_keyring,
    _session_secret_service,
)

HANDLE = "DrQuinnPractice"
CONSUMER_KEY = "e2e-app-key-4410"
CONSUMER_SECRET = "E2E-CONSUMER-SECRET-d81f0c"
ACCESS_TOKEN = "9001-E2E-ACCESS-TOKEN-73be2a"
TOKEN_SECRET = "E2E-TOKEN-SECRET-5c09e4"
SECRETS = (CONSUMER_SECRET, ACCESS_TOKEN, TOKEN_SECRET)
TEXT = "New handout on wind-down routines for shift workers is up on the practice site."


def admin(url: str, name: str, doc: object = None) -> Any:
    """Call one of the sandbox's control endpoints."""
    data = None if doc is None else json.dumps(doc).encode()
    request = urllib.request.Request(f"{url}/__sandbox__/{name}", data=data)
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)


@pytest.fixture
def sandbox_url(tmp_path: Path) -> Iterator[str]:
    """The sandbox X service in its own process, with this test's account on it."""
    state = tmp_path / "x-service"  # X's side: it knows the keys, as X does
    with subprocess.Popen(
        [sys.executable, "-m", "dualdesk.infra.sandbox", "--state", str(state)],
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(tmp_path),
    ) as server:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        try:
            admin(
                url,
                "users",
                {
                    "handle": HANDLE,
                    "name": "Dr. Quinn",
                    "credentials": {
                        "consumer_key": CONSUMER_KEY,
                        "consumer_secret": CONSUMER_SECRET,
                        "access_token": ACCESS_TOKEN,
                        "access_token_secret": TOKEN_SECRET,
                    },
                },
            )
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def key_env(url: str) -> dict[str, str]:
    return {
        "DUALDESK_X_API_URL": url,
        "DUALDESK_CONSUMER_KEY": CONSUMER_KEY,
        "DUALDESK_CONSUMER_SECRET": CONSUMER_SECRET,
        "DUALDESK_ACCESS_TOKEN": ACCESS_TOKEN,
        "DUALDESK_ACCESS_TOKEN_SECRET": TOKEN_SECRET,
    }


def leaks(root: Path, skip: Path, *texts: str) -> list[str]:
    """Where any of the secrets appears: files under `root` (but not `skip`), or texts."""
    found = []
    for path in root.rglob("*"):
        if path.is_file() and skip not in path.parents:
            data = path.read_bytes()
            found += [f"{path}: {s}" for s in SECRETS if s.encode() in data]
    for text in texts:
        found += [f"output: {s}" for s in SECRETS if s in text]
    return found


def post_any_time(home: Path) -> None:
    """Let the professional account post at once (its default waits for office hours)."""
    store = SQLiteStore(home)
    try:
        policy = TimingPolicy(zone="UTC", avoid_round_minutes=False, min_gap_minutes=0)
        store.set_setting(policy_setting(Role.PROFESSIONAL), policy.to_dict())
    finally:
        store.close()


@pytest.mark.keyring
def test_link_post_unlink_over_http_leaves_no_secret_anywhere(  # type: ignore[no-untyped-def]
    run_cli, home: Path, tmp_path: Path, sandbox_url: str
) -> None:
    need_service(_session_secret_service(), "A Secret Service (gnome-keyring in D-Bus)")
    user_home = tmp_path / "user"  # where anything written outside the data dir would go
    user_home.mkdir()
    quiet = {
        "HOME": str(user_home),
        "XDG_CACHE_HOME": str(user_home / ".cache"),
        "XDG_CONFIG_HOME": str(user_home / ".config"),
        "XDG_STATE_HOME": str(user_home / ".local/state"),
    }
    url_env = {"DUALDESK_X_API_URL": sandbox_url, **quiet}
    post_any_time(home)
    runs = [run_cli(["profile", "set", "professional", "--email", "office@quinn.example"])]

    runs.append(
        run_cli(["link", "professional", "--tokens-from-env"], env=key_env(sandbox_url) | quiet)
    )
    linked = runs[-1]
    runs.append(
        run_cli(["post", "--account", "professional", "--now", "--json", TEXT], env=url_env)
    )
    posted = runs[-1]
    runs.append(run_cli(["unlink", "professional"], env=url_env))
    unlinked = runs[-1]
    runs.append(run_cli(["profile", "show", "--json"], env=url_env))

    assert linked.returncode == 0, linked.stderr
    assert f"Linked the professional pane to @{HANDLE}" in linked.stdout
    assert posted.returncode == 0, posted.stderr
    doc = json.loads(posted.stdout)
    assert doc["state"] == "sent"
    world = admin(sandbox_url, "state")
    author = {u["id"]: u["handle"] for u in world["users"]}
    on_x = [(p["id"], author[p["author_id"]]) for p in world["posts"] if p["text"] == TEXT]
    assert on_x == [(doc["tweet_id"], HANDLE)]  # signed with the test's own keys
    assert unlinked.returncode == 0, unlinked.stderr
    assert "its keys are gone" in unlinked.stdout
    assert json.loads(runs[-1].stdout)["professional"]["linked"] is False
    outputs = [text for run in runs for text in (run.stdout, run.stderr)]
    assert leaks(tmp_path, tmp_path / "x-service", *outputs) == []
    assert len(leaks(tmp_path, user_home)) == 3  # the search does see X's own copy


_LINK_WHILE_LOCKED = """
import json, subprocess, sys
import secretstorage

conn = secretstorage.dbus_init()
secretstorage.get_default_collection(conn).lock()
link = [sys.executable, "-m", "dualdesk", "link", "professional", "--tokens-from-env"]
proc = subprocess.run(link, capture_output=True, text=True, timeout=60)
print(json.dumps({"code": proc.returncode, "out": proc.stdout, "err": proc.stderr}))
"""


@pytest.mark.keyring
def test_linking_with_a_locked_keyring_says_so_and_stores_nothing(  # type: ignore[no-untyped-def]
    run_cli, home: Path, tmp_path: Path, sandbox_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    need_service(
        bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
        "gnome-keyring and dbus-run-session",
    )
    run_cli(["profile", "set", "professional", "--email", "office@quinn.example"])
    keyring_home = tmp_path / "keyring-home"
    keyring_home.mkdir()
    script = tmp_path / "link_locked.py"
    script.write_text(_LINK_WHILE_LOCKED)
    for name in [n for n in os.environ if n.startswith("DUALDESK_")]:
        monkeypatch.delenv(name)
    for name, value in (key_env(sandbox_url) | {"DUALDESK_HOME": str(home)}).items():
        monkeypatch.setenv(name, value)  # the keys travel in the environment, never argv

    result = json.loads(_run_in_private_keyring(keyring_home, script).splitlines()[-1])

    assert result["code"] == 1
    assert result["err"].startswith("dualdesk: The system keyring is locked.")
    assert "gnome-keyring-daemon --unlock" in result["err"]
    assert result["err"].rstrip().endswith("Nothing was changed.")
    shown = run_cli(["profile", "show", "--json"])
    professional = json.loads(shown.stdout)["professional"]
    assert (professional["linked"], professional["x_user_id"]) == (False, "")
    assert leaks(tmp_path, tmp_path / "x-service", result["out"], result["err"]) == []


@pytest.mark.keyring
def test_linking_a_public_personal_account_warns_with_the_fix(  # type: ignore[no-untyped-def]
    run_cli, sandbox_url: str
) -> None:
    need_service(_session_secret_service(), "A Secret Service (gnome-keyring in D-Bus)")
    creds = {
        "consumer_key": CONSUMER_KEY,
        "consumer_secret": CONSUMER_SECRET,
        "access_token": "public-personal-token",
        "access_token_secret": "public-personal-token-secret",
    }
    admin(sandbox_url, "users", {"handle": "quinn_weekends", "name": "Q", "credentials": creds})
    assert (
        run_cli(["profile", "set", "personal", "--email", "q.home@mail.example"]).returncode == 0
    )
    env = key_env(sandbox_url) | {
        "DUALDESK_ACCESS_TOKEN": creds["access_token"],
        "DUALDESK_ACCESS_TOKEN_SECRET": creds["access_token_secret"],
    }
    linked = run_cli(["link", "personal", "--tokens-from-env"], env=env)
    assert linked.returncode == 0, linked.stderr
    assert "@quinn_weekends is public" in linked.stderr
    assert "Protect your posts" in linked.stderr
    audit = run_cli(["audit", "--json"], env={"DUALDESK_X_API_URL": sandbox_url})
    checks = {c["id"]: c for c in json.loads(audit.stdout)["checks"]}
    assert checks["personal_protected"]["status"] == "warn"
    assert run_cli(["unlink", "personal"], env={"DUALDESK_X_API_URL": sandbox_url}).returncode == 0
