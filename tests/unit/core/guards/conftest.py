"""Shared set-up for the guard tests: a clinician's two profiles and a context builder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import pytest

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Finding, Rule
from dualdesk.core.guards import HistoryPost, ReviewContext, review
from dualdesk.core.posts import Draft, PostState

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)

PROFILES = {
    Role.PROFESSIONAL: Profile(
        role=Role.PROFESSIONAL,
        handle="drjanedoe",
        display_name="Dr. Jane Doe, LMHC",
        email="jane@doecounseling.com",
        markers=("Doe Counseling", "https://www.doecounseling.com/"),
    ),
    Role.PERSONAL: Profile(
        role=Role.PERSONAL,
        handle="janie_runs",
        display_name="janie",
        email="janie.runs@gmail.com",
        markers=("Janie Runs Far",),
    ),
}


def post(account: Role, text: str, days_ago: float = 1, state: PostState = PostState.SENT):
    """A history post `days_ago` before NOW."""
    return HistoryPost(account, text, NOW - timedelta(days=days_ago), state)


def make_context(history: Sequence[HistoryPost] = (), **settings: object) -> ReviewContext:
    """A context with the two profiles, the given history and NOW."""
    context = ReviewContext.build(PROFILES, history, now=NOW)
    if settings:
        from dataclasses import replace

        context = ReviewContext.build(
            PROFILES, history, now=NOW, settings=replace(context.settings, **settings)
        )
    return context


Check = Callable[..., list[Finding]]


@pytest.fixture
def findings() -> Check:
    """Review a text and return the findings of one rule (all rules if rule is None)."""

    def run(
        text: str,
        account: Role = Role.PROFESSIONAL,
        rule: Rule | None = None,
        context: ReviewContext | None = None,
        backstop: bool = True,
    ) -> list[Finding]:
        result = review(Draft(account, text), context or make_context(), backstop=backstop)
        return [f for f in result if rule is None or f.rule is rule]

    return run
