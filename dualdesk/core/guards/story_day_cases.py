"""Phrases of a clinician's day that single out one client on their own.

Each names a client by their place in the author's day or work rather than by a noun
the other patterns know, so each fires alone (`STRONG`, on either account):
- the work of a session, made together: "the balanced thought we landed on was ...";
- a telegraphic word on one client: "Client's okay." after a hard session;
- the day's order: "first student through the door hadn't eaten", "after my last
  family, ...";
- one client among the author's: "that one client who books 7am every Monday", "my
  youngest one on the caseload";
- a quotation tagged with one person's state: "'I'm fine' - said the guy who hasn't slept";
- a young client the author sees, missing or leaving: "the kid I've been seeing skipped";
- a client's identifier given in full: "a client's health number ... '492 617 3380'"
  (`given_ids`, which no general frame undoes).
On the professional account three more read as a client (`professional_spans`): a
thank-you from a named person quoting the help ("card from Maeve: 'you helped me ...'"),
a public reply to one caller ("whoever rang the office at midnight: I got your
message") and someone who told the author of their own life today. On the personal
account a friend's card, a neighbour's call or a friend's news is as likely.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import CLIENT, PAST, SEE_PERSON

_I = re.IGNORECASE

#: A young person or a family, never a date: "the kid", "the student", not "the guy".
_YOUNG = r"(?:kid|kiddo|teen(?:ager)?|student|young person|youngster|wee one|child|family|couple)"

STRONG = tuple(
    compiled(p, _I)
    for p in (
        # the work of a session, made together or by the client
        r"\bthe (?:(?:balanced|alternative|kinder|new|helpful|coping|compassionate)"
        r" (?:thought|statement|belief|self-talk)|reframe|safety plan|coping plan"
        r"|exposure (?:ladder|hierarchy)|fear ladder)"
        r" (?:we|she|he|they) (?:landed on|came up with|settled on|arrived at|worked out"
        r"|wrote|agreed on|built|drew up)\b",
        # a telegraphic word on one client, opening its sentence
        rf"(?:^|[:.!?]\s+)(?:{CLIENT}|pt|kiddo)(?:'s|\u2019s) (?:ok(?:ay)?|fine|safe|alright"
        r"|all right|stable|settled|home safe|doing (?:ok(?:ay)?|well|better|fine)"
        r"|going to be|gonna be)\b",
        # the day's order: the first one through the door, and what they had done
        rf"\b(?:first|last|next|second) (?:[\w-]+ )?(?:{SEE_PERSON}|one|person) (?:through"
        r"|in(?:to)?|at) (?:the|my) (?:door|office)\b(?: (?:today|this morning|this"
        rf" afternoon|tonight|yesterday))? (?:{PAST}|hadn't|didn't|couldn't|wasn't)\b",
        # after the last family of the day, told as a time
        r"\b(?:after|before|with|from) my (?:last|first|final|next) (?:family|couple|kiddo"
        r"|teen|kid|student)(?=\s*(?:[,.;:!?]|\Z|of the day|today|tonight|this (?:morning"
        r"|afternoon|evening)))",
        # one client among the author's
        rf"\b(?:this|that) one (?:{CLIENT}|kiddo|family|couple)\b(?!s)",
        # one client placed on the author's caseload
        r"\b(?:a|an|the|my|this|that|one)\s+(?!(?:average|typical|median|usual|ideal)\b)"
        r"(?:[\w-]+\s+)?(?:one|kid|kiddo|lad|lass|girl|boy|teen|client|patient|family|couple"
        r"|man|woman|person|mum|mom|dad|gent|lady|guy|young person|youngster)\s+on (?:my|the"
        r"|our) case ?load\b",
        # a quotation tagged with one described person and their state
        r"[\"'\u201d\u2019][.!?,]?\s*(?:[\u2014\u2013-]+\s*)?said (?:the|this|that|a|my)"
        r" (?:[\w-]+ )?(?:guy|man|woman|lady|lad|lass|teen|kid|girl|boy|client|patient|mum|mom"
        r"|dad|bloke|gent|fella) (?:who|whose)(?:'s| (?:hasn't|has|had|hadn't|is|was|can't"
        r"|couldn't|won't|didn't|still|just))\b",
        # a young client the author sees, missing or leaving
        rf"\b(?:the|a|this|that|my) (?:[\w-]+\s+)?{_YOUNG} (?:i|we)(?:'ve been| have been"
        r"|'m| am) seeing\s+(?:(?:has|just|finally|again)\s+)?(?:skipped|missed|no-?showed"
        r"|cancell?ed|bailed|didn't|dropped out|stopped coming|ghosted|relapsed)\b",
    )
)

#: A client's identifier, then the number itself.
_GIVEN_ID = compiled(
    rf"\b(?:a|my|the|this|that)\s+(?:{CLIENT}|pt)(?:'s|\u2019s)\s+(?:[\w&/-]+\s+){{0,2}}"
    r"(?:number|no\.?|#|id)\b[^\n]{0,120}?\b\d{3}[ -]?\d{3}[ -]?\d{3,4}\b",
    _I,
)


def given_ids(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a client's identifier given in full: one client, however the post is framed.

    "Never put a client's health number in a subject line. Like '492 617 3380', which I
    just sent": the advice frames it, the number is one client's. Kept out of the checks
    for a general frame, as the number itself singles the client out.
    """
    if "'s " not in folded and "\u2019s " not in folded:
        return []
    return [m.span() for m in _GIVEN_ID.finditer(text)]


