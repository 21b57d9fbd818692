"""The activities that need no lead (`whereabouts_unled`), and the news words before "just in"."""

from __future__ import annotations

import re

import pytest

from dualdesk.core.guards import whereabouts_activity, whereabouts_unled

#: The news check as it was first written: look-behinds before the word.
_BEFORE = re.compile(
    r"(?<!\bword )(?<!\bnews )(?<!\bresults )(?<!\bupdate )(?<!\bfigures )"
    r"\b(?:just|finally) (?:back|in|home)\b(?! (?:case|time)\b)",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"\bjust{whereabouts_unled._not_news('just')} (?:back|in|home)\b(?! (?:case|time)\b)"
    rf"|\bfinally{whereabouts_unled._not_news('finally')} (?:back|in|home)\b"
    r"(?! (?:case|time)\b)",
    re.IGNORECASE,
)
_TEXTS = [
    "Just back from the coast, inbox zero by Friday.",
    "Finally home after a long clinic day.",
    "Word just in that the board approved it.",
    "The results just back look fine.",
    "News finally in: the grant came through.",
    "Sword just in the stone, a metaphor for stuckness.",
    "Update just home from the printer.",
    "just in case you wondered",
    "finally in time for the holidays",
    "We are just in the car park now.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_news_check_after_the_word_matches_as_before(text: str) -> None:
    assert [m.span() for m in _AFTER.finditer(text)] == [m.span() for m in _BEFORE.finditer(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Just back from the coast, inbox zero by Friday.", True),
        ("Finally home after a long clinic day.", True),
        ("Word just in that the board approved it.", False),
        ("The results just back look fine.", False),
    ],
)
def test_activity_reads_arrivals_not_news(text: str, found: bool) -> None:
    assert (whereabouts_unled.ACTIVITY.search(text) is not None) is found


def test_activity_is_still_read_from_whereabouts_activity() -> None:
    assert whereabouts_activity.ACTIVITY is whereabouts_unled.ACTIVITY


def test_letter_class_is_a_to_z_under_ignorecase() -> None:
    written = re.compile(whereabouts_activity._LETTER, re.IGNORECASE)
    folded = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x2200):  # past U+212A, the Kelvin sign, the last that folds to a-z
        char = chr(code)
        assert bool(written.fullmatch(char)) == bool(folded.fullmatch(char)), hex(code)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Camping at Lake Tahoe all week", "Camping at Lake"),
        ("CAMPING AT Lake Tahoe all week", "CAMPING AT Lake"),
        ("Looking at Denver from the plane", None),
        ("Sing at Easter", None),  # "ing" needs three letters before it
        ("Singing at Easter", "Singing at Easter"),
    ],
)
def test_led_place_reads_a_gerund_at_a_named_place(text: str, found: str | None) -> None:
    m = whereabouts_activity.LED_PLACE.search(text)
    assert (m.group() if m else None) == found
