"""A near-duplicate index over posts: word shingles with prefix filtering.

Texts are reduced to tokens (case-folded words; each CJK character is its own
token) and then to a set of shingles: every token and every pair of
neighbouring tokens. Similarity is the Jaccard index of two shingle sets.

Finding every stored set with Jaccard >= t against a query set Q does not
need a scan: any such set shares at least one of the
|Q| - ceil(t * |Q|) + 1 rarest shingles of Q (prefix filtering, Chaudhuri et
al. 2006), so only the postings of those few rare shingles are read and each
candidate is verified exactly. The index is built once per history and is
read-only afterwards.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.invisible import without

_TOKEN = compiled(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]|[^\W_]+")
#: `_TOKEN` on a text that is all ASCII and lower-case finds the runs of letters and digits
#: (no CJK there; "_" is no letter): every other character as a space, for `str.split`,
#: which is many times faster than `re` collecting some fifty matches.
_ASCII_BREAKS = "".join(c if c.isdigit() or "a" <= c <= "z" else " " for c in map(chr, range(128)))

#: Texts with fewer tokens than this are only ever compared exactly.
MIN_NEAR_TOKENS = 4


_CONTRACTION = compiled(r"n['’]t\b|['’](?:re|ve|ll|d|s|m)\b")
_EXPANDED = {
    "n't": " not",
    "'re": " are",
    "'ve": " have",
    "'ll": " will",
    "'d": " would",
    "'m": " am",
}


def _expand(m: re.Match[str]) -> str:
    return _EXPANDED.get(m.group().replace("’", "'"), "")


@lru_cache(maxsize=16)
def tokens(text: str) -> tuple[str, ...]:
    """Return the case-folded word tokens of a text, contractions spelled out.

    Invisible characters are dropped first: a zero-width space inside a word
    (pasted from elsewhere, or a post made in another app) would split it.
    A draft is compared both exactly and loosely, so the last few texts keep theirs.
    """
    folded = _CONTRACTION.sub(_expand, without(text).casefold())
    if folded.isascii():
        return tuple(folded.translate(_ASCII_BREAKS).split())
    return tuple(_TOKEN.findall(folded))


def exact_key(text: str) -> str:
    """Return the text reduced to its tokens: equal keys mean the same words in order."""
    return " ".join(tokens(text))


def shingle_set(toks: Sequence[str]) -> frozenset[str]:
    """Return the unigrams and bigrams of a token list."""
    grams = set(toks)
    grams.update(map(" ".join, itertools.pairwise(toks)))
    return frozenset(grams)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Return |a & b| / |a | b| (0.0 for two empty sets)."""
    if not a and not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


@dataclass(frozen=True)
class Match:
    """One stored item similar to a query: its position and the similarity."""

    item: int
    similarity: float


class ShingleIndex:
    """Exact and near-duplicate look-up over a fixed list of texts.

    Args:
        texts: the stored texts; matches refer to them by position.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self._exact: dict[str, list[int]] = {}
        self._sets: list[frozenset[str]] = []
        self._postings: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            toks = tokens(text)
            self._exact.setdefault(" ".join(toks), []).append(i)
            grams = shingle_set(toks) if len(toks) >= MIN_NEAR_TOKENS else frozenset()
            self._sets.append(grams)
            for gram in grams:
                self._postings.setdefault(gram, []).append(i)

    def __len__(self) -> int:
        return len(self._sets)

    def exact(self, text: str) -> list[int]:
        """Return the stored items with the same words in the same order."""
        key = exact_key(text)
        return list(self._exact.get(key, ())) if key else []

    def near(self, text: str, threshold: float) -> list[Match]:
        """Return stored items whose similarity to `text` is at least `threshold`.

        Items are ordered most similar first. Texts too short to compare
        loosely (fewer than MIN_NEAR_TOKENS tokens) give no near matches.
        """
        toks = tokens(text)
        if len(toks) < MIN_NEAR_TOKENS or not 0.0 < threshold <= 1.0:
            return []
        query = shingle_set(toks)
        postings = self._postings
        # How many stored texts have each shingle (0: none), in one pass at C speed. Every
        # near text has one of any `prefix` of the shingles some stored text has; the rarest
        # give the fewest candidates (ties broken by the shingle, so the choice is fixed).
        counts = list(map(len, map(postings.get, query, itertools.repeat(()))))
        # Shingles no stored text has are the rarest of all and give no candidate: when
        # they fill the prefix, nothing is near, and only the rest need ranking.
        unknown = counts.count(0)
        prefix = len(query) - math.ceil(threshold * len(query)) + 1 - unknown
        if prefix <= 0:
            return []
        ranked = sorted(zip(counts, query, strict=True))
        candidates: set[int] = set()
        for _count, gram in ranked[unknown : unknown + prefix]:
            candidates.update(postings[gram])
        matches = []
        for item in candidates:
            score = jaccard(query, self._sets[item])
            if score >= threshold:
                matches.append(Match(item, score))
        matches.sort(key=lambda m: (-m.similarity, m.item))
        return matches
