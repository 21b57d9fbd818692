"""Dates that are no person's identifier: history, an organisation's milestone, a colleague's.

A date near "he", "she" or "turned 4" reads as tied to a person (`phi.py`). Three shapes
say it is not a client's:

- its year is before 1900 ("Sept 13 1848"): a historical case, no living client's day;
- an organisation's milestone verb right before it ("launched July 16, 2022", "came into
  force on 1 April"): a service or a law, not a person;
- a colleague's leaving right before it ("retires Dec 18", "last day is 3 March") in a
  post that names the colleague beside their role ("Tameka, our charge nurse").
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_lookalikes, staff_named
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import DATE, Hits, sentence_bounds

#: The year of a date: inside the match or just after it ("Sept 13 1848", "3 May, 1921").
_YEAR = compiled(r"\b1[5-8]\d\d\b")
_YEAR_AFTER = compiled(r"[,\s]{0,3}1[5-8]\d\d\b")
#: A day number between the verb and a month: "launched on 2 March 2021".
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
#: An organisation's milestone, right before the date.
_MILESTONE = compiled(
    r"\b(?:launched|founded|opened|established|enacted|introduced|went live|rolled out"
    rf"|came into (?:force|effect)|took effect|signed into law)\s+(?:on\s+|in\s+)?\(?{_DAY}$",
    re.IGNORECASE,
)
#: A colleague's leaving or milestone, right before the date.
_LEAVING = compiled(
    r"\b(?:retires|retiring|retirement|last (?:day|shift)(?: is| will be)?|leaves us"
    rf"|leaving us|farewell)\s+(?:on\s+|is\s+)?{_DAY}$",
    re.IGNORECASE,
)


def public_date(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is history, a milestone or a colleague's.

    Args:
        text: the draft, plain.
        start: where the date starts.
        end: where it ends.

    Returns:
        True for a year before 1900, a milestone verb or (with a colleague named beside
        their role) a leaving word right before the date.
    """
    if _YEAR.search(text, start, end) or _YEAR_AFTER.match(text, end):
        return True
    low = max(0, start - 40)
    if _MILESTONE.search(text, low, start):
        return True
    return _LEAVING.search(text, low, start) is not None and staff_named.names_colleague(text)


#: A client or patient in the sentence: a date beside the author's kin may still be theirs.
_CLIENT = compiled(r"\b(?i:client|patient|pt|paciente|cliente|clienta|consultante)s?\b")


def a_persons_date(text: str, m: re.Match[str]) -> bool:
    """Whether the date `m`, near a word tying it to someone, may be that person's date.

    Not a score ("scored 24/30"), not "24/7", and not history, a milestone or a
    colleague's (`public_date`).
    """
    if phi_lookalikes.is_score(text, m) or m.group() == "24/7":
        return False
    return not public_date(text, *m.span())


def tied_dates(text: str, cue: Hits, public: Hits) -> list[tuple[int, int, str, str]]:
    """Dates in a sentence that ties them to someone (`cue`) that may be that person's.

    Not a score, "24/7", a date in a public sentence or a post about staff
    (`phi_lookalikes.persons`), nor history, a milestone or a colleague's day.
    """
    found: list[tuple[int, int, str, str]] = []
    for pattern in (DATE, pp.MONTH_DATE) if pp.YEAR.search(text) else (DATE,):
        for m in pattern.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if not cue.within(s, e) or not phi_lookalikes.persons(text, m, public, (s, e)):
                continue
            if pp.OWN_FAMILY.search(text, s, e) and not _CLIENT.search(text, s, e):
                continue  # "on leave 3-7 May to take my son to his new uni": the author's kin
            if a_persons_date(text, m):
                found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    return found
