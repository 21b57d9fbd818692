"""One person known to the author only through the work, in a relative clause, then an event.

Clinicians who post about a client often leave the client nameless on purpose and say
how they know them instead: "someone I know through work told me…", "one of the old men
I see at work, 90 this year, told me…", "somebody I look out for got bad news", "a lad
I've been keyworking rang to say…". The clause ties one person to the author by the work
(not by friendship or family), and the rest of the sentence tells what happened to them:
a person, an event, and the author as witness. The same holds for "I've a patient who…",
the author's own case brought up in the present.

Not a case: a colleague or friend ("someone I know from work", "a guy I see at work",
"someone I work with got promoted": working with someone is care only when it has gone
on a while, "I've been working with"), a sentence in general terms ("when someone I
support relapses, I…"), someone the author merely met or used to see, with no word of
work in the post, and the author's own family.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: A bare or described person: "someone", "one of the old gents", "a lad", "the woman".
_HEAD = (
    r"(?P<head>some(?:one|body)|one of the (?:[\w-]+\s+){0,2}?(?:guys|lads|lasses|ladies|men"
    r"|women|gentlemen|gents|fellas|folk|boys|girls|kids|mums|moms|dads|mothers|fathers"
    r"|residents|elders)"
    r"|(?:a|an|the|this|one|that)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|lady|gent|gentleman|guy"
    r"|lad|lass|fella|bloke|boy|girl|kid|teen|mum|mom|dad|patient|client|family|couple))"
)
#: The author's tie to that person: a clause that says the author knows them by the work.
_TIE = (
    r"\s+(?:(?:who|that|whom)\s+)?(?:i|we)(?:'ve| have|'d| had)?(?:\s+(?:been|ever|used to))?\s+"
    r"(?:(?P<known>(?:know|knew|ken|kent|met)\s+(?:through|via)\s+work)"
    r"|(?P<seen>(?:see|saw|seen|visit(?:ed)?|support(?:ed)?)\s+(?:at|through|for)\s+work)"
    r"|(?P<watch>look(?:ing)? out for|walk(?:ed|ing)? alongside|alongside)"
    r"|(?P<worry>worried about|rooting for|holding in mind)"
    r"|(?P<care>working with|key-?work(?:ed|ing)?|assess(?:ed)?|evaluated|screened"
    r"|case-?manag(?:ed|ing)|visiting|nursing|supporting|counsell?ing)"
    r"|(?P<saw>(?:see|visit) (?:there|on the ward|in clinic|on my rounds)))\b"
)
TIED = compiled(rf"\b{_HEAD}{_TIE}", _I)
#: The cheap gate: one of these in the lower-cased draft before any scan.
_KEYS = (
    " work",
    "worried about",
    "rooting for",
    "in mind",
    "alongside",
    " out for",
    "working with",
    "keywork",
    "key-work",
    "assess",
    "evaluated",
    "screened",
    "visiting",
    "nursing",
    "supporting",
    " counsel",
    "case",
    " see ",
    " visit ",
)
#: What happened to the person, later in the sentence: a past-tense verb, "just", "now".
_EVENT = compiled(
    r"\b(?:[a-z]{2,}ed|got|told|said|rang|came|went|took|gave|sent|made|set|left|won|lost"
    r"|passed|found|heard|wrote|brought|began|fell|ran|sat|kept|had|has|is now|just|finally"
    r"|turned|whose)\b",
    _I,
)
#: A sentence in general terms, or one about a colleague, friend or the author's family.
_NOT_A_CASE = compiled(
    r"\b(?:if|when|whenever|every time|each time|any time|imagine|suppose|should|might"
    r"|colleague|co-?worker|boss|manager|supervisor|mentor|team|friend|mate|neighbou?r"
    r"|my (?:[a-z]+ )?(?:mum|mom|dad|son|daughter|wife|husband|partner|sister|brother|nan|gran"
    r"|cousin|niece|nephew|kids?|god\w+|step\w+|grand\w+|\w+-in-law|pal|bestie))\b",
    _I,
)
#: "I've a patient who…", "we have a family that…": the author's own case, in the present.
HAVE_ONE = compiled(
    r"\b(?:i|we)(?:'ve| have)(?: got)?\s+(?:a|an|this|one)\s+(?:[\w-]+\s+)?(?P<who>patient"
    r"|client|lad|lass|gent|guy|woman|man|mum|mom|dad|family|couple|kid|teen)"
    r"\s+(?=(?:who|whose|that|i|i'm|i'd|we)\b)",
    _I,
)
#: A person seen at work who is no work mate: old, young, or a word for someone cared for.
_CARED_HEAD = compiled(
    r"\b(?:old|older|elderly|young|little|wee|frail|patient|client|resident|kid|teen|boy|girl"
    r"|mum|mom|dad|family|couple|gent|gentleman|gentlemen|gents)\b",
    _I,
)
#: A young person the author worries over, named by kind with "the": no friend or own child.
_YOUNG_ONE = compiled(r"the\s+(?:[\w-]+\s+)?(?:kid|teen|lad|lass|boy|girl)\b", _I)
_HAVE_KEYS = ("i've ", "i have ", "we have ", "we've ")
_PERSONAL_HAVE = frozenset({"patient", "client"})


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Return spans of one person tied to the author by the work, with what befell them.

    Args:
        text: the draft (straight quotes).
        folded: `text` lower-cased, offsets unchanged (for the cheap gates).
        professional: whether the draft is on the professional account.

    Returns:
        One span per person; empty for colleagues, friends, family and general sentences.
    """
    found: list[tuple[int, int]] = []
    if (
        " i " not in folded
        and " we " not in folded
        and " i'" not in folded
        and " we'" not in folded
        and not folded.startswith(("i ", "i'", "we ", "we'"))
    ):
        return found  # every tie and "I've a patient" has the author as "I" or "we"
    if holds_any(folded, _KEYS):
        for m in TIED.finditer(text):
            if _case(text, folded, m, professional):
                found.append(m.span())
    if holds_any(folded, _HAVE_KEYS):
        for m in HAVE_ONE.finditer(text):
            if not professional and m.group("who").lower() not in _PERSONAL_HAVE:
                continue  # "I have a kid who never sleeps": the author's own
            if not _NOT_A_CASE.search(text, sentence_bounds(text, m.start())[0], m.start()):
                found.append(m.span())
    return found


def _case(text: str, folded: str, m: re.Match[str], professional: bool) -> bool:
    """Whether a tie names a case: an event follows, and nothing makes it general."""
    start, end = sentence_bounds(text, m.start())[0], sentence_bounds(text, m.end())[1]
    if _NOT_A_CASE.search(text, start, end):
        return False
    bare = m.group("head").lower().startswith("some")
    if m.group("watch") and not (bare or professional):
        return False  # "the lad I look out for on the estate": a neighbour, unless nameless
    if m.group("worry") and not _YOUNG_ONE.match(m.group("head")):
        return False  # "someone I've been worried about": a friend; "the kid I…": in care
    if m.group("seen") and not _CARED_HEAD.search(m.group("head")):
        return False  # "a guy I see at work": a work mate; "an old gent I see at work": care
    if m.group("saw") and not (professional or " work" in folded):
        return False  # "a woman I used to see there": nobody, unless the post is about work
    if m.group("care") and m.group("care").lower() == "working with" and " been " not in m.group():
        return False  # "a guy I'm working with": a colleague; "I've been working with": a case
    return _EVENT.search(text, m.end(), end) is not None
