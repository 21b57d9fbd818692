"""The hand-written gates in front of the clinical scans `required_words` cannot gate.

A gate may only skip a scan that could not have matched: on every corpus post
whose gate is False, the pattern finds nothing. A post of the gated kind
still fires through the gate, and an unrelated one skips the scan.
"""

from __future__ import annotations

import pytest

from dualdesk.core.guards import clinical, clinical_gates, clinical_reading, story_words
from dualdesk.core.guards.clinical_gates import GATES, gate_for
from dualdesk.core.guards.lexicon import Folding, lowered

_GATED = (
    *clinical._STRONG,
    *(p for _, p in clinical._RECOUNTED),
    *story_words._WORDS,
    clinical_reading._ONGOING,
)


def _gated() -> list[clinical_gates._Gated]:
    return [p for p in _GATED if isinstance(p, clinical_gates._Gated)]


def test_every_gate_opens_a_pattern_of_its_family() -> None:
    sources = [p.pattern.pattern for p in _gated()]
    for opening in GATES:
        assert any(source.startswith(opening) for source in sources), opening


def test_a_gate_skips_only_scans_that_find_nothing(corpus_texts: tuple[str, ...]) -> None:
    posts = [(text, lowered(text)) for text in corpus_texts]
    assert len(posts) > 1000
    for pattern in _gated():
        folding = Folding(pattern.pattern)
        holds = gate_for(folding)
        assert holds is not None
        for text, low in posts:
            if low is not None and not holds(low):
                assert next(folding.finditer(text, low), None) is None, (pattern.pattern, text)


@pytest.mark.parametrize(
    ("opening", "fires", "skips"),
    [
        (r"(?=\w)(?:\b[\w-]++\s+", "the lad we've been seeing came back", "the lad came back"),
        (r"\b\w++[- ]year[- ]old,?", "a 76-year-old today told me", "an old man told me"),
        (r"\b(?:i'm|i am|i've been", "i'm seeing a teen who", "seeing a teen who"),
        (r"(?:^|(?<=[.!?]\s))(?:[\w-]+", "teen told me: 'no'", "the teen told me no"),
    ],
)
def test_a_gate_lets_its_kind_through_and_skips_others(
    opening: str, fires: str, skips: str
) -> None:
    (pattern,) = [p for p in _gated() if p.pattern.pattern.startswith(opening)]
    assert next(pattern.finditer(fires, fires), None) is not None
    holds = gate_for(Folding(pattern.pattern))
    assert holds is not None
    assert holds(fires)
    assert not holds(skips)
    assert list(pattern.finditer(skips, skips)) == []


def test_a_case_sensitive_pattern_gets_no_gate() -> None:
    assert all(
        gate_for(Folding(p)) is None
        for p in clinical.cs.STRONG
        if "(?-i" in p.pattern  # scanned on the draft itself, not its lower-cased twin
    )
