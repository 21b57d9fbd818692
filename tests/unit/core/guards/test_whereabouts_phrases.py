"""The phrases of the whereabouts guard, and "away from" after a life stage."""

from __future__ import annotations

import re

import pytest

from dualdesk.core.guards.whereabouts_phrases import PHRASES

_TAIL = r" from (?:the office|my desk|work|clinic|home|\d|next)"
#: The check as it was first written: look-behinds before "away".
_BEFORE = re.compile(r"(?<!time )(?<!first )(?<!living )(?<!being )away" + _TAIL, re.I)
_AFTER = re.compile(
    r"away(?<!time away)(?<!first away)(?<!living away)(?<!being away)" + _TAIL, re.I
)
_TEXTS = [
    "Away from my desk until Monday.",
    "I'll be away from the office next week.",
    "Her first time away from home, and she's thriving.",
    "Living away from home at 17 is hard.",
    "Being away from work helps some clients.",
    "Some time away from clinic does me good.",
    "Time away from home is not a holiday.",
    "castaway from the office party",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_away_check_after_the_word_matches_as_before(text: str) -> None:
    assert [m.span() for m in _AFTER.finditer(text)] == [m.span() for m in _BEFORE.finditer(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Away from my desk until Monday.", "Away from my desk"),
        ("Her first time away from home, and she's thriving.", None),
        ("Flying to Denver, on vacation till the 4th.", "on vacation"),
    ],
)
def test_phrases_read_the_authors_own_absence(text: str, found: str | None) -> None:
    m = PHRASES.search(text)
    assert (m.group() if m else None) == found
