"""When sending asks first: the one rule new posts and queued edits share."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Finding, Rule, Severity, asks_first


def finding(rule: Rule, severity: Severity) -> Finding:
    return Finding(rule, severity, 0, 4, "seen", "do this")


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([], False),
        ([finding(Rule.COST, Severity.INFO)], False),
        ([finding(Rule.COST, Severity.INFO), finding(Rule.WHEREABOUTS, Severity.WARN)], True),
        ([finding(Rule.CLINICAL, Severity.BLOCK)], True),
    ],
)
def test_only_a_warning_or_a_block_asks_first(findings: list[Finding], expected: bool) -> None:
    assert asks_first(findings) is expected
