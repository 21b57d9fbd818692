"""A flagged paste's finding follows its text and goes when the text does."""

from __future__ import annotations

from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.ui.paste_memory import PasteMemory, with_extra

PASTED = "the other account's words"
FLAG = Finding(Rule.DUPLICATE, Severity.WARN, 0, len(PASTED), "matches", "write it anew")


def test_the_span_follows_the_pasted_text_as_the_draft_grows() -> None:
    memory = PasteMemory()
    memory.remember(PASTED, FLAG)
    [moved] = memory.findings("Intro: " + PASTED + " and more")
    assert (moved.start, moved.end) == (7, 7 + len(PASTED))
    assert moved.message == "matches" and memory


def test_a_paste_no_longer_in_the_draft_is_forgotten_for_good() -> None:
    memory = PasteMemory()
    memory.remember(PASTED, FLAG)
    assert memory.findings("the other account's word") == []  # edited: no longer the paste
    assert not memory
    assert memory.findings(PASTED) == []  # typed back in: not a paste any more


def test_own_findings_join_the_review_in_text_order() -> None:
    early = Finding(Rule.CLINICAL, Severity.WARN, 2, 5, "m", "a")
    late = Finding(Rule.COST, Severity.INFO, 30, 40, "m", "a")
    assert with_extra([early, late], [FLAG]) == [FLAG, early, late]
    assert with_extra([late], []) == [late]
