"""Run every guard over a draft: the one entry point the services call.

`review` is pure and cheap (the history index is cached on the context),
so the composer can call it on every keystroke. It never raises on odd
input: an empty draft gives no findings, and any text (emoji, CJK, very
long) is reviewed as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import (
    clinical,
    cost,
    duplicates,
    identity,
    invisible,
    learned,
    learned_second_opinion,
    phi,
    promotion,
    whereabouts,
)
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.identity_told_story import role_in_story
from dualdesk.core.posts import Draft

Guard = Callable[[Draft, ReviewContext], list[Finding]]

#: Every guard, in the order their findings are listed at equal offsets.
GUARDS: tuple[Guard, ...] = (
    identity.check,
    clinical.check,
    phi.check,
    duplicates.check,
    whereabouts.check,
    promotion.check,
    cost.check,
)

#: Each rule's place in `Rule`: findings at equal offsets are listed in this order.
_ORDER = {rule: i for i, rule in enumerate(Rule)}

#: Rules that turn each other into blocks when both fire on one draft.
_ESCALATE_TOGETHER = frozenset({Rule.CLINICAL, Rule.PHI})


def escalate(findings: list[Finding]) -> list[Finding]:
    """Return findings with clinical and phi raised to block when both are present.

    A story about a client is a warning and an identifier is a warning; the
    two together identify the client, which is a block.
    """
    rules = {f.rule for f in findings}
    if not rules >= _ESCALATE_TOGETHER:
        return findings
    return [
        replace(f, severity=Severity.BLOCK) if f.rule in _ESCALATE_TOGETHER else f
        for f in findings
    ]


def review(draft: Draft, context: ReviewContext, *, backstop: bool = True) -> list[Finding]:
    """Return what the guards see in `draft`, sorted by start offset.

    Args:
        draft: the text and the account it is written in.
        context: both profiles and recent posts of both accounts.
        backstop: also ask the learned model (`learned.py`) about the clinical
            and whereabouts rules that did not fire, and for a second opinion
            on a clinical warning; False gives the pattern rules alone (used
            to measure them).

    Returns:
        Findings sorted by (start, end), offsets into `draft.text`; empty for a blank
        draft. The guards read the text without invisible characters (`invisible.py`).
    """
    text, kept = invisible.visible(draft.text)
    if kept is None:
        return _review(draft, context, backstop)
    found = _review(replace(draft, text=text), context, backstop)
    return invisible.on_original(found, kept, len(draft.text))


def _review(draft: Draft, context: ReviewContext, backstop: bool) -> list[Finding]:
    if not draft.text.strip():
        return []
    findings: list[Finding] = []
    for guard in GUARDS:
        findings.extend(guard(draft, context))
    findings += role_in_story(draft, findings)  # the rules' personal client story naming a role
    if backstop:
        findings.extend(learned.check(draft, {f.rule for f in findings}))
    findings = escalate(findings)
    if story := phi.in_story(draft, context, findings):
        findings = escalate([*findings, *story])
    if backstop:
        findings = learned_second_opinion.soften(draft, findings)
    findings.sort(key=lambda f: (f.start, f.end, _ORDER[f.rule]))
    return findings
