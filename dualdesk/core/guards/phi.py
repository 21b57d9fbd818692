"""`phi`: HIPAA Safe Harbor identifiers tied to a person.

Covers the identifier types a clinician's post could plausibly carry: names
and initials of a person spoken about, places smaller than a state tied to
them (street, ZIP code, town, school), dates tied to them (birth, admission,
death, a day they were seen), ages over 89, phone numbers, email addresses,
and record or account numbers. Organisations' numbers (toll-free crisis
lines), role addresses (info@, contact@) and the user's own profile
addresses are not personal identifiers and do not fire.

Severity: warn on its own (a name may be a public figure or a colleague);
block with a `clinical` finding (review.py), as a story makes its person
recognisable, or when kinds identify one person together (`phi_linked.py`).
"""

from __future__ import annotations

import re

from dualdesk.core.accounts import Role
from dualdesk.core.emails import mailbox
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import phi_described as described
from dualdesk.core.guards import phi_linked as linked
from dualdesk.core.guards import phi_lives as lives
from dualdesk.core.guards import phi_lone_name as lone
from dualdesk.core.guards import phi_names
from dualdesk.core.guards import phi_numbers as numbers
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards import phi_places as places
from dualdesk.core.guards import phi_practice as practice
from dualdesk.core.guards import phi_profiles as pf
from dualdesk.core.guards import phi_public_dates as pd
from dualdesk.core.guards import phi_shapes as ps
from dualdesk.core.guards import phi_story as story
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import (
    Folding,
    emails,
    lowered,
    plain,
    public_hits,
)
from dualdesk.core.guards.phi_dialed import dialled
from dualdesk.core.guards.phi_digits import RECORD as RECORD_DIGITS
from dualdesk.core.guards.phi_digits import digit_count
from dualdesk.core.guards.phi_id_endings import id_endings
from dualdesk.core.guards.phi_owned import owned_identifiers
from dualdesk.core.guards.phi_person_ties import person_ties
from dualdesk.core.guards.phi_pointed import pointed
from dualdesk.core.guards.phi_possessed_ids import possessed_ids
from dualdesk.core.guards.phi_tied_kinds import tied_kinds
from dualdesk.core.posts import Draft


def _own_names(context: ReviewContext) -> frozenset[str]:
    """The words of the user's own display names: their name is not a third party's."""

    def build() -> frozenset[str]:
        words: set[str] = set()
        for profile in context.profiles.values():
            found = places.WORD.findall(profile.display_name)
            words.update(w.lower() for w in found if len(w) > 1)
        return frozenset(words)

    return context.cached("phi.own_names", build)


#: An age as the lower bound of a band: "90+", "95 and over", "90 or older".
_AGE_BAND = compiled(r"\+|\s+(?:and|or) (?:over|older|above)\b|\s+plus\b")
_DATE_CUE = Folding(pp.DATE_CUE)


def _age_digits(text: str) -> bool:
    """Whether `text` can hold `pp.AGE`: each of its ages is 9x or 1xx, written in digits."""
    return "9" in text or "1" in text


