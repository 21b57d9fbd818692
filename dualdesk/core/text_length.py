"""How long X counts a text: URLs as 23, CJK and emoji as 2, limit 280."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MAX_WEIGHTED_LENGTH = 280
#: X weighs every code point up to here as 1 (Latin, Greek, Cyrillic, Hebrew,
#: Arabic, Indic scripts...); CJK, emoji and most symbols above it weigh 2.
_LAST_LIGHT = "\u10ff"
#: A dot inside a run of non-space characters: where a link could be.
_LINK_HINT = re.compile(r"\S\.\S")
#: A word and the whitespace after it: where a draft may be cut for counting.
_WORD_AND_SPACE = re.compile(r"(\S*)\s+")
#: Characters X refuses in a post (its parser's list: U+FFFE, U+FEFF, U+FFFF).
_INVALID = re.compile("[\ufffe\ufeff\uffff]")


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
    normalisation X applies. Any other text is parsed in pieces
    (`_pieces`), each remembered, so a keystroke parses again only the
    piece it changed.
    """
    if not text.strip():
        return Length(weighted=len(text), valid=False)
    normal = unicodedata.normalize("NFC", text)
    if max(normal) <= _LAST_LIGHT and not _LINK_HINT.search(normal):
        weighted = len(normal) - normal.count("\r\n")  # X counts a CRLF as one
        return Length(weighted=weighted, valid=weighted <= MAX_WEIGHTED_LENGTH)
    weighted = sum(_weight(piece) for piece in _pieces(text))
    valid = 0 < weighted <= MAX_WEIGHTED_LENGTH and not _INVALID.search(normal)
    return Length(weighted=weighted, valid=valid)


def _pieces(text: str) -> Iterator[str]:
    """Cut `text` at whitespace, after about one word in 16, the word deciding.

    Nothing X weighs as one unit (a link, an emoji, a CRLF) holds
    whitespace inside it or reaches across a run of it, so the weights of
    the pieces add up to the weight of the text: a test holds this against
    X's parser. Because each cut depends only on the word before it, an
    edit changes the piece it is in and leaves the others as they were, and
    `_weight` has those counted already.
    """
    start = 0
    for m in _WORD_AND_SPACE.finditer(text):
        if zlib.crc32(m.group(1).encode("utf-8", "surrogatepass")) & 15 == 0:
            yield text[start : m.end()]
            start = m.end()
    if start < len(text):
        yield text[start:]


@lru_cache(maxsize=4096)
def _weight(piece: str) -> int:
    """X's weighted length of one piece of a draft, by X's own parser."""
    return int(_parser()(piece).weightedLength)
