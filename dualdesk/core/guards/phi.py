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
from dualdesk.core.guards import phi_lookalikes as pl
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards import phi_profiles as pf
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import (
    DATE,
    PHONE,
    PUBLIC,
    TOLL_FREE,
    Folding,
    Hits,
    emails,
    lowered,
    plain,
    sentence_bounds,
)
from dualdesk.core.posts import Draft


def _own_names(context: ReviewContext) -> frozenset[str]:
    """The words of the user's own display names: their name is not a third party's."""

    def build() -> frozenset[str]:
        words: set[str] = set()
        for profile in context.profiles.values():
            words.update(w.lower() for w in _WORD.findall(profile.display_name) if len(w) > 1)
        return frozenset(words)

    return context.cached("phi.own_names", build)


_WORD = re.compile(r"[^\W\d_]+")
Span = tuple[int, int, str, str]


def _own(name: str, own: frozenset[str]) -> bool:
    words = _WORD.findall(name)
    return bool(words) and all(w.lower() in own for w in words)


def _named_from(text: str, public: Hits, own: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """Spans of "Kayla from Ten Sleep": a first name with where the person is from.

    Only in a post about someone (a third person, or "you" in a message to
    them), and not a colleague or public figure (a title before the name, a
    hospital or university after the place, a public sentence).
    """
    if not ("from" in text or "fae" in text or "frae" in text):
        return []
    if not (pp.THIRD_PERSON.search(text) or pp.ADDRESSED.search(text)):
        return []
    found = []
    for m in pp.NAME_FROM.finditer(text):
        name, place = m.group("name"), m.group("place")
        if pp.NOT_NAMES.match(name) or pp.NAME_FROM_NOT.match(name) or _own(name, own):
            continue
        if pp.PLACE_NOT_SMALL.match(place) or pp.ORGANISATION.search(place):
            continue
        if pp.TITLED.search(text, max(0, m.start() - 30), m.start()):
            continue
        if public.within(*sentence_bounds(text, m.start())):
            continue
        found.append((*m.span(), "a name with a place smaller than a state", ""))
    return found


_NAME_PATTERNS = (*pp.NAME_PATTERNS, pf.FOREIGN_HONORIFIC, pf.ONE_OF_MINE)  # ONE_OF_MINE last
_THIRD_PERSON = Folding(pp.THIRD_PERSON)
_DATE_CUE = Folding(pp.DATE_CUE)
_PLACE_TRIGGER = Folding(pp.PLACE_TRIGGER)


def _someone_else(text: str, start: int, end: int, family: list[tuple[int, int]]) -> bool:
    """Whether a person other than the author's own family is named in [start, end)."""
    return any(
        not any(a <= p.start() < b for a, b in family)
        for p in pp.THIRD_PERSON.finditer(text, start, end)
    )


def _tied_places(text: str, low: str | None, public: Hits) -> list[tuple[int, int, str, str]]:
    """Spans of places tied to someone: "she lives in Dorchester", "a teen from Kengeri".

    The person (a pronoun, a person noun, an appointment slot) must come
    before the place in its sentence, and not be only the author's own
    family ("with the kids at Nantasket").
    """
    third_person = _THIRD_PERSON.hits(text, low)
    family: list[tuple[int, int]] | None = None
    found = []
    for trigger in [*_PLACE_TRIGGER.finditer(text, low), *pp.PLURAL_FROM.finditer(text)]:
        where = pp.PLACE_AFTER.match(text, trigger.end())
        if where is None or pp.PLACE_NOT_SMALL.match(where.group("place")):
            continue
        start = where.start("place")
        s, e = sentence_bounds(text, trigger.start())
        if not third_person.within(s, start) or public.within(s, e):
            continue
        if trigger.re is not pp.PLURAL_FROM and _group_at(text, trigger):
            continue
        if family is None:
            family = [f.span() for f in pp.OWN_FAMILY.finditer(text)]
        if family and not _someone_else(text, s, start, family):
            continue
        found.append((*where.span("place"), "a place smaller than a state", ""))
    return found


def _group_at(text: str, trigger: re.Match[str]) -> bool:
    """Whether a trigger is a group ("the lads at", "my mates from"): no one person's place."""
    noun = trigger.group().split(" ", 1)[0]
    if not noun.endswith("s") or noun in ("lives", "attends", "resides", "comes", "works", "goes"):
        return False
    return pl.GROUP_BEFORE.search(text, max(0, trigger.start() - 9), trigger.start()) is not None


def _spans(draft: Draft, context: ReviewContext) -> list[tuple[int, int, str, str]]:
    text = plain(draft.text)
    found: list[tuple[int, int, str, str]] = []
    public = Hits(PUBLIC, text)
    names = _own_names(context)
    folded = text.lower()
    named_as = any(hint in folded for hint in pp.NAMED_AS_HINTS)
    patterns = _NAME_PATTERNS if "one of" in folded else _NAME_PATTERNS[:-1]
    for pattern in (pp.NAMED_AS, *patterns) if named_as else patterns:
        for m in pattern.finditer(text):
            name = m.group("name")
            if pp.NOT_NAMES.match(name.rstrip(".")) or name in pp.INITIALS_NOT_NAMES:
                continue
            if _own(name, names) or pp.AUTHOR.search(text, max(0, m.start() - 10), m.start()):
                continue
            if public.within(*sentence_bounds(text, m.start())):
                continue
            honorific = m.group()[:1] == "M" and m.group()[:4].rstrip(". ") in pp.HONORIFICS
            if honorific and pp.QUOTED.search(text, max(0, m.start() - 12), m.start()):
                continue  # "as Mr. Rogers said": a public figure, quoted
            if honorific and pf.vocative(text, m):
                continue  # "'Ms. P, I don't need college'": the author, addressed
            found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    found.extend(_named_from(text, public, names))
    found.extend(_named_with_initial(text, public, names))
    low = lowered(text)
    for pattern in pp.PLACE_PATTERNS:
        found.extend(
            (*m.span(), "a place smaller than a state", "") for m in pattern.finditer(text)
        )
    found.extend(_tied_places(text, low, public))
    for m in pf.PROFILE_PLACE.finditer(text):
        if not pp.PLACE_NOT_SMALL.match(m.group("place")):
            found.append((*m.span("place"), "a place smaller than a state", ""))
    date_cue = _DATE_CUE.hits(text, low)
    for pattern in (DATE, pp.MONTH_DATE) if pp.YEAR.search(text) else (DATE,):
        for m in pattern.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if date_cue.within(s, e) and not _score(text, m):
                found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    for m in pp.AGE.finditer(text):
        found.append(
            (*m.span(), "an age over 89", "Say \u201c90 or older\u201d, or leave it out.")
        )
    for m in PHONE.finditer(text):
        if not TOLL_FREE.match(m.group()):
            found.append((*m.span(), "a phone number", "Remove the phone number."))
    own = {mailbox(p.email) for p in context.profiles.values() if _valid(p.email)}
    for start, end in emails(text):
        address = text[start:end]
        local = address.split("@", 1)[0].lower()
        if local in pp.ROLE_ADDRESSES or (_valid(address) and mailbox(address) in own):
            continue
        found.append((start, end, "an email address", "Remove the email address."))
    for m in pp.RECORD.finditer(text):
        num = m.group("num")
        if num is not None and (
            sum(c.isdigit() for c in num) < 4 or re.fullmatch(r"(?:19|20)\d\d", num)
        ):
            continue
        span = m.span("num") if num is not None else m.span()
        found.append((*span, "a record or account number", "Remove the number."))
    return found


def _named_with_initial(text: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of "Marcus T." in a post about someone's care, not a colleague's or a public name."""
    found: list[Span] = []
    for m in pp.NAME_INITIAL.finditer(text):
        name = m.group("name")
        first = name.split(" ", 1)[0]
        if pp.NOT_NAMES.match(first) or _own(name, own):
            continue
        if pp.TITLED.search(text, max(0, m.start() - 30), m.start()):
            continue
        if public.within(*sentence_bounds(text, m.start())) or not pp.CARE_CUE.search(text):
            continue
        found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    return found


def _score(text: str, date: re.Match[str]) -> bool:
    """Whether a "9/10" is a score ("landing 9/10 in training"), not a day."""
    score = pl.SCORE.match(date.group())
    if score is None or int(score.group("n")) > int(score.group("of")):
        return False
    before = pl.SCORE_BEFORE.search(text, max(0, date.start() - 14), date.start())
    return before is not None or pl.SCORE_AFTER.match(text, date.end()) is not None


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
