"""Credentials never show their secrets."""

from __future__ import annotations

from dualdesk.core.credentials import OAuth1Credentials


def test_repr_and_str_hide_both_secrets() -> None:
    creds = OAuth1Credentials("app-key", "app-secret-XYZ", "1234567-tokenABC", "token-secret-XYZ")
    for shown in (repr(creds), str(creds), f"{creds}", repr([creds])):
        assert "app-secret-XYZ" not in shown
        assert "token-secret-XYZ" not in shown
        assert "tokenABC" not in shown
        assert "app-key" in shown


def test_complete_needs_all_four_parts() -> None:
    assert OAuth1Credentials("k", "s", "t", "ts").complete
    assert not OAuth1Credentials("k", "s", "t", "").complete
