"""The weighted length agrees with X's own parser, on the fast path and off it."""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

import pytest
import twitter_text

from dualdesk.core.text_length import MAX_WEIGHTED_LENGTH, measure

DATA = Path(__file__).resolve().parents[2] / "data"


def corpus_texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted(DATA.glob("guards_corpus_*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


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


def test_measure_matches_x_parser_on_corpus_posts_and_long_drafts() -> None:
    texts = corpus_texts()[::5]  # every fifth: X's parser takes milliseconds a post
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
