"""Marks of one person's care that a clinician on a ward or a round writes in passing.

A clinician who tells of a patient without a client word often leaves one of
these marks:

- a hospital record number: "MRN 5531207", "UR 0048812", "HRN 1184620";
- a test or treatment owned by "him" or "her": "his neutrophils", "her
  bloods", "his discharge summary", "her depot";
- a clinical act on a person given by age: "assessed a 97-year-old",
  "admitted an 81yo", "reviewed a 6 y/o";
- the end of one person's stay: "went home after 6 weeks with us",
  "discharged today after a month on the ward";
- a case head opening a sentence: "12 y/o girl, panic attacks, ...";
- one person known by a single initial after a verb of company: "sat with K
  in resus", "saw D again today" (professional account only);
- a first name reaching an old age in a post about a ward or a home: "Ena
  turns 99 on Friday and the unit has a cake ordered" (staff rarely turn 90).

A post about the author's own family ("my dad's bloods") is their own care;
a trainee's or a locum's leaving is no discharge.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_named import is_first_name
from dualdesk.core.guards.story_people import OWN_PEOPLE

_I = re.IGNORECASE

#: A hospital record number by its usual acronyms, then digits.
RECORD_NUMBER = compiled(
    r"\b(?-i:HRN|MRN|URN|UR|NHI|CHI|H&C|NHS(?: (?:no\.?|number))?)\s*[:#]?\s*\d[\d ]{4,}\d\b", _I
)
#: A test or treatment owned by one third person.
OWNED_CARE = compiled(
    r"\b(?:her|his)\s+(?:clozapine\s+|lithium\s+|fbc\s+|blood\s+)?(?P<what>bloods|blood results"
    r"|neutrophils|wbc|white count|discharge summary|discharge letter|depot|depot injection"
    r"|obs|moca|mmse|ace-?iii|ecg|eeg|ct|mri|scan results|ct scan|brain scan|capacity assessment"
    r"|lp)\b",
    _I,
)
#: A clinical act on one person given by age.
ASSESSED_AGE = compiled(
    r"\b(?:assessed|admitted|reviewed|discharged|clerked|triaged|sectioned|detained|examined"
    r"|diagnosed|assessing|admitting|reviewing|clerking|examining)\s+(?:a|an)\s+"
    r"\d{1,3}[- ]?(?:years?[- ]old|yrs?[- ]old|yo|y/o)\b",
    _I,
)
#: What both age patterns above hold: a digit, then "y" ("15yo", "15 y/o", "15-year-old"),
#: a cheap scan that rules them out on most drafts ("told" holds "old").
_AGE_DIGITS = compiled(r"\d\s?-?y")
#: The end of one person's stay on a ward.
STAY_ENDED = compiled(
    r"\b(?:went home|gone home|going home|home today|discharged|left us)\b[^.!?\n]{0,40}?"
    r"\bafter\s+(?:\d{1,3}|a|one|a few|several|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|many)"
    r"\s+(?:weeks?|days?|months?|nights?)\s+(?:with us|on (?:the|our) (?:ward|unit)"
    r"|in (?:hospital|the unit|our unit|inpatients?))",
    _I,
)
#: Someone on the staff, whose leaving is no discharge.
_STAFF = compiled(
    r"\b(?:student|placement|rotation|locum|registrar|trainee|intern|resident doctor|fy1|sho"
    r"|colleague|nurse|doctor|manager|volunteer|team|staff)\b",
    _I,
)
#: A case head opening a sentence: an age, one person, a comma, then a lower-case note.
CASE_HEAD = compiled(
    r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))\d{1,2}\s?(?:yo|y/o|yrs?[- ]old|years?[- ]old"
    r"|-year-old)\s+(?:boy|girl|man|woman|male|female|teen|lad|lass|kid|child|son|daughter)"
    r",\s+(?-i:[a-z])",
    _I,
)
#: One person by a single initial after a verb of company: "sat with K in resus".
LONE_INITIAL = compiled(
    r"\b(?:sat with|saw|seeing|visited|met with|walked with|drove|rang|phoned|called)\s+"
    r"(?-i:[B-HJ-Z])(?=\s+(?:in|at|on|for|today|again|this|yesterday|and|who|after)\b|[,;]\s)",
    _I,
)

#: A first name reaching an old age.
OLD_AGE_REACHED = compiled(
    r"(?-i:\b(?P<name>[A-Z][a-z]+))\s+(?:turns|turned|is turning|will be|hits)\s+"
    r"(?:[7-9]\d|1[01]\d)\b",
    _I,
)
#: A ward or a home where one person is cared for.
_CARE_SETTING = compiled(
    r"\b(?:the|our) (?:ward|unit|care home|nursing home|home|day hospital|residents?)\b"
    r"|\bwith us\b",
    _I,
)


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of each ward mark, unless the author's own people are named.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, offsets equal to `text`'s ("" when they would move).
        professional: Whether the draft is for the professional account; a lone initial
            is a friend on the personal one.

    Returns:
        Spans of record numbers, owned tests, acts on an age, ended stays, case heads and
        lone initials.
    """
    folded = folded or text.lower()
    found: list[tuple[int, int]] = []
    if "RN" in text or "UR" in text or "NHI" in text or "CHI" in text or "H&C" in text:
        found += [m.span() for m in RECORD_NUMBER.finditer(text)]
    if ("his " in folded or "her " in folded) and _care_word(folded):
        found += [m.span("what") for m in OWNED_CARE.finditer(text)]
    if ("old" in folded or "y/o" in folded or "yo " in folded or "yo," in folded) and (
        _AGE_DIGITS.search(folded) is not None
    ):
        found += [m.span() for m in ASSESSED_AGE.finditer(text)]
        found += [m.span() for m in CASE_HEAD.finditer(text)]
    if "after " in folded and ("home" in folded or "discharg" in folded or "left us" in folded):
        for m in STAY_ENDED.finditer(text):
            if not _STAFF.search(text, max(0, m.start() - 60), m.end()):
                found.append(m.span())
    if _old_age_word(folded) and _CARE_SETTING.search(text):
        found += [
            m.span()
            for m in OLD_AGE_REACHED.finditer(text)
            if is_first_name(m.group("name"), text)
        ]
    if professional and _company_word(folded):
        found += [m.span() for m in LONE_INITIAL.finditer(text)]
    if found and OWN_PEOPLE.search(text):
        return []
    return found


def _care_word(folded: str) -> bool:
    """The cheap gate of `OWNED_CARE`."""
    return (
        "blood" in folded
        or "neutro" in folded
        or "discharge" in folded
        or "depot" in folded
        or " obs" in folded
        or "moca" in folded
        or "mmse" in folded
        or "scan" in folded
        or " ecg" in folded
        or " eeg" in folded
        or " ct" in folded
        or " mri" in folded
        or " wbc" in folded
        or "white count" in folded
        or "capacity" in folded
        or " lp" in folded
        or "ace-" in folded
        or "ace i" in folded
    )


def _old_age_word(folded: str) -> bool:
    """The cheap gate of `OLD_AGE_REACHED`."""
    return (
        "turns " in folded
        or "turned " in folded
        or "turning " in folded
        or "will be " in folded
        or "hits " in folded
    )


def _company_word(folded: str) -> bool:
    """The cheap gate of `LONE_INITIAL`."""
    return (
        "sat with " in folded
        or "saw " in folded
        or "seeing " in folded
        or "visited " in folded
        or "met with " in folded
        or "walked with " in folded
        or "drove " in folded
        or "rang " in folded
        or "phoned " in folded
        or "called " in folded
    )
