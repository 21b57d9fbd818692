"""People at clause starts, without the rare branches a draft cannot match.

A draft with no word of the two rare branches of ONE_PERSON_AT_START is tried
with the pattern without them; at every clause break it finds what the whole
pattern finds. A draft of either kind keeps the whole pattern.
"""

from __future__ import annotations

import pytest

from dualdesk.core.guards import story_clause_starts as cs
from dualdesk.core.guards import story_patterns as sp
from dualdesk.core.guards.lexicon import lowered, plain


def test_the_pattern_splits_into_its_branches_and_two_are_rare() -> None:
    assert "|".join(cs._BRANCHES) == sp.ONE_PERSON_AT_START.pattern
    assert len(cs._BRANCHES) > 2
    assert len(cs._RARE) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Long week. Mum of three came in today, exhausted",
        "Tough one. Someone I've been seeing for a year said goodbye",
    ],
)
def test_a_draft_of_a_rare_branch_keeps_the_whole_pattern(text: str) -> None:
    assert cs._at_start(lowered(text)) is cs._AT_START
    assert list(cs.clause_people(text, lowered(text), text.lower(), True))


def test_an_unrelated_draft_skips_the_rare_branches() -> None:
    text = "Had a client today who finally said it out loud. Flying to Denver tomorrow."
    assert cs._at_start(lowered(text)) is not cs._AT_START


def test_the_pattern_without_them_finds_the_same_at_every_break(
    corpus_texts: tuple[str, ...],
) -> None:
    posts = [plain(text) for text in corpus_texts]
    assert len(posts) > 1000
    for text in posts:
        low = lowered(text)
        starts = [0, *(m.end() for m in sp.CLAUSE_START.finditer(text))]
        chosen = [m.span() for m in cs.at_clause_starts(text, low, starts)]
        whole = [
            m.span()
            for pos in starts
            if (m := cs._AT_START.match(text, low, pos)) and not cs.listed(text, pos, m.group())
        ]
        assert chosen == whole, text
