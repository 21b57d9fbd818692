"""The author's standing tie to one person: the shapes of a story about someone on the books.

A clinician who tells of one client often says nothing like "client": the
person is known by the tie ("the elder I've seen every week for a year",
"Precy, who I've been seeing since spring", "the lady I visit for work"), by
a visit to their home ("after a home visit. Aunty insisted I eat…"), by a
file ("case #HI-447…", "f/u w/ R.M. thurs") or as one of a group the author
looks after, named in the group's own plural ("one of my kūpuna"). These are
shapes, not words: a singular person, the author as the one who sees them
over time, a visit with a third person acting in it, a number in the shape
of a record. `clinical.py` still drops colleagues, public figures and the
author's own family from what this finds. Every pattern is bounded.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import story_people as pe
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import PERSON
from dualdesk.core.guards.language_gates import tagalog
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_between import FOLK
from dualdesk.core.guards.story_casual import spans as casual_spans
from dualdesk.core.guards.story_patterns import IRREGULAR
from dualdesk.core.guards.story_present import present_spans
from dualdesk.core.guards.story_taglish import spans as taglish_spans
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: How long or how often the author has seen someone: "since spring", "every week for a year",
#: "for eleven months", "4 yrs", "weekly", "for work".
_OVER_TIME = (
    r"(?:since\b|every (?:single )?(?:week|day|month|fortnight|mon|tues|wednes|thurs|fri|satur"
    r"|sun)|weekly\b|fortnightly\b|monthly\b|for (?:work\b|(?:a|an|one|two|three|four|five|six"
    r"|\d+|over a|nearly a|almost a|the (?:past|last)) (?:[\w-]+ )?(?:weeks?|months?|years?)\b)"
    r"|\d+\+? (?:wks?|weeks?|months?|mos|yrs?|years?)\b)"
)
#: The author's standing tie to someone just named: "i've been seeing since spring", "you've
#: seen every week", "i visit for work", "I've known since she was small". Searched first; the
#: person is then looked for just before it (HEAD).
TIE = compiled(
    r"(?=[iywIYW])\b(?:i|you|we)(?:'ve|\u2019ve| have)?\s+(?:been\s+)?"
    r"(?:seen|seeing|see|visit(?:ed|ing)?|known|work(?:ed|ing)? with)\s+"
    rf"(?:(?:her|him|them)\s+)?{_OVER_TIME}",
    _I,
)
#: One person, singular, ending where TIE starts: "the grandma", "the lola", "Precy from
#: Waipahu, who", "someone". A plural head ("the families I see") is a group.
HEAD = compiled(
    r"\b(?:(?:the|a|an|this|that|one|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?<![sS])"
    r"|someone|somebody|(?-i:[A-Z][a-z]+)(?:\s+from\s+(?-i:[A-Z])[\w-]+)?,?\s+(?:who|whom))\s+$",
    _I,
)
#: One of a group the author looks after, in a plural without "-s" ("one of my kūpuna"), then
#: the end of the clause or a verb: a person. "One of my favourite books" goes on to a noun.
ONE_OF_MINE = compiled(
    r"\bone of (?:my|our) (?!(?:children|people|own|favou?rite|best|worst|biggest|first|last"
    r"|main|top|all-time|proudest|greatest|few|many|own)\b)[^\W\d_]{3,}(?<![sS])"
    r"(?=\s*[.,;!?]|\s+(?:turns|is|was|has|had|just|finally|told|said|asked|called|died|passed"
    r"|who|whose|got|came|went)\b)",
    _I,
)
#: Words a tie holds, a verb and a time; TIE is searched only when both are there.
_TIE_VERBS = (" see", " visit", " known", " work")
_TIE_WORDS = (
    "since",
    "every",
    "weekly",
    "fortnightly",
    "monthly",
    "for work",
    "week",
    "month",
    "year",
    "yrs",
    "wks",
    "mos",
)
#: A file on one person: "case #HI-4471982", "case ref CK-44817", "MRN 0042113" (not the
#: author's own insurance claim or a file number).
RECORD = compiled(
    r"(?=[cmCM])\b(?:(?:case|mrn|chart)\s*(?:#|no\.?|number|ref(?:erence)?\.?|id)\s*:?\s*"
    r"(?:[a-z]{1,4}-?)?\d{4,}|mrn\s*:?\s*\d{5,})",
    _I,
)
#: Initials of one person ("R.M.", "J.T"), not a published name ("R.D. Laing"); searched
#: case-sensitively, which is fast, before the shorthand for a task is looked for before them.
#: (not a firm's suffix: "Salud S.A.", "Grupo Norte S.L.")
INITIALS = compiled(r"(?<![\w.])(?!S\.\s?[AL]\.)[A-Z]\.\s?[A-Z]\b\.?(?!\s*[A-Z][a-z])")
#: Shorthand for a task just before initials: "f/u w/ R.M.", "call re J.T.", "re: K.O.".
TASK_BEFORE = compiled(r"(?:\bf/u|\bw/|\bre:?|\bcall)\s+$", _I)
#: A visit to someone's home by the author.
_VISIT = compiled(r"\b(?:home|house|domiciliary|community|doorstep) ?visits?\b|\bhouse call", _I)
#: In a post about a visit, a clause whose subject is a third person (a pronoun, "her mum", a
#: capitalised word) and whose verb narrates: "she had the place spotless", "Aunty insisted".
_VISITED = compiled(
    r"(?:^|(?<=[.!?:;,]\s)|(?<=\band )|(?<=\bbut )|(?<=\bwhen )|(?<=\bthen )|(?<=\bso ))"
    r"(?:(?:she|he)(?:'d|\u2019d)?|(?:her|his) (?:[\w-]+ )?[\w-]+"
    r"|(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?)\s+"
    r"(?:(?:finally|just|actually|still|then)\s+)?"
    rf"(?:[a-z]{{3,}}ed|{IRREGULAR}|had|was|insisted|refused|wanted)\b"
    # or one person described at what they were doing: "a mam doing her best through..."
    rf"|(?:^|(?<=[.!?:;,]\s)|(?<=\band ))(?:a|an|one|this) (?:[\w-]+ )?(?:{PERSON}|{FOLK}"
    r"|mam|mum|nan|ma|da)\s+[a-z]{2,}ing\b",
    _I,
)
#: Subjects in that clause that are the author's side or no person: "Then I", "Notes", "It".
_NOT_VISITED = compiled(
    r"(?:i|we|it|this|that|there|then|notes?|today|tonight|yesterday|coffee|traffic|home"
    r"|visit|the|my|our|your)\b",
    _I,
)


def spans(text: str, professional: bool, folded: str) -> list[tuple[int, int]]:
    """Spans where a post speaks of one person through the author's standing tie to them.

    Args:
        text: The draft's text, plain.
        professional: Whether the draft is for the professional account.
        folded: `text` lower-cased, for the cheap gates.

    Returns:
        Sorted spans; `clinical.py` filters colleagues, public figures and family.
    """
    found: list[tuple[int, int]] = []
    if holds_any(folded, ("case", "chart", "mrn")):
        found += [m.span() for m in RECORD.finditer(text)]
    if "one of " in folded:
        found += [m.span() for m in ONE_OF_MINE.finditer(text)]
    noted = holds_any(folded, ("f/u", "w/", " re ", " re:", "call "))
    for m in INITIALS.finditer(text) if noted else ():
        if TASK_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            found.append(m.span())
    tied = holds_any(folded, _TIE_VERBS) and holds_any(folded, _TIE_WORDS)
    for m in TIE.finditer(text) if tied else ():
        head = HEAD.search(text, max(0, m.start() - 40), m.start())
        if head and (professional or "for work" in m.group().lower()):
            found.append((head.start(), m.end()))
    if professional and ("visit" in folded or "house call" in folded):
        found += _visited(text)
    found += present_spans(text, folded, professional)  # addressed, by decade, told now
    if tagalog(folded):
        found += taglish_spans(text, folded)  # "yung student ko kanina…": Tagalog grammar
    found += casual_spans(text, folded, professional)  # "my guy", "the one this morning who"
    return sorted(found)


def _visited(text: str) -> list[tuple[int, int]]:
    """The first third person who acts in a post about a home visit, unless family is named."""
    visit = _VISIT.search(text)
    if visit is None or pe.OWN_PEOPLE.search(text):
        return []
    start = sentence_bounds(text, visit.start())[0]
    for m in _VISITED.finditer(text, start):
        if not _NOT_VISITED.match(m.group()):
            return [m.span()]
    return []
