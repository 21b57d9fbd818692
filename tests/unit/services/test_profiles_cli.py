"""`dualdesk profile set/show`, run as a user runs them."""

from __future__ import annotations

import json


def test_set_and_show_json(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(
        ["profile", "set", "professional", "--handle", "@DrRiver", "--email", "dr@practice.org",
         "--name", "Dr. A. River", "--marker", "River Practice", "--marker", "riverpractice.org"]
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = json.loads(run_cli(["profile", "show", "--json"]).stdout)
    assert shown["professional"]["handle"] == "DrRiver"
    assert shown["professional"]["markers"] == ["River Practice", "riverpractice.org"]
    assert shown["personal"]["handle"] == ""
    assert shown["personal"]["colour"] != shown["professional"]["colour"]


def test_same_mailbox_refused_and_nothing_saved(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert (
        run_cli(["profile", "set", "personal", "--email", "kimlee@googlemail.com"]).returncode == 0
    )
    refused = run_cli(
        ["profile", "set", "professional", "--email", "Kim.Lee+pro@gmail.com", "--handle", "DrKim"]
    )
    assert refused.returncode == 1
    assert "Email separation" in refused.stderr
    shown = json.loads(run_cli(["profile", "show", "--json"]).stdout)
    assert shown["professional"]["email"] == ""
    assert shown["professional"]["handle"] == ""  # nothing half-saved


def test_shared_practice_domain_warns_but_saves(run_cli) -> None:  # type: ignore[no-untyped-def]
    run_cli(["profile", "set", "professional", "--email", "dr@practice.org"])
    result = run_cli(["profile", "set", "personal", "--email", "alex@practice.org"])
    assert result.returncode == 0
    assert "warning" in result.stderr and "practice.org" in result.stderr


def test_bad_values_are_clear_errors(run_cli) -> None:  # type: ignore[no-untyped-def]
    bad_email = run_cli(["profile", "set", "personal", "--email", "not-an-address"])
    assert bad_email.returncode == 1 and "not an email address" in bad_email.stderr
    bad_colour = run_cli(["profile", "set", "personal", "--colour", "orange"])
    assert bad_colour.returncode == 1 and "#RRGGBB" in bad_colour.stderr
    bad_role = run_cli(["profile", "set", "work", "--handle", "x"])
    assert bad_role.returncode == 2 and "professional or personal" in bad_role.stderr


def test_corrupt_data_file_is_reported(run_cli, home) -> None:  # type: ignore[no-untyped-def]
    (home / "dualdesk.sqlite3").write_bytes(b"garbage" * 200)
    result = run_cli(["profile", "show"])
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr


def test_an_unwritable_data_directory_is_reported(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["--home", "/sys/dualdesk", "profile", "set", "personal", "--handle", "x"])
    assert result.returncode == 1
    assert "Cannot use the data directory" in result.stderr and "--home" in result.stderr
    assert "Traceback" not in result.stderr
