"""A case written as a note: a bare person as subject, a count of one person's treatment.

English needs a determiner or a plural to speak of people in general ("a teen
who refuses…", "teens refuse…"). A clinician writing a case in shorthand
drops it: "teen refuses dinner when dad does meal support", "20-something
with bulimia doing great", "8yo with selective mutism". After a colon, a
dash or at the start of a post, such a bare singular subject is one person.

A count of one person's course ("3rd month on clozapine", "her second
overdose this year", "third readmission for the same man") is one person's
history too, when the post speaks of "him" or "her" or asks peers about it.
"My second week on nights" is the author's own.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_contacts import has_digit
from dualdesk.core.guards.story_filters import TEACHING
from dualdesk.core.guards.story_people import OWN_PEOPLE

_I = re.IGNORECASE

#: An age in shorthand: "7yo", "15 y/o", "9-year-old".
_AGE = r"\d{1,2}\s?(?:yo|y/o|yr[- ]old|year[- ]old|-year-old)"
#: A bare singular person (no "a", "the", "my") opening a clause after a colon or a dash,
#: or the post, followed by what they do or have: "teen refuses", "16yo with OCD",
#: "consumer on our ward knows"; an age then a comma opens a list of the case: "7yo, mutism".
BARE_SUBJECT = compiled(
    r"(?:^|(?<=:)|(?<=[\u2014\u2013]))\s*"
    r"(?:(?:young|older|elderly|teenage|adult|adolescent|new)\s+)?"
    rf"(?:{_AGE},\s*(?=[a-z])(?!(?:and|or)\b)"
    r"|(?:(?:teen(?:ager)?|adolescent|kid|child|boy|girl|man|woman|guy|lady|bloke|client"
    r"|patient|pt|preteen|tween|toddler|student|consumer|resident|service user)"
    r"(?:\s+(?:on|in|from|at)\s+(?:our|my|the)\s+(?:ward|unit|caseload|list|clinic|group))?"
    rf"|\d0-?something|(?:mid|late|early)[- ]?\d0s\s+(?:man|woman|guy|male|female)|{_AGE})\s+"
    r"(?:with\s|doing\s|who(?:'s|\u2019s|\s+is)\s"
    r"|(?!(?:is|was|has|his|this|plus|always|as|us|less|years|sessions|groups|services|notes"
    r"|rights|records|files|forms|programs|programmes|units|issues|days|weeks|months|hours"
    r"|minutes|brains|books|clothes|friends|parents|needs|tips)\b)[a-z]{3,}s\b))",
    _I,
)
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
#: A period of one person's treatment: "3rd month on clozapine", "second week on sertraline".
ON_TREATMENT = compiled(
    rf"\b{_ORDINAL}\s+(?:month|week|day|year|cycle|round)\s+on\s+"
    r"(?!(?:the|a|an|my|our|your|this|that|nights?|days|call|leave|site|shift|duty|holiday"
    r"|vacation|the road|earth|the job|staff)\b)[a-z][\w-]+",
    _I,
)
#: A repeated event of one person's illness: "third readmission", "her second overdose".
REPEATED = compiled(
    rf"\b{_ORDINAL}\s+(?:readmission|admission|overdose|relapse|suicide attempt|attempt"
    r"|presentation|ed visit|detox|hospitali[sz]ation|section(?:ing)?)\b",
    _I,
)
#: "he", "she", "him", "her", "his", "the same man": one person the post speaks of.
_THIRD_PERSON = compiled(
    r"\b(?:he|she|him|her|his|the same (?:man|woman|guy|lady|kid|boy|girl|patient|client))\b",
    _I,
)
#: A question put to peers: "anyone had luck", "what's worked for y'all".
_APPEAL = compiled(
    r"\b(?:anyone|anybody|y'?all|folks|colleagues|sanity check|weigh in|thoughts|ideas"
    r"|had luck|what(?:'s|\u2019s| has) (?:actually )?worked|what would you)\b",
    _I,
)
#: The cheap gates before the counts of a course: an ordinal word or "3rd", "2nd".
_NUMBERED = compiled(r"[0-9](?:st|nd|rd|th)")
#: A question to peers about one person on the author's list, told of in the third person:
#: "Anyone else have someone whose OCD … she's …?" ("anyone else have a teen who…" may be the
#: author's own child, so only "someone", a client or a patient).
SOMEONE_OF_MINE = compiled(
    r"\b(?:anyone|anybody)(?: else)?\s+(?:have|had|got|seen|know|worked with|treating"
    r"|treated)\s+(?:someone|somebody|a (?:client|patient))\b",
    _I,
)
_SHE_OR_HE = compiled(r"\b(?:she|he)(?:'s|\u2019s)?\b|\bmine(?:'s|\u2019s| is)\b", _I)
#: What a bare subject at the very start needs besides a verb: a setting or "with", as
#: "Consumer on our ward knows…", "Teen with CRPS…" (a headline reads "Teen wins…").
_SENTENCE_END = compiled(r"[.!?\n]")
_QUOTE_MARK = compiled('["\u201c\u201d]')
#: A bare subject placed where the author works: "Consumer on our ward knows…".
_PLACED = compiled(r"^\W*\w+\s+(?:on|in|from|at)\s+(?:our|my|the)\s", _I)
_HEAD_OK = compiled(r"\b(?:with|doing|who|on|in|from|at)\s|,", _I)
#: The author's own child, as a parent writes of them: "my girl", "my 6yo", "my eldest".
_MY_CHILD = compiled(
    r"\bmy (?:(?:little|big|baby|wee)\s+)?(?:girl|boy|kiddo|kid|child|eldest|youngest|oldest"
    rf"|middle one|little one|{_AGE})\b",
    _I,
)
#: The author's own course: "my third week on", "our second round".
_OWN_BEFORE = compiled(r"\b(?:my|our|your|the first)\s+$", _I)


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a case written in shorthand.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, for the cheap gates.

    Returns:
        Spans of bare singular subjects after a colon or dash, of a question to peers
        about "someone" then told of as "she" or "he", and of counts of one person's
        treatment in a post about "him", "her" or asking peers.
    """
    found: list[tuple[int, int]] = []
    colon = ":" in text or "\u2014" in text or "\u2013" in text
    head = BARE_SUBJECT.match(text)  # at the very start, a headline's "Teen wins" is not one
    if (colon or head) and not TEACHING.match(text):  # "Parents: child refuses…?": advice
        if colon:
            found += [
                m.span() for m in _after_marks(text) if _told(text, m.end())
            ]  # after a colon or a dash; the post's start is read below
        # told of, quoted or placed: not "Teen with ADHD: dips are normal. Ideas?"
        if (
            head
            and _HEAD_OK.search(head.group())
            and (_THIRD_PERSON.search(text) or _QUOTE_MARK.search(text) or _PLACED.search(text))
        ):
            found.append(head.span())
    if "?" in text and ("anyone" in folded or "anybody" in folded) and not own(text):
        for m in SOMEONE_OF_MINE.finditer(text):
            if _SHE_OR_HE.search(text, m.end()):
                found.append(m.span())
    if not _has_ordinal(folded):
        return found
    third = _THIRD_PERSON.search(text) is not None
    asked = "?" in text and _APPEAL.search(text) is not None
    for pattern in (ON_TREATMENT, REPEATED):
        for m in pattern.finditer(text):
            if _OWN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            if third or asked:
                found.append(m.span())
    return found


