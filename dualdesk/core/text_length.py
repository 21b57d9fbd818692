"""How long X counts a text: URLs as 23, CJK and emoji as 2, limit 280."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MAX_WEIGHTED_LENGTH = 280
#: X weighs every code point up to here as 1 (Latin, Greek, Cyrillic, Hebrew,
#: Arabic, Indic scripts...); CJK, emoji and most symbols above it weigh 2.
_LAST_LIGHT = "\u10ff"
#: A dot inside a run of non-space characters: where a link could be.
_LINK_HINT = re.compile(r"\S\.\S")


@lru_cache(maxsize=1)
def _parser() -> Any:
    # twitter_text compiles large regexes at import (about 0.4 s): load it on
    # first use, never at start-up.
    import twitter_text  # noqa: PLC0415

    return twitter_text.parse_tweet


def preload() -> None:
    """Import the length parser now (call from a background thread)."""
    _parser()


@dataclass(frozen=True)
class Length:
    """A text's weighted length and whether X would accept it."""

    weighted: int
    valid: bool

    @property
    def remaining(self) -> int:
        """Characters left before the limit (negative when over)."""
        return MAX_WEIGHTED_LENGTH - self.weighted


def measure(text: str) -> Length:
    """Return the weighted length of `text` as X counts it.

    The composer measures on every keystroke, and the full parser takes
    milliseconds (about 1.7 ms for 280 characters, 58 ms for 10,000:
    `bench/bench_text_length.py`). A text that cannot hold a link and has
    only characters of weight 1 is simply counted, after the NFC
    normalisation X applies.
    """
    if not text.strip():
        return Length(weighted=len(text), valid=False)
    normal = unicodedata.normalize("NFC", text)
    if max(normal) <= _LAST_LIGHT and not _LINK_HINT.search(normal):
        weighted = len(normal) - normal.count("\r\n")  # X counts a CRLF as one
        return Length(weighted=weighted, valid=weighted <= MAX_WEIGHTED_LENGTH)
    result = _parser()(text)
    return Length(weighted=int(result.weightedLength), valid=bool(result.valid))
