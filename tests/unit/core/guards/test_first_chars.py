"""What a match can start with: read from the parsed pattern, checks passed over."""

from __future__ import annotations

import re
import string
import sys
from re import _parser  # type: ignore[attr-defined]

import pytest

from dualdesk.core.guards.first_chars import ODD_FOLDS, first_items


def _chars(source: str) -> set[str] | None:
    """The first characters as a set, for patterns whose first items are plain characters."""
    items = first_items(list(_parser.parse(source).data))
    if items is None:
        return None
    return {chr(code) for op, code in items if str(op) == "LITERAL"} | {
        chr(c) for op, span in items if str(op) == "RANGE" for c in range(span[0], span[1] + 1)
    }


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:my|the)\s+client", {"m", "t"}),
        (r"(?:^|[.!?]\s+)client", {".", "!", "?", "c"}),  # "^" consumes nothing
        (r"(?:a|b)?c", {"a", "b", "c"}),
        (r"(?=x)\bxy|\b[z0-3]", {"x", "z", "0", "1", "2", "3"}),
        (r"(?<![/.-])(?:19|20)\d\d", {"1", "2"}),
        (r"x?", None),  # matches the empty string: a match can start anywhere
        (r"[^a-z]x", None),  # a negated class
        (r"(a)\1", {"a"}),
        (r"(a)?\1b", None),  # a back reference may come first
        (r"(?i:a)b", {"a", "A"}),  # a group that sets its own case
        (r"(?i:k)b", {"k", "K", "\u212a"}),
        (r"(?s:a)b", None),  # other inline flags
    ],
)
def test_first_items_read_what_a_match_starts_with(
    pattern: str, expected: set[str] | None
) -> None:
    assert _chars(pattern) == expected


def test_a_word_class_first_is_kept_as_a_class() -> None:
    items = first_items(list(_parser.parse(r"\b\w+ed\b").data))
    assert items is not None
    assert [str(op) for op, _ in items] == ["CATEGORY"]


def test_a_case_insensitive_set_holds_every_case_of_its_letters() -> None:
    items = first_items(list(_parser.parse(r"\b(?:sam|Kit|[x-z]|9)").data), folds=True)
    assert items is not None
    chars = {chr(code) for op, code in items if str(op) == "LITERAL"} | {
        chr(c) for op, span in items if str(op) == "RANGE" for c in range(span[0], span[1] + 1)
    }
    assert chars == {*"sSkKxyzXYZ9", "\u017f", "\u212a"}


def test_a_case_insensitive_letter_outside_ascii_gives_no_set() -> None:
    assert first_items(list(_parser.parse("\u00e9t\u00e9|ab").data), folds=True) is None
    assert first_items(list(_parser.parse("\u2014x|ab").data), folds=True) is not None


def test_the_odd_folds_are_every_character_outside_ascii_an_ascii_letter_matches() -> None:
    letters = re.compile("(?i)(?:" + "|".join(string.ascii_lowercase) + ")")
    odd = {chr(x) for x in range(0x80, sys.maxunicode + 1) if letters.fullmatch(chr(x))}
    assert odd == {c for chars in ODD_FOLDS.values() for c in chars}
    for letter, chars in ODD_FOLDS.items():
        assert all(re.fullmatch(letter, c, re.IGNORECASE) for c in chars)


def test_a_group_that_turns_case_off_keeps_its_letters_as_written() -> None:
    items = first_items(list(_parser.parse(r"\b(?-i:[A-C]x)|\bsam").data), folds=True)
    assert items is not None
    chars = {chr(code) for op, code in items if str(op) == "LITERAL"} | {
        chr(c) for op, span in items if str(op) == "RANGE" for c in range(span[0], span[1] + 1)
    }
    assert chars == {"A", "B", "C", "s", "S", "\u017f"}