#: A thank-you from a named person (not the author's kin) quoting the help given.
_THANKED = compiled(
    r"\b(?:card|note|letter|message|email|text|voicemail)s?\b[^.!?\n]{0,50}?\bfrom"
    r" (?!(?:my|our|the|a|an)\b)(?-i:[A-Z][a-z]+)\b(?<!Mum)(?<!Mom)(?<!Dad)(?<!Gran)(?<!Nan)"
    r"[^\n]{0,60}?[\"'\u2018\u201c]\s*(?:you (?:helped|saved|gave|got|taught|showed|made"
    r"|brought|believed|listened|never gave)|thank you for|thanks for|because of you)",
    _I,
)
#: A public reply to one caller: "whoever rang the office at 11: I got your message".
_CALLER = compiled(
    r"\b(?:whoever|to the (?:person|caller|one|mum|mom|dad|lady|man|woman|young person)"
    r" who) (?:rang|called|phoned|texted|messaged|emailed|left|wrote|sent)\b[^\n]{0,140}?"
    r"\b(?:i (?:got|saw|heard|read) your|got your (?:message|voicemail|text|email|note)"
    r"|you(?:'re| are) booked|i'll (?:ring|call|text) you)",
    _I,
)

#: Someone telling the author of their own life today: "someone told me today they'd never
#: once been asked ...". Hearsay ("someone told me today that the café is closing") has no
#: "they" of the teller's own.
_TOLD_OWN = compiled(
    r"\bsome(?:one|body)\s+(?:told|said to|asked|confided in) me\s+(?:today|this (?:morning"
    r"|afternoon|week)|yesterday|earlier|tonight)\s+(?:that\s+)?(?:they|she|he)(?:'d|'ve|'re"
    r"|'s| had| have| were| was| still| never| always| hadn't| haven't| just)\b",
    _I,
)


def professional_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a quoted thank-you, a reply to one caller, someone's own life told today.

    Args:
        text: the professional draft.
        folded: its lower-cased text, to skip both patterns cheaply.
    """
    found: list[tuple[int, int]] = []
    if "from " in folded and ("'" in text or "\u2018" in text or '"' in text or "\u201c" in text):
        found += [m.span() for m in _THANKED.finditer(text)]
    if "who" in folded and ("your" in folded or "booked" in folded or "you" in folded):
        found += [m.span() for m in _CALLER.finditer(text)]
    if "some" in folded and " me " in folded:
        found += [m.span() for m in _TOLD_OWN.finditer(text)]
    return found
