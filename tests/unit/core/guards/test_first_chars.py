"""What a match can start with: read from the parsed pattern, checks passed over."""

from __future__ import annotations

from re import _parser  # type: ignore[attr-defined]

import pytest

from dualdesk.core.guards.first_chars import first_items


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
        (r"(?i:a)b", None),  # inline flags
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
