"""The review entry point: ordering, escalation, and robustness on any input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import ReviewContext, review
from dualdesk.core.guards.review import escalate
from dualdesk.core.posts import Draft

from .conftest import make_context, post


def test_findings_are_sorted_by_start(findings) -> None:
    text = "Flying to Denver! Had a client named Sarah today. See doecounseling.com"
    found = findings(text)
    assert [f.start for f in found] == sorted(f.start for f in found)
    assert {f.rule for f in found} >= {Rule.WHEREABOUTS, Rule.CLINICAL, Rule.PHI, Rule.COST}


def test_blank_and_empty_drafts_have_no_findings() -> None:
    for text in ("", "   ", "\n\t"):
        assert review(Draft(Role.PERSONAL, text), ReviewContext()) == []


def test_escalation_needs_both_clinical_and_phi() -> None:
    phi = Finding(Rule.PHI, Severity.WARN, 0, 1, "m", "a")
    clinical = Finding(Rule.CLINICAL, Severity.WARN, 2, 3, "m", "a")
    where = Finding(Rule.WHEREABOUTS, Severity.WARN, 4, 5, "m", "a")
    assert escalate([phi, where]) == [phi, where]
    raised = escalate([phi, clinical, where])
    assert [f.severity for f in raised] == [Severity.BLOCK, Severity.BLOCK, Severity.WARN]


def test_works_without_profiles_or_history() -> None:
    found = review(Draft(Role.PERSONAL, "As a therapist I love naps"), ReviewContext())
    assert [f.rule for f in found] == [Rule.IDENTITY_LINK]


_CONTEXT = make_context([post(Role.PERSONAL, "Hot take: rest is productive, always.")])


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=600), role=st.sampled_from(list(Role)))
def test_any_text_is_reviewed_without_error_and_spans_fit(text: str, role: Role) -> None:
    for f in review(Draft(role, text), _CONTEXT):
        assert 0 <= f.start <= f.end <= len(text)
        assert f.message and f.advice


def test_long_cjk_and_emoji_text_is_reviewed() -> None:
    text = ("今日はクライアントと話した 🙂 " * 500) + "my 2pm cancelled"
    found = review(Draft(Role.PROFESSIONAL, text), _CONTEXT)
    assert any(text[f.start : f.end] == "my 2pm" for f in found)
