"""`dualdesk audit` and `dualdesk donotfollow` as a person runs them.

The tests marked `keyring` use the session's Secret Service (scripts/test
starts one); the rest need no keyring.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS
from dualdesk.infra.sandbox.server import SandboxServer
from tests.conftest import need_service
from tests.unit.infra.sandbox_people import add_person, professional
from tests.unit.infra.test_keyring_credentials import _session_secret_service

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
# Made-up client handles, spelled oddly so a leak in any case is caught.
CLIENT_LINES = ["@Zephyrine_Q7", "mordecai_LUX", "https://x.com/Quillon_Barr", "# a comment", ""]
CLIENT_HANDLES = ("zephyrine_q7", "mordecai_lux", "quillon_barr")


def _leaks(home: Path, *texts: str) -> list[str]:
    """Return where any client handle appears, in any case, in files or texts."""
    found = []
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            found += [f"{path}: {h}" for h in CLIENT_HANDLES if h.encode() in data]
    for text in texts:
        found += [f"output: {h}" for h in CLIENT_HANDLES if h in text.lower()]
    return found


def _audit(run_cli, *args: str):  # type: ignore[no-untyped-def]
    result = run_cli(["audit", "--json", *args])
    return result, {c["id"]: c for c in json.loads(result.stdout)["checks"]}


def test_audit_json_lists_every_check_in_the_contract_shape(run_cli) -> None:  # type: ignore[no-untyped-def]
    result, checks = _audit(run_cli)

    assert result.returncode == 0, result.stderr
    assert list(checks)[:3] == ["personal_protected", "email_separation", "distinct_accounts"]
    assert len(checks) == 8
    for check in checks.values():
        assert set(check) == {"id", "status", "message", "advice", "url"}
        assert check["status"] in {"ok", "warn", "unknown"}
    assert checks["personal_protected"]["status"] == "unknown"
    assert "dualdesk link personal" in checks["personal_protected"]["advice"]
    assert checks["distinct_accounts"]["status"] == "ok"


def test_audit_remembers_answers_and_exits_1_on_a_warning(run_cli) -> None:  # type: ignore[no-untyped-def]
    result, checks = _audit(
        run_cli, "--answer", "separate_phone_numbers=no", "--answer", "contacts_not_uploaded=yes"
    )
    assert result.returncode == 1
    assert checks["separate_phone_numbers"]["status"] == "warn"

    again, checks = _audit(run_cli)
    assert again.returncode == 1
    assert checks["contacts_not_uploaded"]["status"] == "ok"
    assert checks["separate_phone_numbers"]["url"] == "https://x.com/settings/phone"


def test_audit_text_shows_advice_and_the_settings_link(run_cli) -> None:  # type: ignore[no-untyped-def]
    run_cli(["profile", "set", "professional", "--email", "office@riverapractice.org"])
    run_cli(["profile", "set", "personal", "--email", "alex@riverapractice.org"])

    result = run_cli(["audit"])

    assert result.returncode == 1
    assert "[warn   ] email_separation: Both accounts use addresses at riverapractice.org" in (
        result.stdout
    )
    assert "https://x.com/settings/email" in result.stdout


def test_an_unknown_answer_is_a_usage_error(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["audit", "--answer", "personal_protected=yes"])
    assert result.returncode == 2
    assert "separate_phone_numbers" in result.stderr


def test_without_a_keyring_no_handle_is_stored_or_shown(run_cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["donotfollow", "add"], stdin="\n".join(CLIENT_LINES), env=NO_KEYRING)

    assert result.returncode == 1
    assert "No system keyring was found" in result.stderr
    assert run_cli(["donotfollow", "count"], env=NO_KEYRING).stdout.strip() == (
        "The list holds 0."
    )
    assert _leaks(home, result.stdout, result.stderr) == []


def test_a_bad_line_is_named_by_number_and_nothing_is_added(run_cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(
        ["donotfollow", "add"], stdin="@Zephyrine_Q7\nQuillon Barr Smith\n", env=NO_KEYRING
    )

    assert result.returncode == 1
    assert "Line 2 is not an X handle" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert _leaks(home, result.stdout, result.stderr) == []


def test_handles_are_not_accepted_as_arguments(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["donotfollow", "add", "zephyrine_q7"])
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


def test_clearing_the_list_needs_yes(run_cli) -> None:  # type: ignore[no-untyped-def]
    refused = run_cli(["donotfollow", "clear"])
    cleared = run_cli(["donotfollow", "clear", "--yes"])

    assert refused.returncode == 1
    assert "Add --yes" in refused.stderr
    assert cleared.returncode == 0
    assert cleared.stdout.strip() == "Removed 0 handle(s); the list is empty."


# -- with the real keyring ------------------------------------------------


@pytest.fixture
def keyring_home(home: Path, run_cli) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """The data dir, with this run's keyring entries removed afterwards."""
    need_service(_session_secret_service(), "A Secret Service (gnome-keyring in D-Bus)")
    yield home
    from dualdesk.infra.keyring_credentials import KeyringCredentialStore
    from dualdesk.services.donotfollow_list import KEY_NAME
    from dualdesk.wiring import Backend

    run_cli(["unlink", "professional"])
    backend = Backend(home)
    try:
        KeyringCredentialStore().delete(f"{backend.keyring_namespace}/install", KEY_NAME)
    finally:
        backend.close()


