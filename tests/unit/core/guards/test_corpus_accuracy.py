"""The guards meet their accuracy targets on the labelled corpus in tests/data.

These assert the pattern rules alone (`backstop=False`): the learned backstop
is trained on these same parts, so its numbers here would not mean anything.
Its honest numbers are leave-one-part-out (bench/train_guard_model.py).
"""

from __future__ import annotations

import pytest

from bench.guards_accuracy import HALVES, Report, Score, combine, evaluate
from dualdesk.core.findings import Rule

RECALL_TARGETS = {
    Rule.CLINICAL: 0.95,
    Rule.IDENTITY_LINK: 0.95,
    Rule.WHEREABOUTS: 0.90,
    Rule.PHI: 0.90,
}
BENIGN_FP_TARGET = 0.05


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    return [evaluate(half, backstop=False) for half in HALVES]


def _combined(reports: list[Report], rule: Rule) -> Score:
    return combine(reports, "all").rules[rule]


def test_corpus_is_large_and_covers_both_accounts(reports) -> None:
    assert sum(r.examples for r in reports) >= 250
    assert all(r.benign_professional >= 10 for r in reports)


@pytest.mark.parametrize("rule", list(RECALL_TARGETS))
def test_recall_meets_target(reports, rule: Rule) -> None:
    score = _combined(reports, rule)
    assert score.recall >= RECALL_TARGETS[rule], score.missed


def test_benign_professional_posts_rarely_warn(reports) -> None:
    benign = sum(r.benign_professional for r in reports)
    flagged = [t for r in reports for t in r.benign_flagged]
    assert len(flagged) / benign <= BENIGN_FP_TARGET, flagged


@pytest.mark.parametrize("rule", [Rule.DUPLICATE, Rule.COST, Rule.SELF_PROMOTION])
def test_mechanical_rules_are_exact(reports, rule: Rule) -> None:
    score = _combined(reports, rule)
    assert score.recall == 1.0 and score.false_alarms == 0, score.missed
