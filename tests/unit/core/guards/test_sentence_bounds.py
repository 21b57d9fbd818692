"""The sentence around a position, found from the text's stops read once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dualdesk.core.guards.abbreviations import ends_sentence
from dualdesk.core.guards.lexicon import SENTENCE_REACH, sentence_bounds


def _stop(text: str, i: int) -> bool:
    """Whether `text[i]` ends a sentence, asked of one character ("e.g." is no end)."""
    return text[i] in "!?\n" or (text[i] == "." and ends_sentence(text, i))


def _scanned(text: str, pos: int) -> tuple[int, int]:
    """The sentence found by scanning out from `pos`, character by character."""
    low = max(0, pos - SENTENCE_REACH)
    high = min(len(text), pos + SENTENCE_REACH)
    start = pos
    while start > low and not _stop(text, start - 1):
        start -= 1
    end = pos
    while end < high and not _stop(text, end):
        end += 1
    return start, end


def test_a_sentence_runs_from_after_one_stop_to_the_next() -> None:
    text = "First one. Second one here! Third?\nFourth"
    assert text[slice(*sentence_bounds(text, text.index("Second")))] == " Second one here"
    assert text[slice(*sentence_bounds(text, text.index("Fourth")))] == "Fourth"
    assert sentence_bounds(text, 0) == (0, text.index("."))


def test_a_sentence_reaches_no_further_than_the_reach() -> None:
    text = "x" * (3 * SENTENCE_REACH)
    pos = len(text) // 2
    assert sentence_bounds(text, pos) == (pos - SENTENCE_REACH, pos + SENTENCE_REACH)


@given(
    st.text(alphabet="abJ .!?\n", max_size=2 * SENTENCE_REACH + 50),
    st.integers(min_value=0, max_value=2 * SENTENCE_REACH + 50),
)
def test_bounds_match_a_scan_out_from_the_position(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert sentence_bounds(text, pos) == _scanned(text, pos)
