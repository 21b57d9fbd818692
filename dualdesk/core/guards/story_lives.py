"""A person presented by their life, then what they did: the case-note opener.

Clinicians who tell a case often open the way a case note or a ward round
does, with no article and no clinical word: the person summed up in
apposition, then what they did.

- a first name, then who they are: "Albert, ex-bus conductor, ran his…",
  "Edna, vascular dementia, no time for…", "Stanley, who I see most
  weeks, sang…";
- an age or a telegraphic description that opens a sentence, then an
  event: "Ninety-three, retired weaver from Oldham, described…", "Older
  gentleman, lives alone…", "older adult, hearing loss, referred ?dementia",
  "Retired head of the school, still correcting my grammar…";
- case-note shorthand as the subject of a sentence: "Pt medically cleared…",
  "pt w/ ASD…", "pt only gave…";
- a subjectless admission with a date ("Admitted 14th Nov, and settling…");
- a record number ("MRN 0045-88213", "NHS number 485 777 3456").

Plural openers ("Older adults, …"), full names (a public figure), an
appositive that owns the person ("Priya, our new OT, …") and an opener with
no act after it ("Thirty-five, divorced, finally happy") are not cases.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import NOT_A_CLIENT
from dualdesk.core.guards.story_patterns import IRREGULAR
from dualdesk.core.guards.story_people import OWN_PEOPLE

_I = re.IGNORECASE
#: Where a sentence (or what follows a colon) starts: the shapes are matched only there.
_STARTS = compiled(r"[.!?:;]\s|\n")
_AGE = (
    r"(?:\d{2,3}(?:\s?(?:yo|y/o|years?\s+old))?|(?:twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a hundred"
    r"(?: and \w+)?)"
)
_CONDITION = (
    r"(?:dementia|alzheimer\S*|parkinson\S*|delirium|depression|psychosis|schizophrenia"
    r"|bipolar|autism|asd|adhd|ptsd|anorexia|stroke|ocd|mci|tbi|huntington\S*|korsakoff\S*)"
)
#: What the person did next, opening a comma segment: a past or narrating verb, maybe after
#: an adverb ("absolutely no time", "still correcting", "medically cleared").
_ACT = (
    r"(?:(?:(?:still|now|just|finally|then|already|always|never|[a-z]+ly)\s+)?"
    rf"(?:[a-z]{{3,}}ed|{IRREGULAR}|lives|says|has|had|was|wants|needs|keeps|refuses|denies"
    r"|insists|can't|cannot|won't)"
    r"|(?:still|now|currently|always|absolutely|just)\s+(?:[a-z]{3,}ing|[a-z]{2,}s|no))\b"
)
#: A comma segment in the same sentence that is not the act.
_SEGMENT = r"[^,.!?;\n]{1,60},\s+"
#: "Albert, ex-bus conductor, ran…": a lone first name, who they are, what they did.
NAMED_LIFE = compiled(
    r"(?-i:[A-Z][a-z]{2,}),\s+"
    rf"(?:(?:ex-|former\s+|retired\s+)[\w'-]+(?:\s+[\w'-]+){{0,4}}|{_AGE}"
    r"|who\s+(?:I|we)\s+(?:see|saw|treat|visit|review|assessed|look\s+after|work\s+with)"
    rf"[^,.!?\n]{{0,30}}|[^,.!?\n]{{0,25}}\b{_CONDITION}\b[^,.!?\n]{{0,20}}),\s+"
    rf"(?:{_SEGMENT}){{0,2}}{_ACT}",
    _I,
)
#: "Ninety-three, retired weaver…, described…", "Older gentleman, lives alone…",
#: "Retired head of St Wilfrid's…, still correcting…": a telegraphic opener, then an act.
DESCRIBED_LIFE = compiled(
    rf"(?:{_AGE}"
    r"|(?:older|elderly|young|middle-aged|teenage|frail)\s+(?:gentleman|man|woman|lady|adult"
    r"|chap|fella|bloke|guy|girl|boy|lad|lass|mum|mom|dad|father|mother|widow|widower"
    r"|veteran)"
    r"|(?:retired\s+|ex-|former\s+)[\w'-]+(?:\s+[\w'-]+){0,6}),\s+"
    rf"(?:{_SEGMENT}){{0,3}}{_ACT}",
    _I,
)
#: Case-note shorthand opening a sentence as its subject: "Pt medically cleared", "pt w/".
PT_SUBJECT = compiled(
    rf"(?-i:[Pp]t)\s+(?:w/|with\s+\w|{_ACT})",
    _I,
)
#: A subjectless admission or discharge with a date: "Admitted 14th Nov, and settling…".
ADMITTED = compiled(
    r"(?:re)?(?:admitted|discharged|sectioned|detained)\s+(?:(?:to|into|from)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w'-]*\s+){1,3})?(?:on\s+)?"  # "Admitted to Henwood Nov 12": a named place
    r"(?:\d|yesterday|last\s+(?:night|week)|this\s+(?:morning|week)|(?:mon|tues|wednes|thurs"
    r"|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"(?![^.!?\n]{0,12}\bthat\b)",
    _I,
)
#: A medical record number: "MRN 0045-88213", "NHS number 485 777 3456", "UR no. 1234567".
RECORD_NUMBER = compiled(
    r"\b(?:mrn|nhs\s+(?:no|number)|hospital\s+(?:no|number)|ur\s+(?:no|number)"
    r"|chart\s+(?:no|number)|(?:student|pupil|client|patient|case|file)\s+(?:id|no|number))"
    r"\.?\s*[:#]?\s*\d[\d -]{4,}\d",
    _I,
)
_LONG_NUMBER = compiled(r"\d[\d -]{4,}\d")
#: "Forty years on the line at Trafford Park and he can still…": a working life summed up,
#: then what that person can or still does now.
YEARS_LIFE = compiled(
    rf"{_AGE}\s+years\s+(?:as|on|at|in|down|behind|with|of|driving|teaching|nursing)\b"
    r"[^.!?\n]{0,60}?,?\s+(?:and|but)\s+(?:he|she)(?:'s|\u2019s)?\s+"
    r"(?:can|can't|could|still|never|always|now|is|was)\b",
    _I,
)
#: "one of my care home residents turned 102": a resident of the setting the author serves.
RESIDENT = compiled(
    r"\bone\s+of\s+(?:my|our)\s+(?:care[- ]home|nursing[- ]home|aged[- ]care|residential"
    rf"|group[- ]home)\s+residents\s+(?:\w+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR}|is|was"
    r"|has|had)\b",
    _I,
)
#: "A husband in our carers' group this week, …": one person placed in the author's group,
#: clinic or ward at a time.
IN_OUR_GROUP = compiled(
    r"(?:a|an|one)\s+(?:[\w-]+\s+)?(?:husband|wife|daughter|son|mum|mom"
    r"|dad|mother|father|widow(?:er)?|man|woman|lady|gentleman|lad|lass|teen|carer|caregiver"
    r"|veteran|grandmother|grandfather|grandad|gran)\s+(?:in|at|from)\s+(?:my|our)\s+"
    r"(?:(?:carers|caregivers|support|therapy|memory|bereavement|recovery|parents|dementia"
    r"|skills|day|peer)['\u2019]?\s+group|(?:[\w'\u2019-]+\s+)?(?:clinic|ward|unit|session))\s+"
    r"(?:today|tonight|yesterday|this\s+(?:week|morning|afternoon|evening)|last\s+(?:night"
    r"|week))\b",
    _I,
)
#: The appositive or opener belongs to the author or is no person: "our new OT", "rescue dog".
_OWNED = compiled(
    r"[^,]*,\s+(?:my|our|your|his|her|their)\b|[^,]*\b(?:dog|cat|pup|puppy|kitten|greyhound"
    r"|terrier|spaniel|horse)\b",
    _I,
)
#: An act that is a published work, not a visit: "Winnicott, ex-paediatrician, wrote about…".
_AUTHORED = compiled(
    r"(?:wrote|published|coined|argued|proposed|theori[sz]ed|founded|discovered|pioneered)$", _I
)
#: A third person, or the author as witness, after the opener.
_WITNESS = compiled(r"\b(?:she|he|her|him|his|me|my|for me|referred|assessed)\b", _I)


def _at_starts(text: str, folded: str) -> list[tuple[int, int]]:
    """The shapes that open a sentence, tried at each sentence start with a cheap gate."""
    found = []
    years = " years " in folded
    for start in (0, *(m.end() for m in _STARTS.finditer(text))):
        comma = text.find(", ", start, start + 70)
        head = text[start : start + 3].lower()
        tried = [PT_SUBJECT] if head == "pt " else []
        if comma > start:
            tried += [NAMED_LIFE, DESCRIBED_LIFE] if comma - start < 70 else []
        if head in ("adm", "dis", "sec", "det", "rea"):
            tried.append(ADMITTED)
        if head[:2] in ("a ", "an", "on"):
            tried.append(IN_OUR_GROUP)
        if years and text.find(" years ", start, start + 30) > start:
            tried.append(YEARS_LIFE)
        for pattern in tried:
            m = pattern.match(text, start)
            if m is not None and _keeps(pattern, text, m):
                found.append(m.span())
    return found


def _keeps(pattern: re.Pattern[str], text: str, m: re.Match[str]) -> bool:
    """Whether a match at a sentence start is kept: not owned, not authored, a witness."""
    if pattern is YEARS_LIFE:  # "and she still…" of one's wife or a colleague is no case
        return not OWN_PEOPLE.search(text) and not NOT_A_CLIENT.search(text)
    if pattern not in (NAMED_LIFE, DESCRIBED_LIFE):
        return True
    if _OWNED.match(text, m.start(), m.end()) or _AUTHORED.search(m.group()):
        return False
    # "Thirty-five, divorced, finally moving on": the author, unless a third person follows
    return pattern is NAMED_LIFE or _WITNESS.search(text, m.start()) is not None


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans where one person is presented by their life, or a case note's shorthand.

    Args:
        text: The post, plain (no invisible characters).
        folded: The post lowercased, for cheap gates.

    Returns:
        (start, end) spans; empty when no shape is present.
    """
    found = _at_starts(text, folded)
    if "residents " in folded:
        found += [m.span() for m in RESIDENT.finditer(text)]
    if _LONG_NUMBER.search(folded):  # every record number has one
        found += [m.span() for m in RECORD_NUMBER.finditer(text)]
    return found
