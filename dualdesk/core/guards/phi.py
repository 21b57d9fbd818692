"""`phi`: HIPAA Safe Harbor identifiers tied to a person.

Covers the identifier types a clinician's post could plausibly carry: names
and initials of a person spoken about, places smaller than a state tied to
them (street, ZIP code, town, school), dates tied to them (birth, admission,
death, a day they were seen), ages over 89, phone numbers, email addresses,
and record or account numbers. Organisations' numbers (toll-free crisis
lines), role addresses (info@, contact@) and the user's own profile
addresses are not personal identifiers and do not fire.

Severity: warn on its own (a name may be a public figure or a colleague);
block together with a `clinical` finding (set in review.py): an identifier
next to a story about a client is what makes the client recognisable.
"""

from __future__ import annotations

import re

from dualdesk.core.emails import mailbox
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import (
    DATE,
    EMAIL,
    PHONE,
    PUBLIC,
    TOLL_FREE,
    Hits,
    plain,
    sentence_bounds,
)
from dualdesk.core.posts import Draft


def _spans(draft: Draft, context: ReviewContext) -> list[tuple[int, int, str, str]]:
    text = plain(draft.text)
    found: list[tuple[int, int, str, str]] = []
    public = Hits(PUBLIC, text)
    for pattern in pp.NAME_PATTERNS:
        for m in pattern.finditer(text):
            name = m.group("name")
            if pp.NOT_NAMES.match(name.rstrip(".")) or name in pp.INITIALS_NOT_NAMES:
                continue
            if public.within(*sentence_bounds(text, m.start())):
                continue
            honorific = m.group()[:1] == "M" and m.group()[:4].rstrip(". ") in pp.HONORIFICS
            if honorific and pp.QUOTED.search(text, max(0, m.start() - 12), m.start()):
                continue  # "as Mr. Rogers said": a public figure, quoted
            found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    third_person = Hits(pp.THIRD_PERSON, text)
    for pattern in pp.PLACE_PATTERNS:
        for m in pattern.finditer(text):
            if "place" in pattern.groupindex:
                place = m.group("place")
                if pp.PLACE_NOT_SMALL.match(place):
                    continue
                s, e = sentence_bounds(text, m.start())
                if not third_person.within(s, m.start("place")) or public.within(s, e):
                    continue
                found.append((*m.span("place"), "a place smaller than a state", ""))
            else:
                found.append((*m.span(), "a place smaller than a state", ""))
    date_cue = Hits(pp.DATE_CUE, text)
    for m in DATE.finditer(text):
        s, e = sentence_bounds(text, m.start())
        if date_cue.within(s, e):
            found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    for m in pp.AGE.finditer(text):
        found.append(
            (*m.span(), "an age over 89", "Say \u201c90 or older\u201d, or leave it out.")
        )
    for m in PHONE.finditer(text):
        if not TOLL_FREE.match(m.group()):
            found.append((*m.span(), "a phone number", "Remove the phone number."))
    own = {mailbox(p.email) for p in context.profiles.values() if _valid(p.email)}
    for m in EMAIL.finditer(text):
        local = m.group().split("@", 1)[0].lower()
        if local in pp.ROLE_ADDRESSES or (_valid(m.group()) and mailbox(m.group()) in own):
            continue
        found.append((*m.span(), "an email address", "Remove the email address."))
    for m in pp.RECORD.finditer(text):
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


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return a warn finding for each identifier in the draft."""
    text = draft.text
    findings: list[Finding] = []
    covered = (
        -1
    )  # spans come sorted by start: one overlaps an earlier one iff it starts before this
    for start, end, kind, advice in sorted(_spans(draft, context)):
        if start < covered:
            continue
        covered = max(covered, end)
        findings.append(
            Finding(
                rule=Rule.PHI,
                severity=Severity.WARN,
                start=start,
                end=end,
                message=f"\u201c{text[start:end]}\u201d is {kind}: an identifier under HIPAA "
                "Safe Harbor.",
                advice=advice or "Leave out where the person lives, studies or works.",
            )
        )
    return findings