def _spans(draft: Draft, context: ReviewContext) -> list[tuple[int, int, str, str]]:
    text = plain(draft.text)
    found: list[tuple[int, int, str, str]] = []
    public = public_hits(text)
    names = _own_names(context)
    folded = text.lower()
    found.extend(phi_names.names(text, folded, public, names))
    found.extend(places.named_from(text, public, names))
    pro = draft.account is Role.PROFESSIONAL
    found.extend(described.described_identifiers(text, public, names, pro))
    found.extend(phi_names.named_with_initial(text, public, names))
    low = lowered(text)
    words = _profile_words(context)
    found.extend(practice.contacts(text, words) + lone.lone_names(text, words))
    found.extend(lives.life_identifiers(text, words, public))
    found.extend(
        places.tied_places(text, low, public)
        + ps.identifiers(text, folded, public)
        + tied_kinds(text, low, public, names)
        + person_ties(text, folded, public, names)
        + owned_identifiers(text, folded, public)
        + pointed(text, folded, public, names)
        + possessed_ids(text, folded)
        + id_endings(text, folded)  # "DNI terminado en 5120"
        + dialled(text, folded)  # "le escribí al 7601-2934": eight digits, a person's
    )
    for m in pf.PROFILE_PLACE.finditer(text):
        if places.small(m.group("place")):
            found.append((*m.span("place"), "a place smaller than a state", ""))
    found.extend(pd.tied_dates(text, _DATE_CUE.hits(text, low), public))
    found.extend(
        (*m.span(), "an age over 89", "Say \u201c90 or older\u201d, or leave it out.")
        for m in (pp.AGE.finditer(text) if _age_digits(text) else ())
        if not _AGE_BAND.match(text, m.end())  # "Australians aged 90+": a population's band
        and not numbers.own_or_public_age(text, m.start())  # "my nan is 94", "Sir David is 99"
    )
    found.extend(numbers.word_ages(text))
    found.extend(numbers.ordinal_ages(text))
    addresses = emails(text)  # the user's own mailboxes are read only when the draft has one
    own = {mailbox(p.email) for p in context.profiles.values() if addresses and _valid(p.email)}
    for start, end in addresses:
        address = text[start:end]
        if practice.role_or_site(address, context) or (
            _valid(address) and mailbox(address) in own
        ):
            continue
        found.append((start, end, "an email address", "Remove the email address."))
    for m in pp.RECORD.finditer(text) if digit_count(text) >= RECORD_DIGITS else ():
        num = m.group("num")
        if num is not None and (
            sum(c.isdigit() for c in num) < 4 or re.fullmatch(r"(?:19|20)\d\d", num)
        ):
            continue
        span = m.span("num") if num is not None else m.span()
        found.append((*span, "a record or account number", "Remove the number."))
    return found


def _valid(address: str) -> bool:
    try:
        mailbox(address)
    except ValueError:
        return False
    return True


def _profile_text(context: ReviewContext) -> str:
    """The user's display names, handles and markers, joined: words that are theirs."""
    return context.cached(
        "phi.profile_text",
        lambda: " ".join(
            " ".join((p.display_name, p.handle, *p.markers)) for p in context.profiles.values()
        ),
    )


def _profile_words(context: ReviewContext) -> frozenset[str]:
    return context.cached("phi.story_own", lambda: story.own_words(_profile_text(context)))


def in_story(draft: Draft, context: ReviewContext, found: list[Finding]) -> list[Finding]:
    """Return warn findings for names, places, late ages and records inside a client story.

    Run after the other guards: only when `found` holds a clinical warning or
    block (not a note the learned model softened) and no phi finding, since
    only a post already read as a client's story is read this broadly.
    """
    if any(f.rule is Rule.PHI for f in found) or not any(
        f.rule is Rule.CLINICAL and f.severity is not Severity.INFO for f in found
    ):
        return []
    own = _profile_words(context)
    away = [(f.start, f.end) for f in found if f.rule is Rule.WHEREABOUTS]
    return _findings(draft.text, story.story_identifiers(draft.text, own, away))


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return a finding for each identifier: warn, or block when several identify one person."""
    spans = _spans(draft, context)
    block = linked.linked(plain(draft.text), spans)
    return _findings(draft.text, spans, Severity.BLOCK if block else Severity.WARN)


def _findings(
    text: str, spans: list[tuple[int, int, str, str]], severity: Severity = Severity.WARN
) -> list[Finding]:
    findings: list[Finding] = []
    # spans come sorted by start: one overlaps an earlier one iff it starts before `covered`
    covered = -1
    for start, end, kind, advice in sorted(spans):
        if start < covered:
            continue
        covered = max(covered, end)
        findings.append(
            Finding(
                rule=Rule.PHI,
                severity=severity,
                start=start,
                end=end,
                message=f"\u201c{text[start:end]}\u201d is {kind}: an identifier under HIPAA "
                "Safe Harbor.",
                advice=advice or "Leave out where the person lives, studies or works.",
            )
        )
    return findings
