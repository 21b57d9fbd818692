"""First-character hints: faster scans with exactly the same matches."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

from dualdesk.core import guards
from dualdesk.core.guards.first_chars import first_chars, hinted
from dualdesk.core.guards.lexicon import Folding

DATA = Path(__file__).resolve().parents[4] / "tests" / "data"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:my|the)\s+client", {"m", "t"}),
        (r"(?:^|[.!?]\s+)client", {".", "!", "?", "c"}),  # "^" consumes nothing
        (r"\b(?:a|an)?\s*kid", None),  # "\s" is a class of many characters
        (r"(?:a|b)?c", {"a", "b", "c"}),
        (r"(?=x)\bxy|\b[z0-3]", {"x", "z", "0", "1", "2", "3"}),
        (r"\w+ed\b", None),
        (r"x?", None),  # matches the empty string
    ],
)
def test_first_chars_reads_what_a_match_starts_with(
    pattern: str, expected: set[str] | None
) -> None:
    found = first_chars(re.compile(pattern))
    assert (set(found) if found is not None else None) == expected


def test_case_insensitive_and_literal_patterns_get_no_hint() -> None:
    assert first_chars(re.compile(r"\bmy client", re.I)) is None
    plain = re.compile(r"my client")
    assert hinted(plain) is plain


def test_a_hint_puts_a_lookahead_in_front_and_keeps_the_matches() -> None:
    pattern = re.compile(r"\b(?:my|the)\s+(?:client|kid)\b")
    fast = hinted(pattern)
    assert fast.pattern.startswith("(?=[mt])")
    text = "the kid and my client met the other kid; mythe client"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def _folded_patterns() -> list[tuple[str, Folding]]:
    found: dict[int, tuple[str, Folding]] = {}
    for info in pkgutil.iter_modules(guards.__path__):
        module = importlib.import_module(f"dualdesk.core.guards.{info.name}")
        for name, value in vars(module).items():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, Folding):
                    found[id(item)] = (f"{info.name}.{name}", item)
    return list(found.values())


def test_every_hinted_guard_pattern_finds_the_same_spans_on_the_corpus() -> None:
    texts = [
        json.loads(line)["text"].lower()
        for part in ("a", "k", "t", "za")
        for line in (DATA / f"guards_corpus_{part}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    checked = 0
    for name, folding in _folded_patterns():
        slow = re.compile(folding.pattern.pattern, folding.pattern.flags & ~re.IGNORECASE)
        fast = hinted(slow)
        if fast is slow:
            continue
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in slow.finditer(text)
            ], (name, text)
        checked += 1
    assert checked >= 40
