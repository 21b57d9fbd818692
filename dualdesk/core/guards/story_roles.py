"""Who a person in a clinical story is, told by the shape of the sentence, not its topic.

A story about a client and a story about a colleague, a mentor or a historical
figure use the same words ("a nurse", "she taught", "told me"). What tells them
apart is where the person stands in the sentence:

- a role someone already in the sentence plays ("nursed soldiers in the war as a
  nurse"): a predicate, no new person;
- a word after "to" is a verb ("took me years to admit"), not an admission;
- a person word that only qualifies a role or a kind of work right after it
  ("a senior nurse", "the best case presentation"), or someone on the author's team;
- a title in capitals ("The Anxious Child") or a quoted label under discussion
  ("'a frequent flyer' is not a diagnosis");
- a job title written as capitals ("an HCA who told me", "the SHO"): staff;
  only the few abbreviations for the people served ("a YP", "a pt") are clients;
- a name set beside a role in apposition ("Ngaire, our charge nurse,",
  "Dr Osei, my first consultant,", "our ward manager Deborah") or behind a
  doctor's title: a colleague, and a sentence that follows with "she" or "he" as
  its subject is about that colleague.

`no_client(text, start, end)` takes a person's span; `named_staff(text)` reads a
whole post.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_no_client import no_client_here
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: Staff and the kinds of work done about people: a person word right before one of these
#: only qualifies it ("a senior nurse", "the case presentation", "a patient safety lead").
_ROLE = (
    r"(?:nurses?|doctors?|consultants?|registrars?|psychiatrists?|psychologists?|therapists?"
    r"|counsell?ors?|social workers?|clinicians?|colleagues?|staff|specialists?|practitioners?"
    r"|lead|managers?|workers?|officers?|assistants?|coordinators?|supervisors?|mentors?"
    r"|admins?|receptionists?|secretar(?:y|ies)"
    r"|tutors?|teachers?|educators?|trainees?|interns?|medics?|physicians?"
    r"|presentations?|conferences?|discussions?|review|meetings?)"
)
_QUALIFIES = compiled(rf"\s+{_ROLE}\b", _I)
#: Someone placed among the author's staff: "a nurse on my team", "a medic from our rota".
_TEAMS = ("team", "staff", "rota", "department")
_ON_OUR_TEAM = compiled(
    r"(?:\s+\w+)?\s+(?:on|in|from|of) (?:my|our) (?:[\w-]+\s+)?(?:team|staff|rota|department)"
    r"\b(?!'s|\s+(?:caseload|list))",
    _I,
)
#: The author's own staff: "our charge nurse", "one of our senior psych nurses".
_OWN_STAFF = compiled(rf"(?:one of\s+)?(?:my|our)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}[\s,]*", _I)
#: Right before the person: "as" makes it a role someone in the sentence plays; "to" makes
#: its last word a verb (the few person words that are verbs too).
_TO_BEFORE = compiled(r"\bto\s+(?:admit|parent|nurse)$", _I)
#: A determiner and a job title in capitals: "an HCA", "the SHO", "a CPN".
_ACRONYM = compiled(
    r"(?:an?|the|our|my)\s+(?P<abbr>[A-Z]{2,5}[0-9]?)\s+(?:who|that|said|told|asked)\b"
)
#: Capitals that name the people served, not staff.
_SERVED = frozenset(("YP", "CYP", "SU", "PT", "LAC", "UASC", "CIC", "CLA", "MDT"))
#: A sentence whose subject is "he" or "she": about the person named before it.
_PRONOUN_SUBJECT = compiled(r"\W*(?:He|She)\b")
#: A title: every word capitalised, the person word too ("The Anxious Child").
_TITLE_CASE = compiled(r"(?:The|A|An)\s+(?:[A-Z][\w'-]*\s+)*[A-Z][a-z]+")
#: The end of a quoted term and the verb that talks about it; the quote mark opening it.
_TERM_CLOSE = compiled(
    r"[^'\"\n]{0,60}?['\"]\s+(?:is|isn't|are|aren't|means|does not|doesn't|was never)\b"
)
_TERM_OPEN = compiled(r"(?:^|(?<=[\s(:]))['\"]\s*[A-Z]")
#: A person introduced by name beside a role, or behind a doctor's or nurse's title; each
#: shape is searched only when its cheap cue is in the post (`named_staff`).
_TITLED = compiled(r"\b(?:Dr|Prof|Professor|Sister|Matron)\.?\s+[A-Z][^\W\d_]+")
_NAME_THEN_ROLE = compiled(
    r"\b[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?,\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?i:{_ROLE}|sho|gp|fy\d|st\d|ct\d)\b"
)
_ROLE_THEN_NAME = compiled(rf"\b(?i:my|our)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_ROLE})\s+[A-Z][^\W\d_]+")


def named_staff(text: str, end: int | None = None) -> bool:
    """Whether text[:end] names a colleague: "Dr Osei", "Ngaire, our charge nurse", "our
    ward manager Deborah"."""
    end = len(text) if end is None else end
    if holds_any(text, ("Dr", "Prof", "Sister", "Matron")) and _TITLED.search(text, 0, end):
        return True
    if holds_any(text, (", my ", ", our ", ", the ")) and _NAME_THEN_ROLE.search(text, 0, end):
        return True
    return holds_any(text, ("my ", "our ", "My ", "Our ")) and bool(
        _ROLE_THEN_NAME.search(text, 0, end)
    )


