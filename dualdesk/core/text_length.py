"""How long X counts a text: URLs as 23, CJK and emoji as 2, limit 280."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MAX_WEIGHTED_LENGTH = 280


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
    """Return the weighted length of `text` as X counts it."""
    if not text.strip():
        return Length(weighted=len(text), valid=False)
    result = _parser()(text)
    return Length(weighted=int(result.weightedLength), valid=bool(result.valid))
