"""Case-insensitive patterns run case-sensitively on lower-cased text, and their hits.

Split from `lexicon`, which re-exports both names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.required_words import required


class Hits:
    """Where a pattern matches in a text, found once, for many range questions.

    Checking "does this pattern occur in the sentence around each match"
    with a fresh search per match is quadratic on long texts; this runs the
    pattern once and answers each question by binary search.
    """

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern = pattern
        self._text = text
        self._starts: list[int] | None = None

    def within(self, start: int, end: int) -> bool:
        """Whether a match starts in [start, end); the text is scanned on the first call."""
        if self._starts is None:
            self._starts = [m.start() for m in self._pattern.finditer(self._text)]
        i = bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end


#: Named groups and references to them: their capitals are syntax, not letters to match.
_GROUP_NAMES = compiled(r"\(\?P(?:<\w+>|=\w+\))")


class Folding:
    """A case-insensitive pattern with a faster case-sensitive twin for lower-cased text.

    Python's regular expressions match literals several times faster without
    IGNORECASE. A pattern that asks for no capital letter finds the same
    spans in `text.lower()` with the flag off as in `text` with it on, so the
    hot patterns run that way whenever `lowered` gives a text.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern: re.Pattern[str] | None = pattern
        self._source, self._flags = pattern.pattern, pattern.flags
        self._lower = self._twin(pattern.pattern, pattern.flags)
        self._needs = required(self._lower) if self._lower is not None else None

    @classmethod
    def of(cls, source: str, flags: int) -> Folding:
        """`Folding(compiled(source, flags))`, compiling the pattern itself only when needed.

        With a twin the pattern is asked only of a text whose lower-casing
        moves offsets (`lexicon.lowered`), which is rare; compiling it at
        import cost about a tenth of the guards' import time.
        """
        folding = cls.__new__(cls)
        folding._pattern, folding._source, folding._flags = None, source, flags
        folding._lower = cls._twin(source, flags)
        folding._needs = required(folding._lower) if folding._lower is not None else None
        if folding._lower is None:
            folding._pattern = compiled(source, flags)
        return folding

    @staticmethod
    def _twin(source: str, flags: int) -> re.Pattern[str] | None:
        """The case-sensitive twin for lower-cased text, or None when capitals matter."""
        bare = re.sub(r"\\.", "", source)
        bare = _GROUP_NAMES.sub("", bare)  # "(?P<task>" names a group; it matches no capital
        foldable = "(?-i" not in bare and not re.search("[A-Z]", bare)
        return compiled(source, flags & ~re.IGNORECASE) if foldable else None

    @property
    def pattern(self) -> re.Pattern[str]:
        """The case-insensitive pattern itself, compiled on first use for `Folding.of`.

        Compiled as written (`re.compile`), not rebuilt: the rare text that
        needs it gains nothing worth the rebuild, which takes two to three
        times as long (about 45 ms for `identity_patterns.SELF_IDENTIFICATION`
        on a loaded machine) and would be a pause while typing.
        """
        if self._pattern is None:
            self._pattern = re.compile(self._source, self._flags)
        return self._pattern

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """Matches in `text`; `low` is `lowered(text)`. Only spans are the original's.

        A lower-cased text that lacks every string the pattern's matches
        contain (`required_words.required`) is not scanned at all.
        """
        if self._lower is not None and low is not None:
            if self._needs is not None:
                for need in self._needs:  # a plain loop: about a third faster than any(...)
                    if need in low:
                        break
                else:
                    return iter(())
            return self._lower.finditer(low)
        return (self._pattern or self.pattern).finditer(text)  # no call for an eager one

    def match(self, text: str, low: str | None, pos: int) -> re.Match[str] | None:
        """A match starting exactly at `pos`, as `pattern.match(text, pos)`."""
        if self._lower is not None and low is not None:
            return self._lower.match(low, pos)
        return (self._pattern or self.pattern).match(text, pos)

    def hits(self, text: str, low: str | None) -> Hits:
        """A Hits over `text` for this pattern, on the lower-cased text when possible."""
        if self._lower is not None and low is not None:
            return Hits(self._lower, low)
        return Hits(self._pattern or self.pattern, text)