def no_client(text: str, start: int, end: int) -> bool:
    """Whether the person at text[start:end] is, by the sentence's shape, no client.

    Args:
        text: the draft (straight quotes).
        start: where the person's span starts.
        end: where it ends.

    Returns:
        True for a predicate role, a verb after "to", a qualifier of a role, staff
        written in capitals or named beside a role, a title, a quoted term, or a sentence
        framed as no client's (`story_no_client`).
    """
    first = text[start : start + 1]
    if (
        text.endswith(("as ", "As "), max(0, start - 3), start)
        and not text[max(0, start - 4) : start - 3].isalpha()
    ):
        return True  # "worked as a nurse": a role of someone already in the sentence
    if " to " in text[start:end] and _TO_BEFORE.search(text, max(start, end - 12), end):
        return True
    if _QUALIFIES.match(text, end):
        return True
    if first in "mMoO" and (own := _OWN_STAFF.match(text, start)) and own.end() >= end:
        return True  # "our charge nurse", "one of our senior psych nurses": a colleague
    if holds_any(text, _TEAMS) and _ON_OUR_TEAM.match(text, text.rfind(" ", start, end)):
        return True
    if first in "aAtTmMoO" and (m := _ACRONYM.match(text, start)) and m["abbr"] not in _SERVED:
        return True
    if first in "TA" and _TITLE_CASE.fullmatch(text, start, end):
        return True  # "The Anxious Child": a book's or a film's title
    if "He " in text or "She " in text:
        s = sentence_bounds(text, start)[0]
        if _PRONOUN_SUBJECT.match(text, s) and named_staff(text, s):
            return True  # "Ngaire, our charge nurse, ... She taught ... a teenager": hers
    if ("'" in text or '"' in text) and _mentioned(text, start, end):
        return True
    return no_client_here(text, start, end)  # a training memory, a historical frame, a maxim


def _mentioned(text: str, start: int, end: int) -> bool:
    """Whether the person is inside a quoted phrase the sentence talks about as a term.

    "'He's just a frequent flyer' is not a diagnosis": the quotation is followed by a present
    "is" or "means", so it is a label under discussion, not someone's words in a story.
    """
    close = _TERM_CLOSE.match(text, end)
    if close is None:
        return False
    return _TERM_OPEN.search(text, max(0, start - 60), start) is not None
