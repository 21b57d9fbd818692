"""Lookalikes of `phi` identifiers that are public by their shape: published cases and laws.

- Initials of a case in the textbooks: spelt out in brackets after them ("H.M. (Henry
  Molaison)") or before them ("Henry Molaison (H.M.)"), or in a sentence that teaches or
  speaks of history ("teach him alongside H.M. and students get…"). The dots of the
  initials end no sentence here, so the cue is looked for in the whole sentence.
- A ZIP code's shape ("IL 60614") with letters that are no US state or territory: "RA
  11036" is a Republic Act, "HB 12345" a bill.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import PUBLIC
from dualdesk.core.guards.story_book_cases import book_case_post

#: Initials spelt out in brackets or between dashes after them ("H.M. (Henry Molaison)",
#: "H.M. — Henry Molaison —"): a case already published under its name.
EXPANDED = compiled(
    r"(?:\.?[A-Z])*\.?\s*(?:\(|[\u2014\u2013-]\s)\s*(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+"
    r"\s*(?:\)|[\u2014\u2013-])"
)
#: A full name just before the bracket that holds the initials: "Henry Molaison (".
_NAMED_BEFORE = compiled(r"(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+\s*\($")
#: A sentence that teaches, or speaks of research: the initials are a case in the books.
_TEACHES = compiled(
    r"\b(?:teach\w*|taught|students?|lectures?|textbooks?|classic case|landmark|research"
    r"|literature|published|case stud(?:y|ies))\b",
    re.IGNORECASE,
)
_STOPS = compiled(r"[.!?\n]")
#: The US states', district's and territories' postal codes: the letters of a ZIP's shape.
_STATES = compiled(
    r"A[LKZRS]|C[AOT]|D[EC]|FL|G[AU]|HI|I[DLNA]|K[SY]|LA|M[EDAINSOTP]|N[EVHJMYCD]|O[HKR]"
    r"|P[AR]|RI|S[CD]|T[NX]|UT|V[TAI]|W[AVIY]"
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], not ended by the dots of initials."""
    stops = [
        i.start()
        for i in _STOPS.finditer(text, max(0, start - 300), min(len(text), end + 300))
        if not _after_initial(text, i.start())
    ]
    before = [i + 1 for i in stops if i < start]
    after = [i for i in stops if i >= end]
    return (before[-1] if before else max(0, start - 300)), (
        after[0] if after else min(len(text), end + 300)
    )


def _after_initial(text: str, i: int) -> bool:
    """Whether the stop at `i` is the dot of an initial ("H." in "H.M."), which ends nothing."""
    return (
        text[i] == "." and i > 0 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha())
    )


def published_initials(text: str, m: re.Match[str]) -> bool:
    """Whether the name or initials `m` are a published case's (see the module notes).

    Args:
        text: the draft, plain.
        m: the match of a name pattern, its "name" group the initials or name.

    Returns:
        True when the initials are spelt out in brackets after or before them, or stand
        with dots in a sentence that teaches or speaks of history, or in a post about a
        case in the books (`story_book_cases`).
    """
    if EXPANDED.match(text, m.end()):
        return True
    name = m.group("name")
    if "." not in name:
        return False
    if _NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True
    s, e = _sentence(text, m.start(), m.end())
    if _TEACHES.search(text, s, e) or PUBLIC.search(text, s, e):
        return True
    return book_case_post(text)  # "Anna O. ... Freud's version of it": the whole post


def not_a_zip(found: re.Match[str]) -> bool:
    """Whether a ZIP code's shape ("RA 11036") starts with letters that are no US state's."""
    letters = found.group()[:2]
    return letters.isupper() and letters.isalpha() and _STATES.fullmatch(letters) is None
