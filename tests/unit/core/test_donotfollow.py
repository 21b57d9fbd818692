"""The pure half of the do-not-follow list: handles, digests, what errors say."""

from __future__ import annotations

import pytest

from dualdesk.core.donotfollow import (
    InvalidHandles,
    Match,
    Relation,
    digest,
    normalise,
    parse_handles,
)

KEY = bytes(range(32))


@pytest.mark.parametrize(
    "entry",
    ["jamie_k", "@jamie_k", "  @Jamie_K  ", "JAMIE_K", "https://x.com/Jamie_K",
     "twitter.com/jamie_k/", "https://mobile.x.com/jamie_k?s=20"],
)  # fmt: skip
def test_every_spelling_of_a_handle_normalises_to_one(entry: str) -> None:
    assert normalise(entry) == "jamie_k"


@pytest.mark.parametrize("entry", ["", "@", "jamie k", "a" * 16, "jamie-k", "x.com/"])
def test_non_handles_are_refused(entry: str) -> None:
    assert normalise(entry) is None


def test_parse_skips_blanks_and_comments_and_folds_repeats() -> None:
    lines = ["# clients", "", "@Jamie_K", "jamie_k", "robin99"]
    assert parse_handles(lines) == ["jamie_k", "robin99"]


def test_a_bad_line_is_named_by_number_and_its_text_is_not_repeated() -> None:
    with pytest.raises(InvalidHandles) as caught:
        parse_handles(["@ok_handle", "Jordan Secretname", "fine", "bad-one"])
    message = str(caught.value)
    assert caught.value.line_numbers == (2, 4)
    assert "Line 2, 4" in message
    assert "Secretname" not in message and "bad-one" not in message


def test_digests_depend_on_the_key_and_are_not_the_handle() -> None:
    one = digest(KEY, "jamie_k")
    assert len(one) == 64
    assert one == digest(KEY, "jamie_k")
    assert one != digest(bytes(32), "jamie_k")
    assert "jamie" not in one


def test_a_match_shows_the_handle_in_its_message_but_not_in_its_repr() -> None:
    match = Match("Jamie_K", Relation.FOLLOWER)
    assert match.message.startswith("@Jamie_K follows your professional account")
    assert "consider raising it in session" in match.message
    assert "Jamie" not in repr(match) and "Jamie" not in str(match)
    assert "@Jamie_K" in Match("Jamie_K", Relation.FOLLOWING).message
