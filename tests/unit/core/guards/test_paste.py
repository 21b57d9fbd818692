"""The paste guard: text carried from one pane to the other."""

from __future__ import annotations

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule, Severity
from dualdesk.core.guards import check_paste

from .conftest import make_context, post

SAID = "Finally nailed the sourdough crumb after three weeks of trying."


def test_paste_of_the_other_accounts_post_is_flagged() -> None:
    context = make_context([post(Role.PERSONAL, SAID)])
    finding = check_paste(Role.PROFESSIONAL, SAID, context, offset=5)
    assert finding is not None
    assert finding.rule is Rule.DUPLICATE and finding.severity is Severity.WARN
    assert (finding.start, finding.end) == (5, 5 + len(SAID))
    assert "personal" in finding.message


def test_paste_of_part_of_a_post_is_flagged() -> None:
    context = make_context([post(Role.PERSONAL, SAID)])
    assert check_paste(Role.PROFESSIONAL, "the sourdough crumb after three", context)


def test_paste_from_the_other_panes_draft_is_flagged() -> None:
    finding = check_paste(
        Role.PERSONAL,
        "draft text about a workshop",
        make_context(),
        "Draft text about a workshop!",
    )
    assert finding is not None and "Professional pane" in finding.message


def test_unrelated_or_short_pastes_pass() -> None:
    context = make_context([post(Role.PERSONAL, SAID)])
    assert check_paste(Role.PROFESSIONAL, "Anxiety lies about the future.", context) is None
    assert check_paste(Role.PROFESSIONAL, "sourdough", context) is None
    assert check_paste(Role.PERSONAL, SAID, context) is None


def test_a_paste_carrying_invisible_characters_is_still_recognised() -> None:
    context = make_context([post(Role.PERSONAL, SAID)])
    pasted = SAID.replace("sourdough", "sour\u200bdough").replace("crumb", "cr\u00adumb")
    assert check_paste(Role.PROFESSIONAL, pasted, context) is not None
    finding = check_paste(
        Role.PERSONAL,
        "a draft about the wo\u200dr\u2060kshop",
        make_context(),
        "A draft about the workshop",
    )
    assert finding is not None
