"""`dualdesk link` and `dualdesk unlink` as a person runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.infra.oauth_server import CONSUMER, running_oauth_server

TOKENS = {
    "DUALDESK_CONSUMER_KEY": "app-key",
    "DUALDESK_CONSUMER_SECRET": "CLI-APP-SECRET-3",
    "DUALDESK_ACCESS_TOKEN": "cli-token",
    "DUALDESK_ACCESS_TOKEN_SECRET": "CLI-TOKEN-SECRET-3",
}


def _no_secret_in(home: Path) -> None:
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"CLI-APP-SECRET-3" not in data
            assert b"CLI-TOKEN-SECRET-3" not in data


def _linked(run_cli, role: str) -> bool:  # type: ignore[no-untyped-def]
    shown = run_cli(["profile", "show", "--json"])
    return bool(json.loads(shown.stdout)[role]["linked"])


def test_a_missing_token_variable_is_named_and_nothing_is_stored(run_cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in TOKENS.items() if k != "DUALDESK_ACCESS_TOKEN_SECRET"}

    result = run_cli(["link", "professional", "--tokens-from-env"], env=env)

    assert result.returncode == 1
    assert "DUALDESK_ACCESS_TOKEN_SECRET" in result.stderr
    assert "DUALDESK_CONSUMER_SECRET" not in result.stderr
    assert "CLI-APP-SECRET-3" not in result.stdout + result.stderr
    assert not _linked(run_cli, "professional")
    _no_secret_in(home)


def test_linking_without_an_email_says_how_to_set_it(run_cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["link", "personal", "--tokens-from-env"], env=TOKENS)

    assert result.returncode == 1
    assert "dualdesk profile set personal --email" in result.stderr
    assert "CLI-TOKEN-SECRET-3" not in result.stdout + result.stderr
    assert not _linked(run_cli, "personal")
    _no_secret_in(home)


def test_link_needs_a_way_to_get_the_keys(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["link", "professional"])

    assert result.returncode == 2
    assert "--pin" in result.stderr


def test_unlinking_an_unlinked_account_is_a_clear_no_op(run_cli) -> None:  # type: ignore[no-untyped-def]
    run_cli(["profile", "set", "professional", "--handle", "DrRivera"])

    result = run_cli(["unlink", "professional"])

    assert result.returncode == 0, result.stderr
    assert "professional account is not linked; nothing to remove" in result.stdout
    shown = run_cli(["profile", "show", "--json"])
    assert json.loads(shown.stdout)["professional"]["handle"] == "DrRivera"


def test_pin_flow_prints_the_address_and_refuses_a_wrong_pin(run_cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    run_cli(["profile", "set", "professional", "--email", "office@riverapractice.org"])
    with running_oauth_server() as server:
        env = {
            "DUALDESK_X_API_URL": server.url,
            "DUALDESK_CONSUMER_KEY": CONSUMER[0],
            "DUALDESK_CONSUMER_SECRET": CONSUMER[1],
        }
        result = run_cli(["link", "professional", "--pin"], stdin="0000000\n", env=env)

    assert result.returncode == 1
    assert f"{server.url}/oauth/authorize?oauth_token=req-token" in result.stdout
    assert "PIN" in result.stderr
    assert "did not accept the PIN" in result.stderr
    assert CONSUMER[1] not in result.stdout + result.stderr
    assert not _linked(run_cli, "professional")


def test_pin_flow_refuses_before_asking_when_the_email_is_missing(run_cli) -> None:  # type: ignore[no-untyped-def]
    with running_oauth_server() as server:
        env = {"DUALDESK_X_API_URL": server.url}
        result = run_cli(["link", "professional", "--pin"], stdin="key\nsecret\n", env=env)

    assert result.returncode == 1
    assert "dualdesk profile set professional --email" in result.stderr
    assert "API key" not in result.stderr  # not even asked
    assert server.seen_callbacks == []
