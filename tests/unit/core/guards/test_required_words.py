"""Required strings: a scan skipped when its words are absent, with exactly the same matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dualdesk.core.guards.lexicon import Folding, lowered
from dualdesk.core.guards.required_words import alternatives, required
from tests.unit.core.guards.guard_patterns import folded_patterns

DATA = Path(__file__).resolve().parents[4] / "tests" / "data"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bmy client\b", {"my client"}),
        (r"\b(?:had|saw) (?:a|my) (?:client|patient)", {" client", " patient"}),
        (r"\bi(?:'m| am| was) (?:a|an)\b", {"i'm", "i am", "i was"}),  # a shared first letter
        (r"\b(?:my|the)\s+(?:client|patient)s?\b", {"client", "patient"}),  # the longer part
        (r"(?:session|group)+ today", {" today"}),
        (r"\b(?:client|\w+ed)\b", None),  # one branch needs no particular word
        (r"(?:client)?\s+today", {"today"}),  # an optional part gives nothing
        (r"\bkid\b|\bteen\b", {"kid", "teen"}),
        (r"\b(?:a|an) \w+", None),  # nothing as long as SHORTEST
        (r"(?i:client)", None),  # a group with its own flags
        # a string holding another adds nothing: "patient with me" holds "patient"
        (r"\b(?:patient with me|patient|client care|my client|client)\b", {"patient", "client"}),
        (r"\bsat with (?:her|him)\b|\bsat with\b", {"sat with"}),
    ],
)
def test_required_reads_what_every_match_contains(pattern: str, expected: set[str] | None) -> None:
    found = required(re.compile(pattern))
    assert (set(found) if found is not None else None) == expected


def test_a_long_alternation_of_one_word_and_its_phrases_still_gives_a_set() -> None:
    many = "|".join(f"patient {i}" for i in range(40))  # more than MOST_STRINGS on their own
    source = rf"\b(?:{many}|patient|client care|client safety|client)\b"
    assert required(re.compile(source)) == {"patient", "client"}


def test_case_insensitive_patterns_give_nothing() -> None:
    assert required(re.compile(r"\bmy client", re.I)) is None


def test_a_draft_without_the_words_is_not_scanned_and_one_with_them_is() -> None:
    folding = Folding(re.compile(r"\b(?:had|saw) (?:a|my) (?:client|patient)\b", re.I))
    quiet = "Saw a heron on the canal today."
    story = "Saw a client today who finally laughed."
    assert list(folding.finditer(quiet, lowered(quiet))) == []
    assert [m.span() for m in folding.finditer(story, lowered(story))] == [(0, 12)]


def test_no_guard_pattern_loses_a_match_to_its_required_words() -> None:
    texts = [
        json.loads(line)["text"].lower()
        for part in ("b", "m", "w", "zk", "yc")
        for line in (DATA / f"guards_corpus_{part}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    gated = 0
    for name, folding in folded_patterns():
        slow = re.compile(folding.pattern.pattern, folding.pattern.flags & ~re.IGNORECASE)
        needs = required(slow)
        if needs is None:
            continue
        gated += 1
        for text in texts:
            if any(m for m in slow.finditer(text)):
                assert any(need in text for need in needs), (name, sorted(needs), text)
    assert gated >= 50, "most guard patterns should be gated"


def test_alternatives_splits_a_word_start_alternation_into_gated_parts() -> None:
    pattern = re.compile(r"(?=\w)(?:\bmy (?:client|kid)\b|\b[\w-]+ (?:i|we) see\b|\bpt\s*#\d+)")
    parts = alternatives(pattern)
    assert [p.pattern for p in parts] == [
        r"(?=\w)(?:\bmy (?:client|kid)\b)",
        r"(?=\w)(?:\b[\w-]+ (?:i|we) see\b)",
        r"(?=\w)(?:\bpt\s*#\d+)",
    ]
    assert [required(p) for p in parts] == [
        frozenset({"my client", "my kid"}),
        frozenset({" see"}),
        None,
    ]
    text = "the lad we see on fridays said my kid"
    found = sorted(m.span() for p in parts for m in p.finditer(text))
    assert found == sorted(m.span() for m in pattern.finditer(text))


def test_alternatives_leaves_other_shapes_whole() -> None:
    pattern = re.compile(r"\bmy client\b|\bthe kid\b")
    assert alternatives(pattern) == (pattern,)


def test_a_named_group_does_not_stop_a_pattern_running_on_lower_cased_text() -> None:
    folding = Folding(re.compile(r"\b(?P<task>made|wrote) a safety plan\b", re.I))
    text = "We Made a Safety Plan together."
    low = lowered(text)
    [m] = folding.finditer(text, low)
    assert m.string == low  # scanned the lower-cased twin, the faster way
    assert m.span() == (3, 21) and m.group("task") == "made"


def test_folding_of_compiles_the_case_insensitive_pattern_only_when_asked() -> None:
    source = r"\b(?:had|saw) (?:a|my) (?:client|patient)\b"
    folding = Folding.of(source, re.IGNORECASE)
    assert folding._pattern is None
    text = "Saw a CLIENT today"
    assert [m.span() for m in folding.finditer(text, lowered(text))] == [(0, 12)]
    assert folding._pattern is None  # the lower-cased twin answered
    odd = "İ saw a client"  # lower-casing moves offsets: the pattern itself is compiled
    assert lowered(odd) is None
    assert [m.span() for m in folding.finditer(odd, None)] == [(2, 14)]
    assert folding.pattern.pattern == source and folding.pattern.flags & re.IGNORECASE
    capitals = Folding.of(r"\bDr\.? [a-z]+", re.IGNORECASE)  # no twin: compiled at once
    assert capitals._lower is None and capitals._pattern is not None
