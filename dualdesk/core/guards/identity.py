"""`identity_link`: a post that ties the two accounts to one person.

On the personal account: the professional handle, email, real name,
practice name or website (the professional profile's markers), or a
self-identification as a clinician ("as a therapist", "my clients"). On the
professional account: the personal handle, email or markers.

Severity: a profile marker is block. Once a post names the other identity
it can be screenshotted, archived or quoted within minutes; deleting it
does not undo the link, so it is the one mistake that needs a stated
reason. A self-identification without a marker ("as a therapist…") is
warn: it narrows who the personal account could be without naming them.
"""

from __future__ import annotations

import re

from dualdesk.core.accounts import Profile, ProfileError, Role
from dualdesk.core.emails import mailbox
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.identity_addressed import ADDRESSED_VOICES
from dualdesk.core.guards.identity_grammar import GRAMMAR_VOICES
from dualdesk.core.guards.identity_languages import VOICES_ABROAD
from dualdesk.core.guards.identity_marker_heads import marker_heads
from dualdesk.core.guards.identity_markers import (
    fold,
    local_part,
    marker_pattern,
    marker_text,
    profile_markers,
    short_forms,
)
from dualdesk.core.guards.identity_own_people import OWN_PEOPLE_VOICES
from dualdesk.core.guards.identity_own_work import OWN_WORK_VOICES
from dualdesk.core.guards.identity_patterns import (
    SELF_IDENTIFICATION,
    SELF_IDENTIFICATION_CAPITALS,
    SELF_IDENTIFICATION_VOICES,
)
from dualdesk.core.guards.identity_pointers import pointed_handles
from dualdesk.core.guards.identity_practice_events import practice_events
from dualdesk.core.guards.identity_profile import own_mark_matches, renewed_credentials
from dualdesk.core.guards.identity_registers import registers_renewed
from dualdesk.core.guards.identity_self_roles import self_role_matches
from dualdesk.core.guards.identity_shorthand import shorthand_matches
from dualdesk.core.guards.identity_spanish import SPANISH_VOICES
from dualdesk.core.guards.identity_spanish_talk import TALK_VOICES
from dualdesk.core.guards.identity_titles import titled_name_matches
from dualdesk.core.guards.identity_told import TOLD_VOICES
from dualdesk.core.guards.identity_work import WORK_VOICES
from dualdesk.core.guards.identity_workplace import workplace_matches
from dualdesk.core.guards.lexicon import Folding, emails, lowered, plain
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.posts import Draft

_SELF = SELF_IDENTIFICATION
_SELF_VOICES = tuple(
    (words, Folding.of(pattern, re.IGNORECASE))
    for words, pattern in (
        *SELF_IDENTIFICATION_VOICES,
        *VOICES_ABROAD,
        *WORK_VOICES,
        *GRAMMAR_VOICES,
        *TOLD_VOICES,
        *ADDRESSED_VOICES,
        *SPANISH_VOICES,
        *TALK_VOICES,
        *OWN_PEOPLE_VOICES,
        *OWN_WORK_VOICES,
    )
)


def _voices(text: str, low: str | None) -> list[re.Match[str]]:
    """Matches of the job told in other voices (identity_patterns.SELF_IDENTIFICATION_VOICES)."""
    folded = text.lower() if low is None else low
    return [
        m
        for words, pattern in _SELF_VOICES
        if holds_any(folded, words)
        for m in pattern.finditer(text, low)
    ]


def _self_identifications(text: str, pro: Profile) -> list[re.Match[str]]:
    """Matches of the self-identification patterns, none overlapping an earlier one.

    `pro` is the professional profile, whose credentials and job title count too
    (identity_profile.own_marks).
    """
    plain_text = plain(text)
    low = lowered(plain_text)
    folded = plain_text.lower() if low is None else low
    matches = sorted(
        [*_SELF.finditer(plain_text, low), *_voices(plain_text, low),
         *SELF_IDENTIFICATION_CAPITALS.finditer(plain_text),
         *renewed_credentials(plain_text, folded),
         *registers_renewed(plain_text, folded),
         *self_role_matches(plain_text, folded),
         *shorthand_matches(plain_text, folded),
         *titled_name_matches(plain_text, folded, pro.display_name, pro.handle),
         *own_mark_matches(plain_text, folded, pro.display_name, pro.handle),
         *workplace_matches(plain_text, folded, tuple(pro.markers), pro.display_name),
         *practice_events(plain_text, folded, tuple(pro.markers))],
        key=lambda m: m.start(),
    )  # fmt: skip
    kept: list[re.Match[str]] = []
    for m in matches:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


def _same_mailbox(a: str, b: str) -> bool:
    try:
        return mailbox(a) == mailbox(b)
    except ProfileError:
        return False


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return findings for every mention of the other identity in the draft."""
    text = draft.text
    other = context.profile(draft.account.other)
    here = draft.account.title
    there = draft.account.other.value
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    if other.email:
        for start, end in emails(text):
            if _same_mailbox(text[start:end], other.email):
                taken.append((start, end))
    named = tuple(marker_text(m) for m in other.markers)
    loose, cased = marker_heads(named)
    pattern = marker_pattern(
        profile_markers(other) + loose,
        other.handle,
        tuple(short_forms(named)) + cased,
        local_part(other.email),
    )
    if pattern is not None:
        for m in pattern.finditer(fold(text)):
            if not any(s <= m.start() < e for s, e in taken):
                taken.append(m.span())
    for start, end in pointed_handles(text, draft.account):
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
    for start, end in sorted(taken):
        findings.append(
            Finding(
                rule=Rule.IDENTITY_LINK,
                severity=Severity.BLOCK,
                start=start,
                end=end,
                message=(
                    f"\u201c{text[start:end]}\u201d identifies your {there} account, "
                    f"and this post goes out from the {here} account."
                ),
                advice=(
                    f"Remove \u201c{text[start:end]}\u201d: once seen, a link between the "
                    "two accounts cannot be taken back."
                ),
            )
        )
    if draft.account is Role.PERSONAL:
        for m in _self_identifications(text, other):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            findings.append(
                Finding(
                    rule=Rule.IDENTITY_LINK,
                    severity=Severity.WARN,
                    start=m.start(),
                    end=m.end(),
                    message=(
                        f"\u201c{m.group()}\u201d says you are a clinician, which points "
                        "from the Personal account to the professional one."
                    ),
                    advice=(
                        "Leave out what you do for work here, or post it from the "
                        "Professional pane."
                    ),
                )
            )
    return findings