@pytest.mark.keyring
def test_add_count_remove_print_counts_only(run_cli, keyring_home: Path) -> None:  # type: ignore[no-untyped-def]
    added = run_cli(["donotfollow", "add"], stdin="\n".join(CLIENT_LINES))
    again = run_cli(["donotfollow", "add"], stdin="zephyrine_q7\nnew_person_1\n")
    removed = run_cli(["donotfollow", "remove"], stdin="@MORDECAI_LUX\n")

    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added 3 handle(s); the list holds 3."
    assert again.stdout.strip() == "Added 1 handle(s); the list holds 4."
    assert removed.stdout.strip() == "Removed 1 handle(s); the list holds 3."
    outputs = [r.stdout + r.stderr for r in (added, again, removed)]
    assert _leaks(keyring_home, *outputs) == []


@pytest.mark.keyring
def test_check_shows_matches_on_the_terminal_and_leaves_no_handle_on_disk(  # type: ignore[no-untyped-def]
    run_cli, keyring_home: Path, tmp_path: Path
) -> None:
    run_cli(["profile", "set", "professional", "--email", "office@riverapractice.org"])
    run_cli(["profile", "set", "personal", "--email", "alex.w@gmail.com"])
    added = run_cli(["donotfollow", "add"], stdin="\n".join(CLIENT_LINES))
    assert added.returncode == 0, added.stderr
    with SandboxServer(tmp_path / "sandbox") as sandbox:
        client = add_person(sandbox, "Zephyrine_Q7")
        sandbox.state.follow(client.id, professional(sandbox).id)
        creds = DEMO_CREDENTIALS["professional"]
        env = {
            "DUALDESK_X_API_URL": sandbox.url,
            "DUALDESK_CONSUMER_KEY": creds.consumer_key,
            "DUALDESK_CONSUMER_SECRET": creds.consumer_secret,
            "DUALDESK_ACCESS_TOKEN": creds.access_token,
            "DUALDESK_ACCESS_TOKEN_SECRET": creds.access_token_secret,
        }
        linked = run_cli(["link", "professional", "--tokens-from-env"], env=env)
        assert linked.returncode == 0, linked.stderr
        shown = run_cli(["donotfollow", "check"], env={"DUALDESK_X_API_URL": sandbox.url})
        as_json = run_cli(
            ["donotfollow", "check", "--json"], env={"DUALDESK_X_API_URL": sandbox.url}
        )

    assert shown.returncode == 1, shown.stderr
    assert "@Zephyrine_Q7 follows your professional account" in shown.stdout
    assert "Compared 4 follower(s) and 1 followed account(s) with 3 listed" in shown.stdout
    doc = json.loads(as_json.stdout)
    assert [m["handle"] for m in doc["matches"]] == ["Zephyrine_Q7"]
    assert doc["complete"] is True
    assert _leaks(keyring_home, added.stdout, added.stderr) == []