#: Where BARE_SUBJECT can match but at the post's start: just after a colon or a dash.
_MARK = compiled("[:\u2014\u2013]")


def _after_marks(text: str) -> list[re.Match[str]]:
    """BARE_SUBJECT's matches after a colon or a dash, as its scan past the start finds them.

    A match opens only at the start or just after one of those marks, and holds none
    of them, so trying the pattern right after each mark finds the same matches as
    scanning every position, without the scan.
    """
    found = []
    for mark in _MARK.finditer(text):
        m = BARE_SUBJECT.match(text, mark.end())
        if m is not None:
            found.append(m)
    return found


def _has_ordinal(folded: str) -> bool:
    """Whether a lower-cased text holds an ordinal word or a digit then "st", "nd", "rd", "th".

    Substring tests first, as they are far cheaper than a scan with a pattern.
    """
    if (
        "second" in folded
        or "third" in folded
        or "fourth" in folded
        or "fifth" in folded
        or "sixth" in folded
        or "seventh" in folded
        or "eighth" in folded
        or "ninth" in folded
        or "tenth" in folded
    ):
        return True
    return has_digit(folded) and _NUMBERED.search(folded) is not None


def own(text: str) -> bool:
    """Whether a post names the author's own people: "my brother", "my girl", "my 6yo"."""
    return OWN_PEOPLE.search(text) is not None or _MY_CHILD.search(text) is not None


def _told(text: str, end: int) -> bool:
    """Whether the sentence a bare subject opens ends as a statement, not as a question.

    "teen refuses dinner when dad feeds her." tells of one; "child refuses breakfast?" asks
    about any child.
    """
    stop = _SENTENCE_END.search(text, end)
    return stop is None or stop.group() != "?"
