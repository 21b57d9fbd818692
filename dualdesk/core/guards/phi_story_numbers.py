"""`phi` numbers inside a client story: late ages, dated days, aged initials, record shapes.

A post the clinical rule already reads as a story about a client is told
about one person, so a number from 90 to 120 standing alone beside that
person is an age over 89, a day named with its month is the day of
something that happened to them, initials with an age ("JD (15)") are
theirs, and letters joined to four or more digits ("HC-40917") are a record
number. A numbered ward at a named hospital is theirs too
(`phi_story_wards.py`). The author's own days (an office closed on Dec 24)
are not a client's, like the author's own places.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_lookalikes as pl
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards import phi_story_wards as wards
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import MONTH, sentence_bounds

Span = tuple[int, int, str, str]

_DIGIT = compiled(r"\d")
#: A number 90-120 standing alone, not a quantity ("100+ times"), a score or part of a
#: longer number.
LATE_AGE = compiled(
    r"(?<![\w$\u00a3\u20ac.,/:#-])(?:9\d|1[01]\d|120)(?:st|nd|rd|th)?(?![\w%\u00b0/:-]|[.,]\d)"
    r"(?!\+?\s*(?:percent|per|minutes?|mins?|hours?|hrs?|sec(?:ond)?s?|days?|weeks?|months?|years?"
    r"|miles?|km|kg|lbs?|pounds?|dollars?|bucks|cents|degrees|mph|pages?|people|patients|qhs"
    r"|clients|beds|points|calls|visits|sessions|times|steps|laps|reps|words|students|bid|tid"
    r"|families|members|staff|volunteers|units|mg|ml|k|x|to|or|od|bd|nocte|mane|prn|-)\b)",
    re.IGNORECASE,
)
#: Letters joined to four or more digits: "HC-40917", "MRN#448211", "ID 20-1177".
RECORD_SHAPE = compiled(r"(?<![\w-])[A-Z]{1,4}[-#]?\d{4,9}(?![\w-])")
_YEARISH = compiled(r"^[A-Z]+-?(?:19|20)\d\d$")
#: A day named with its month ("3rd September", "Nov 14", "since March 2025"): the day of
#: something that happened to the story's person.
NAMED_DAY = compiled(
    rf"\b(?:{MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\b(?!:)|(?:19|20)\d\d\b)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b)",
    re.IGNORECASE,
)
#: Initials with an age: "JD (15)", "K.M., 16,".
INITIALS_AGED = compiled(r"\b[A-Z]\.?[A-Z]\.?(?=\s*\(\d{1,2}\)|,\s*\d{1,2}\b)")


def story_numbers(text: str, away_sentences: list[tuple[int, int]]) -> list[Span]:
    """Return the identifying numbers in a story, given the sentences of the author's own day.

    Args:
        text: the draft as written.
        away_sentences: bounds of the sentences that tell the author's own whereabouts.
    """
    found: list[Span] = []
    digits = _DIGIT.search(text) is not None
    for m in LATE_AGE.finditer(text) if digits else ():
        if m.group() == "101" or pl.not_an_age(text, m.start()):
            continue  # "grief 101"; "my nan's 90th": the author's family; "sertraline 100"
        found.append(
            (*m.span(), "an age over 89", "Say \u201c90 or older\u201d, or leave it out.")
        )
    for m in NAMED_DAY.finditer(text) if digits else ():
        if m.group()[:4] == "may ":
            continue  # "she may 2" is a verb
        bounds = sentence_bounds(text, m.start())
        if bounds in away_sentences and not pp.THIRD_PERSON.search(text, bounds[0], m.start()):
            continue  # "office closed Dec 24": the author's own days, like their places
        found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    found += wards.named_wards(text) if digits else []  # "<hospital> ward 9"
    for m in INITIALS_AGED.finditer(text) if digits else ():
        found.append((*m.span(), "a name or initial", "Remove the name or initial."))
    for m in RECORD_SHAPE.finditer(text) if digits else ():
        if not _YEARISH.match(m.group()):
            found.append((*m.span(), "a record or account number", "Remove the number."))
    return found
