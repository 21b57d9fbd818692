"""Shapes that look like one person but are no case, and a presented person on the personal
account.

A person word often stands for nobody the author treats: the job of the
author's own relative ("my da was a prison officer"), one side of a staffing
ratio ("one nurse to 30+ patients"), or anyone in advice addressed to peers
in the imperative ("Nurse colleagues: document the mum's own words…").

On the personal account a story from the work often carries no clinical word
at all; what gives it away is the way the person is presented, as in a case
note: a noun and an age in apposition ("young mum, only 19,") and then that
person speaking to the author ("she told me", "who asked me").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.phi_patterns import PERSON_NOUN
from dualdesk.core.guards.story_hypothetical import nobody_meant
from dualdesk.core.guards.story_people import KIN_ELSEWHERE, OWN_PEOPLE

_I = re.IGNORECASE

#: Just before a person word: "My da was", "our mam was": the person is the relative's job.
KIN_PREDICATE = compiled(
    r"\b(?:my|our)\s+(?:(?:late|own|old|dear|beloved)\s+)?(?:mum|mom|mam|ma|maw|da|dad|daddy"
    r"|father|mother|pa|paw|papa|pop|grand\w+|gran|granny|nan|nana|uncle|aunt\w*|brother"
    r"|sister|husband|wife|partner|son|daughter|cousin|parents|folks|old man|old lady"
    rf"|{KIN_ELSEWHERE})\s+"
    r"(?:was|is|had been|has been|used to be|became|worked as|trained as|retired as)"
    r"(?:\s+(?:once|always|still|just))?\s+$",
    _I,
)
_KIN_VERBS = (
    "was ",
    "is ",
    "been ",
    "be ",
    "became ",
    "as ",
    "once ",
    "always ",
    "still ",
    "just ",
)
#: Just after "one nurse", "a single worker": one side of a ratio ("to 30+ patients").
RATIO = compiled(
    r"\s+(?:to|per|for)\s+(?:every\s+|each\s+|about\s+|around\s+|over\s+)?"
    r"(?:\d[\d,]*\+?|a dozen|dozens|hundreds|(?:twen|thir|for|fif|six|seven|eigh|nine)ty\b"
    r"|ten|eleven|twelve|fifteen|twenty)",
    _I,
)
RATIO_START = compiled(r"(?:one|1|a single|a lone|each|every)\s", _I)
#: "For a man who hates DIY, I'm…": the author describing themselves.
SELF_BEFORE = compiled(r"(?:^|[.!?]\s+)for\s+$", _I)
SELF_AFTER = compiled(r"\s+who\b[^.!?\n,]{0,60},\s+(?:I|I'm|I've|I'd)\b")
#: "say hi if you spot a frazzled woman…": someone the reader might see, often the author.
TO_THE_READER_SEES = compiled(
    r"\b(?:if|when|whenever) (?:you|u) (?:ever )?(?:spot|see|meet|notice|pass|find|bump into)\s+$",
    _I,
)
_SEE_VERBS = ("spot ", "see ", "meet ", "notice ", "pass ", "find ", "into ")
#: A titled full name ("Dame Cicely Saunders", "Sir Michael Rutter"): a public figure.
HONOURED = compiled(r"(?:Dame|Sir|Lord|Baroness|Professor|Prof\.?)\s+[A-Z][\w'-]+\s+[A-Z]")
#: A post that opens by addressing peers and goes on in the imperative: "Nurse colleagues:
#: document the…", "Fellow counsellors, write the…". A past-tense verb instead ("had a…",
#: "saw the…") opens a case told to them, which stays a story.
TO_PEERS = compiled(
    r"(?![\W]*[\"'\u201c\u2018])\W*(?:[\w'-]+\s+){0,3}?[\w'-]+(?<!ss)s\s*[:,]\s*"
    r"(?!(?:had|got|saw|met|was|were|did|told|said|took|gave|made|went|came|heard|spent|sat"
    r"|found|left|lost|just|today|yesterday|anyone|any|has|have|is|are|who|what|how|when|why"
    r"|i|we|my|this|that|our|one|a|an|the|so|ok|okay|thanks|thank|but|and|or|then|because)\b)"
    r"(?![\w'-]+ed\b)[a-z][\w'-]+\s+(?:the|your|a|an|every|each|their|them|what|how|who"
    r"|whether|down|up|out)\b",
)
#: A person presented as in a case note: "young mum, only 19,", "a lad, barely 15,".
PRESENTED = compiled(
    r"(?:^|(?<=[.!?:;,\n]\s)|(?<=\ba\s)|(?<=\ban\s)|(?<=\bone\s)|(?<=\bthis\s)"
    r"|(?<=\babout\s))"
    r"(?:(?:young|little|wee|old|older|elderly|teenage|new|lovely)\s+)?"
    rf"(?!(?:student|pupil|learner|supervisee)\b)(?:{PERSON_NOUN}),\s+"
    r"(?:(?:barely|just|only|nearly|almost|aged|age|not even)\s+)?\d{1,2}"
    r"(?:\s?(?:yo|y/o|years? old))?\s*(?=[,.;:\u2014\u2013-])",
    _I,
)
#: An age-and-sex code then what is wrong, as in a case note: "16M, first episode…",
#: "38F w/ …", "52 yo F with…", "30s male, …". Case-sensitive ("16m," is sixteen
#: minutes); not money ("£16M,") nor a count ("5M views"). It starts with a digit, so the
#: scan is quick.
CASE_CODE = compiled(
    r"\d(?<![£$€.,\w]\d)(?<![£$€.,\w]\d\d)\d?\s?(?:yo\s?|y/o\s?|yr\s?)?[MF]\b"
    r"(?=\s*(?:[,;)]|w/|(?:with|presenting|pres|hx|h/o|admitted|referred|who|c/o)\b))"
    # a decade for an age, as a peer consult masks it: "30s male, …", "late 40s F w/ …"
    # (not one group in a list of them: "30s male, 40s female")
    r"|(?<![\w£$€])(?<!male, )(?<!male; )[1-9]0s (?:male|female|[Mm]ale|[Ff]emale|M|F)\b"
    r"(?!\s*[,;]\s*(?:and )?[1-9]0s)"
    r"(?=\s*(?:[,;)]|w/|(?:with|presenting|pres|hx|h/o|admitted|referred|who|c/o)\b))"
)
#: Where PRESENTED may end: a comma, then an age.
AGE_AFTER_COMMA = compiled(r", (?:(?:barely|just|only|nearly|almost|aged|age|not even) )?\d")
#: That person speaking to, or acting on, the author.
TO_THE_AUTHOR = compiled(
    r"\b(?:she|he|they|who)\s+(?:\w+\s+)?(?:asked|told|showed|thanked|hugged|called|handed"
    r"|gave|said to|looked at|begged|texted|grabbed)\s+me\b",
    _I,
)


def no_case(text: str, start: int, end: int) -> bool:
    """Whether the person at [start, end) is no case: a relative's job, the author, someone
    the reader might spot, a titled public figure or one side of a ratio.

    Each pattern is tried only when the word just before the person (a cheap suffix test)
    or its first letter can start it.
    """
    if nobody_meant(text, start, end):
        return True  # an instruction, a question to the reader, a published case
    low = max(0, start - 9)
    if text.endswith(_KIN_VERBS, low, start) and KIN_PREDICATE.search(text, low - 31, start):
        return True
    if text.endswith(("for ", "For "), low, start) and SELF_BEFORE.search(text, low + 3, start):
        return SELF_AFTER.match(text, end) is not None
    if text.endswith(_SEE_VERBS, low, start) and TO_THE_READER_SEES.search(text, low - 21, start):
        return True
    first = text[start : start + 1]
    if first in "DSLBP" and HONOURED.match(text, start):
        return True
    return (
        first in "oO1aAeE"
        and RATIO_START.match(text, start) is not None
        and bool(RATIO.match(text, end))
    )


def to_peers(text: str) -> bool:
    """Whether the post opens by telling peers, in the imperative, what to do."""
    return TO_PEERS.match(text) is not None


def presented(text: str, unquoted: str) -> list[tuple[int, int]]:
    """A person presented with an age who then speaks to the author, unless kin are named.

    `unquoted` is the text with quotations blanked, so "my mum" in a quote is not the
    author's own family.
    """
    if " me" not in text:
        return []
    for age in AGE_AFTER_COMMA.finditer(text):  # cheap: a literal comma leads
        m = PRESENTED.search(text, max(0, age.start() - 28), age.end() + 12)
        if m is not None:
            break
    else:
        return []
    if TO_THE_AUTHOR.search(text, m.end()) is None:
        return []
    if OWN_PEOPLE.search(unquoted):
        return []
    return [m.span()]
