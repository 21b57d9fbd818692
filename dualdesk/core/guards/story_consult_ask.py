"""A case put to peers: a case-note line, then a question ("...? Anyone had luck with this?").

Clinicians asking colleagues about a case often write it as a case note, with
no client word and no past tense: "teen refuses dinner only when dad does meal
support", "20-something with bulimia, doing great on CBT-E", "3rd month on
clozapine, finally responding", "third week running one partner cancels".
Two shapes are read, only in a post that asks peers something (a "?" and an
asking word):

- a statement (not the question itself) that presents one person as a case
  note does: a bare singular person at a clause start and a verb ("teen
  refuses", "one partner cancels"), or a course of care counted ("2 wks
  into an SSRI", "third admission this year");
- "anyone else have a teen who...?", then the author's own one: "love her
  honesty", "my Tuesday pair are giving me whiplash".

Not a case: a general question ("How do you handle a teen who refuses to
eat?"), plural people ("teens refuse"), advice, or the author's own family.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import story_case_brought as cb
from dualdesk.core.guards import story_colleague_case as cc
from dualdesk.core.guards import story_group_member as gm
from dualdesk.core.guards import story_patterns as sp
from dualdesk.core.guards import story_people as pe
from dualdesk.core.guards import story_pronoun_ask as pa
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_frames import Frames

_AGE = (
    r"\d{1,2}\s?(?:yo|y/o|yrs? old|years? old|-year-old|-yr-old)|\d{1,2}[mf]"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|[2-8]0)-?something"
    r"|(?:early|mid|late)[- ](?:[2-9]0s|teens|twenties|thirties|forties|fifties|sixties)"
)
#: A student by school year: "9th grader", "8th-grade girl", "sophomore", "year 10 boy".
_GRADE = (
    r"\d{1,2}(?:st|nd|rd|th)[- ]grader|\d{1,2}(?:st|nd|rd|th)[- ]grade (?:boy|girl|student)"
    r"|freshman|sophomore|year \d{1,2} (?:boy|girl|student)"
)
#: One person, bare as in a case note, after a heading's colon ("sanity check: teen refuses",
#: "bit stuck: 20-something with bulimia doing great") or a count ("third week running one
#: partner cancels"); not at the post's start, where "Partner says 'fine' = not fine" is a
#: maxim. Lower-case text.
BARE_PERSON = compiled(
    r"(?:(?<=[:;]\s)|(?<=\brunning\s)|(?<=\bnow\s))(?:one\s+|(?:young|older|new)\s+)?"
    rf"(?:some(?:one|body)(?=\s+with\b)|teen|teenager|adolescent|kid|child|client|pt|patient|man|woman|boy|girl|lad|lass"
    rf"|guy|gent|dad|mum|mom|partner|couple|student|toddler|{_AGE}|{_GRADE})"
    r"\s+(?:with|on|doing|keeps|won't|can't|refuses|cancels|says|insists|wants|reports"
    r"|denies|swears|thinks|believes|[a-z]+(?<!s)(?<!i)(?:es|s)"
    r"|(?:disclos|present|report|refus|struggl|ask|avoid|skipp|cutt|vap|self-harm)ing)\b"
)
#: A course of care counted: "3rd month on clozapine", "2 wks into an SSRI", "third week
#: running", "fourth admission this year".
COURSE = compiled(
    r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth)\s+(?:month|week"
    r"|session|admission|readmission|relapse|cycle|trial|episode)\s+(?:on|of|running|in a row"
    r"|into|since|this)\b|\b\d+\s*(?:wks?|weeks?|mos?|months?|sessions?)\s+(?:into|post|on)\s"
)
#: A thing after "on" or "into", not a treatment: "on the new EHR", "into my new role".
_A_THING = compiled(r"\s*(?:the|my|our|this|that|new|your|their)\b")
#: The author asking as a parent, about home: "asking as a dad", "at our house".
_AT_HOME = compiled(
    r"\bas (?:a|the) (?:mum|mom|dad|parent|father|mother)\b|\b(?:at|in) our (?:house|place"
    r"|home)\b"
)
#: A person or pronoun in a counted course's sentence.
_SOMEONE = compiled(
    r"\b(?:she|he|her|him|his|they|them|partner|teen|kid|child|client|patient|pt|man|woman"
    r"|boy|girl|dad|mum|mom|couple|family|student)\b"
)
#: "anyone else have a teen who", "anyone else get couples who": a kind of case, asked about.
ANYONE_HAVE = compiled(
    r"\bany(?:one|body) else (?:have|get|got|see|working with|seeing)\s+(?:an?\s+|one\s+)?"
    r"(?:[a-z-]+\s+)?(?:teens?|kids?|clients?|patients?|couples?|famil(?:y|ies)|students?"
    r"|parents?|dads?|mums?|moms?)\s+who\b"
)
#: After that question, the author's own one: "her", "he", "my Tuesday pair".
OWN_ONE = compiled(
    r"\b(?:she|he|her|him|his)\b|\bmy\s+(?:[a-z]+day|\d{1,2}(?::\d\d)?\s?(?:am|pm)?)\s+"
    r"(?:pair|couple|family|lot|kid|teen|one|client|lady|guy|gent|boy|girl|crew|group)\b"
)


def case_shapes(text: str, folded: str, frames: Frames) -> list[tuple[int, int]]:
    """Return spans of cases the story readings miss or set aside, on the professional account.

    An unnamed "he" or "she" in an ask or beside a parent (`story_pronoun_ask`), a
    case note put to peers (`put_to_peers`), one member of a group the author runs
    (`story_group_member`), a colleague's client (`story_colleague_case`), and a case
    taken to supervision or clients counted this week (`story_case_brought`).
    """
    found = pa.present_case(text, folded, frames) + put_to_peers(text, folded, frames)
    found += cc.colleague_cases(text, folded, frames) + cb.spans(text, folded, frames)
    return found + gm.members(text, frames) if "group" in folded else found


def put_to_peers(text: str, folded: str, frames: Frames) -> list[tuple[int, int]]:
    """Return spans of a case written as a case note or as "anyone else have…", in an ask.

    Args:
        text: the draft (straight quotes) on the professional account.
        folded: `text` lower-cased, offsets unchanged.
        frames: the draft's general and not-a-client readings.

    Returns:
        The spans of the presented person or counted course; empty when the post asks
        nothing, or names the author's own family.
    """
    if "?" not in text or pa.ASKS.search(folded) is None:
        return []
    if pe.OWN_PEOPLE.search(frames.unquoted) or _AT_HOME.search(folded):
        return []
    found: list[tuple[int, int]] = []
    have = ANYONE_HAVE.search(folded)
    if have is not None:
        asked = folded.find("?", have.end())
        if asked >= 0 and OWN_ONE.search(folded, asked + 1):
            found.append(have.span())
    for pattern in (BARE_PERSON, COURSE):
        for m in pattern.finditer(folded):
            s, e = sentence_bounds(folded, m.start())
            if "?" in folded[e : e + 1] or frames.general(s, e, m.start()):
                continue  # the question itself, or a general statement
            if pattern is COURSE and not _cared_for(text, folded, m, s, e):
                continue  # "third week running the printer jammed": no one, no care
            found.append(m.span())
    return found


def _cared_for(text: str, folded: str, m: re.Match[str], start: int, end: int) -> bool:
    """Whether a counted course is someone's care: a person in its sentence, or (for a
    course "on" or "into" something, not one "running") a word of care."""
    if _SOMEONE.search(folded, start, end):
        return True
    if m.group().rstrip().endswith(("running", "row")) or _A_THING.match(folded, m.end()):
        return False  # "2nd month on the new EHR": a system, not a treatment
    return sp.SETTING.search(text, start, end) is not None
