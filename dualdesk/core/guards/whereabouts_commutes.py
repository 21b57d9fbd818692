"""The author's own commute told by its route: a line's number, a named boat, a bridge.

A clinician on the way in rarely says "I am travelling"; they name the route:
"stuck on line 4 again", "the 38 bus at 7:50 is chaos", "On the A9 before
sunrise, headed north", "catching the 6:40 to Leeds", "on the Waiheke ferry
with my coffee", "cycling in over Tower Bridge at 7". Whoever reads the
professional account then knows where the clinician is at a given hour.

The shapes are read by their parts, in any city:
- a numbered line, route or road that someone rides ("on line 2", "taking
  route 9", "the 38 bus at 8:10");
- a sentence opening on a road number with a movement later in it ("On 49
  before daylight headed to...");
- a named vessel or service the author is on ("on the Vaxholm boat"), or
  taken to a named place ("taking the KTX to Busan");
- a ride or walk over a named bridge, road or place ("biking in across the
  Burrard Bridge");
- the author's service gone wrong ("the 14 broke down on Hawthorne", "train
  fault between Redfern and Central").

Whose ride it is is checked by `whereabouts` (the ownership reading) for
every span; these patterns also skip a clause whose subject is someone
else ("she takes line 2"). A draft with none of the key words costs a few
substring checks.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.guards.whereabouts_errands import third_before

_I = re.IGNORECASE
_CLOCK = r"\d{1,2}(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.][0-5]\d"
#: A vehicle or service word; "[A-Z]{2,4}" is a named service ("KTX", "DART", "MTR").
_RIDE = r"(?:train|bus|coach|ferry|boat|tram|metro|subway|tube|shuttle|night bus|red-?eye)"
#: The shapes that need no capital: a numbered line ridden, a numbered line at a clock time.
_NUMBERED = compiled(
    r"(?=\w)(?:\b(?:(?:on|taking|take|took|catching|catch|caught|riding|rode|missed)"
    r" (?:the )?(?:line|bus|tram|train|metro|subway|number)"
    r"|(?:stuck|sat|sitting|driving|drove|headed|heading) (?:on|along|up|down) (?:the )?"
    r"(?:route|highway|hwy|interstate))"
    r" ?#?\d{1,3}[a-z]?\b(?! (?:of|percent|per cent|%)\b)"
    rf"|\b(?:(?:line|route|bus|tram) \d{{1,3}}[a-z]?|\d{{1,3}}[a-z]? (?:bus|tram)) at (?:{_CLOCK})"
    rf"|\b(?:taking|catching|caught|took|on|missed) the (?:{_CLOCK}) (?:{_RIDE}|to|from)\b)",
    _I,
)
#: Shapes that need a capital: a named service or vessel, a road number opening a sentence,
#: and a ride over a named place. Case-sensitive except where marked.
_NAMED = compiled(
    r"(?:\b(?i:on) the (?!(?:Same|Right|Wrong|Last|First|Next|Other)\b)[A-Z][\w'-]+"
    rf" (?i:{_RIDE}|line|express)\b"
    r"|\b(?i:taking|catching|caught|took|hopping on|riding) the"
    rf" (?:[A-Z]{{2,4}}|(?i:{_RIDE}))"
    r" (?i:to|into|up to|down to|out to|back to) [A-Z]"
    r"|\b(?i:stuck|sat|sitting|crawling|queuing|queueing) (?i:on) (?:the )?"
    r"(?:[A-Z]{1,2}-?\d{1,3}|I-\d{1,3})\b"
    r"|\b(?i:on) (?:the )?(?:[A-Z]{1,2}-?\d{1,3}|I-\d{1,3}|\d{1,3})\b"
    r"(?! (?i:of|per|out|occasions?|days?|weeks?|years?|percent|jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)\w*)"
    r"(?=[^.!?\n]{0,60}\b(?i:headed|heading|driving|drove|on my way|en route|northbound"
    r"|southbound|eastbound|westbound|to the|towards?)\b)"
    r"|\b(?i:cycling|cycled|biking|biked|driving|drove|commuting|riding|rode|walking|walked)"
    r"(?: (?i:in|home|back|out|to work))? (?i:over|across|along|past|via) (?:the )?"
    r"(?!(?:The|This|That|My|Our)\b)[A-Z][\w'-]+\b(?!'s))",
)

#: The author's service gone wrong: "the 14 broke down", "train fault between X and Y".
_SERVICE_TROUBLE = compiled(
    r"\b(?i:the|my) (?:\d{1,3}[a-z]?|(?i:train|bus|tram|tube|metro|subway|ferry|shuttle)"
    r"|[A-Z][\w'-]+ (?i:line|train|bus|ferry))(?: (?i:bus|tram|train))?"
    r"(?: (?i:from) [A-Z][\w'-]+)?"
    r" (?i:broke down|(?:was|is|got|has been|'s) (?:late|rammed|packed|delayed|cancell?ed"
    r"|heaving|stuck|terminated|diverted))\b"
    r"|\b(?i:train|bus|tram|tube|metro|subway|signal|track|points) (?i:fault|failure|delay"
    r"|breakdown|strike)s? (?i:between|at|near|outside) [A-Z]",
)
_TROUBLE_KEYS = (
    *("broke down", "late", "rammed", "packed", "delayed", "cancel", "heaving"),
    *("stuck", "terminated", "diverted", "fault", "failure", "strike"),
)

#: A road number after "on": it places the author only when it opens the sentence.
_ROAD_OPEN = compiled(r"(?i:on) (?:the )?(?:[A-Z]{1,2}-?\d|I-\d|\d)")


def _opens(text: str, start: int) -> bool:
    """Whether `start` is the first word of its sentence."""
    s, _ = sentence_bounds(text, start)
    return not text[s:start].strip()


def _others_subject(text: str, start: int) -> bool:
    """Whether the clause before `start` has someone else as its subject ("she takes...")."""
    if third_before(text, start):
        return True
    s, _ = sentence_bounds(text, start)
    before = text[max(s, start - 20) : start].lower().split()
    return bool(before) and before[-1] in ("takes", "rides", "catches", "drives", "commutes")


def commutes(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans of the author's commute told by its route.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans; empty when no key word is present.
    """
    found: list[tuple[int, int]] = []
    if holds_any(low, ("line ", "route", "bus", "tram", "train", "hwy", "highway")) or (
        ":" in low and ("taking the" in low or "on the" in low or "catch" in low)
    ):
        found.extend(m.span() for m in _NUMBERED.finditer(text))
    if (
        "on " in low
        or "taking the" in low
        or "catch" in low
        or " over " in low
        or "across" in low
        or " past " in low
        or " via " in low
        or "along" in low
    ):
        found.extend(
            m.span()
            for m in _NAMED.finditer(text)
            if not _ROAD_OPEN.match(text, m.start()) or _opens(text, m.start())
        )
    if holds_any(low, _TROUBLE_KEYS):
        found.extend(m.span() for m in _SERVICE_TROUBLE.finditer(text))
    return [(s, e) for s, e in found if not _others_subject(text, s)]
