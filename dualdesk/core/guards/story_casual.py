"""A client known by a casual word for a person, or by when the author saw them.

Clinicians who work with a close-knit group (first responders, prisoners,
tradies) often name a client the way the group speaks: "my guy", "one of my
crew blokes", "the one this morning who…". These are shapes of one person on
the author's books: a possessive tie to a casual person word followed by an
event, or a person picked out by the time the author met them; and a general
case about a client or student made today's ("…today was one of those"). The
person shapes are read on the professional account only (on the personal one
"my guy" is a partner), and nothing is kept when the post names the author's
own family or a partner.
`clinical.py` still drops colleagues, public figures and fiction. Every
pattern is bounded.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import story_people as pe
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.learned_features import mentions_work
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE
_CASUAL = r"(?:guy|bloke|lad|fella|fellow|chap|client)"
_EVENT = (
    r"(?:had|has|was|is|just|finally|then|told|said|asked|agreed|turned|came|went|got|rang"
    r"|called|left|walked|broke|cried|opened|admitted|started|stopped|relapsed|[a-z]{3,}ed)\b"
)

#: "My guy had just started…": a tie to one casual person word, then an event. Matched only
#: where "my " opens a sentence, and (but for "my client") only in a post that speaks of
#: work: "my lad", "my fella", "my guy" are as often a son or a partner.
MY_ONE = compiled(r"my " + _CASUAL + r" " + _EVENT, _I)
#: "one of my Black Summer crew blokes finally agreed…": one of a casual plural, then an event.
ONE_OF_THEM = compiled(
    r"one of (?:my|our) (?:[\w-]+ ){0,3}?(?:guy|bloke|lad|fella|fellow|chap|regular)s "
    r"(?:(?:just|finally|then|actually) )?" + _EVENT,
    _I,
)
#: "the one this morning who…", "the bloke from Tuesday who…": a person picked out by when.
_WHEN = (
    r"(?:this (?:morning|arvo|afternoon|week)|today|yesterday|last (?:night|week)|earlier"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_WHEN_WHO = tuple(
    f"{w}{c} who"
    for w in (
        "morning",
        "arvo",
        "afternoon",
        "week",
        "today",
        "yesterday",
        "night",
        "earlier",
        "day",
    )
    for c in ("", ",")
)
WHEN_SEEN = compiled(
    r"\bthe (?:one|"
    + _CASUAL
    + r"|woman|man|lady|girl|boy|kid|teen) (?:(?:i saw|from|i had) )?"
    + _WHEN
    + r",? who\b",
    _I,
)

#: "…when a student says 'you're the only one who listens.' Today was one of those days": a
#: general case made today's, said of someone the author treats or teaches.
ONE_OF_THOSE = compiled(
    r"\b(?:today|tonight|this morning|this arvo) was one of those\b"
    r"|\bhad one of those (?:today|tonight|this morning|this arvo)\b",
    _I,
)
_CLIENT_WORD = compiled(
    r"\b(?:clients?|patients?|students?|estudyante|kliyente|pasyente|service users?)\b", _I
)


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of one client named by a casual tie or by when the author saw them.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, for the cheap gates.
        professional: Whether the draft is for the professional account.

    Returns:
        Spans of the person (or of "today was one of those"); empty beside the author's
        own kin.
    """
    found: list[tuple[int, int]] = []
    if professional:
        at = folded.find("my ")
        while at >= 0:
            if (
                at == 0
                or folded[max(0, at - 2) : at] in (". ", "! ", "? ", ": ")
                or (folded[at - 1] == "\n")
            ):
                found += [m.span() for m in (MY_ONE.match(text, at),) if m and _ours(m, text)]
            at = folded.find("my ", at + 3)
        at = folded.find("one of ")
        while at >= 0:
            found += [m.span() for m in (ONE_OF_THEM.match(text, at),) if m]
            at = folded.find("one of ", at + 7)
        if " who" in folded and holds_any(folded, _WHEN_WHO):
            found += [m.span() for m in WHEN_SEEN.finditer(text)]
    if " one of those" in folded and _CLIENT_WORD.search(text):
        found += [m.span() for m in ONE_OF_THOSE.finditer(text)]
    if found and (pe.OWN_KIN.search(text) or pe.OWN_PEOPLE.search(text)):
        return []
    return found


def _ours(m: re.Match[str], text: str) -> bool:
    """Whether "my <person>" is a client: said so, or in a post that speaks of work."""
    return m.group().lower().startswith("my client") or mentions_work(text)
