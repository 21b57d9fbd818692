"""The weighted length agrees with X's own parser, on the fast path and off it."""

from __future__ import annotations

import random
import string

import pytest
import twitter_text

from dualdesk.core.text_length import MAX_WEIGHTED_LENGTH, _pieces, _weight, measure


def expected(text: str) -> tuple[int, bool]:
    result = twitter_text.parse_tweet(text)
    return int(result.weightedLength), bool(result.valid)


@pytest.mark.parametrize(
    "text",
    [
        "Sleep is a skill. Practise it.",
        "e\u0301te\u0301 à Montréal",  # combining accents: X counts after NFC
        "Ça va? Ñandú, größer, Ελληνικά, русский, עברית, العربية, हिन्दी",
        "see riverpractice.org/blog for more",  # a link counts 23
        "e.g. this",
        "3.5 hours of sleep",
        "emoji 🙂 and 👩‍⚕️ count two",
        "CJK 日本語 weighs two each",
        "tabs\tand\nnew lines\r\n",
        "x" * 281,
        "x" * 280,
        "“curly quotes” — and a dash… ‘fine’",
    ],
)
def test_measure_matches_x_parser(text: str) -> None:
    got = measure(text)
    assert (got.weighted, got.valid) == expected(text)


def test_measure_matches_x_parser_on_corpus_posts_and_long_drafts(
    corpus_texts: tuple[str, ...],
) -> None:
    texts = list(corpus_texts[::5])  # every fifth: X's parser takes milliseconds a post
    assert len(texts) > 1000
    texts.append(" ".join(texts[:40]))  # far over the limit
    mismatches = [t for t in texts if ((m := measure(t)).weighted, m.valid) != expected(t)]
    assert mismatches == []
    assert not measure("y" * (MAX_WEIGHTED_LENGTH + 1)).valid


def test_measure_matches_x_parser_on_random_plain_text() -> None:
    rng = random.Random(5)
    alphabet = string.ascii_letters + string.digits + " .,;:!?'\"()-_/@#&\n\r\téàñüßçøåœ"
    texts = ["".join(rng.choices(alphabet, k=rng.randint(1, 320))) for _ in range(600)]
    texts = [t for t in texts if t.strip()]
    assert [t for t in texts if ((m := measure(t)).weighted, m.valid) != expected(t)] == []


#: Pieces of text X weighs in its own ways: links with and without a scheme, emails,
#: emoji sequences, CJK, combining accents, odd spaces and line ends, refused characters.
TOKENS = (
    "sleep",
    "rest,",
    "(see",
    "it)",
    "3.5",
    "e.g.",
    "riverpractice.org/blog",
    "www.site.org/a?x=1",
    "https://x.co/ab",
    "http://example.com.",
    "@user.com",
    "#tag.co",
    "$cash.io",
    "me@clinic.org",
    "a.b.c",
    "🙂",
    "👩\u200d⚕️",
    "1️⃣",
    "🇨🇦",
    "日本語",
    "한국어",
    "e\u0301",
    "Ω",
    "—",
    "…",
    "\ufeff",
)
SPACES = (" ", " ", " ", "  ", "\n", "\r\n", "\t", "\u3000", "\u00a0", "")


def test_measure_matches_x_parser_on_random_mixed_text() -> None:
    rng = random.Random(11)
    texts = []
    for _ in range(400):
        words = rng.choices(TOKENS, k=rng.randint(1, 120))
        texts.append("".join(w + rng.choice(SPACES) for w in words))
    texts = [t for t in texts if t.strip()]
    assert [t for t in texts if ((m := measure(t)).weighted, m.valid) != expected(t)] == []


def test_a_refused_character_makes_any_draft_invalid() -> None:
    assert not measure("fine words and riverpractice.org \ufeff").valid
    assert measure("fine words and riverpractice.org").valid


def test_pieces_cover_the_text_and_cut_only_after_whitespace(
    corpus_texts: tuple[str, ...],
) -> None:
    text = " ".join(corpus_texts[:200])
    pieces = list(_pieces(text))
    assert "".join(pieces) == text
    assert len(pieces) > 100  # long drafts are really cut
    assert all(p[-1].isspace() for p in pieces[:-1])


def test_a_keystroke_in_a_long_draft_parses_again_one_piece(corpus_texts: tuple[str, ...]) -> None:
    text = " ".join(corpus_texts[:150]) + " more at riverpractice.org/blog"
    assert len(text) > 10_000
    measure(text)
    misses = _weight.cache_info().misses
    middle = text.index(" ", len(text) // 2)
    edited = text[:middle] + "x" + text[middle:]
    assert (measure(edited).weighted, measure(edited).valid) == expected(edited)
    assert _weight.cache_info().misses - misses <= 2  # the edited piece (and its neighbour)
