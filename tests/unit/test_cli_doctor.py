"""`dualdesk doctor`, run as a user runs it."""

from __future__ import annotations

from pathlib import Path


def test_a_fresh_install_is_healthy_but_says_what_to_link(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["doctor", "--offline"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warn  professional account not linked — dualdesk link professional --pin" in (
        result.stdout
    )


def test_a_damaged_data_file_fails_with_what_to_do(run_cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    (home / "dualdesk.sqlite3").write_bytes(b"not sqlite" * 100)
    result = run_cli(["doctor"])
    assert result.returncode == 1
    assert "fail  data directory" in result.stdout and "damaged" in result.stdout


def test_the_sandbox_accounts_answer(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["--sandbox", "doctor"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    professional account @DrRiverCounsel answers" in result.stdout
    assert "ok    personal account @alex_weekends answers" in result.stdout
