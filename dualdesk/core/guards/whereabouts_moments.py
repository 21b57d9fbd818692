"""The clinician somewhere right now, told with no "I'm at": a doing, a place and a moment.

Voices that drop the subject tell where they are by the shape of the
sentence: a doing or a posture opens it, a place follows, and a moment
(a clock time, "right now", "rn", "this morning") pins it: "Sat in a layby
right now", "eating tacos at a truck on sunset rn", "hiking runyon at 7am",
"At Steve's buying strings", "Conwy parkrun this morning", "Lunch break
suya from the mallam outside the gate", "just watched a couple argue in
the cereal aisle", "it's 4:10 and I'm eating crackers in the workroom".
Advice that mentions a time ("before it's 3am and you're guessing") has no
doing of the author's and does not match. Each pattern is bounded and runs
only when one of its key strings is in the lower-cased draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.guards.whereabouts_fragments import own_days
from dualdesk.core.guards.whereabouts_journeys import journeys

_I = re.IGNORECASE

#: A sentence start, as look-behinds, so every alternative begins a word.
_START = r"(?:(?<!\S)(?<![^.!?\s]\s))"
#: A moment happening now: "right now", "rn" closing a clause, "atm".
_NOW = (
    r"(?:right now|rn\b|atm\b|as we speak"
    # a bare "now" closing a clause, or before a particle (Singlish "now lah", Pidgin "now o")
    r"|now(?=\s*(?:[,.!?;:)\n]|$|lah\b|leh\b|lor\b|sia\b|o\b|oh\b)))"
)
#: A moment that pins a doing: now, a part of today, a clock time.
_MOMENT = (
    rf"(?:{_NOW}|this (?:morning|afternoon|evening)|tonight"
    r"|at (?:[1-9]|1[0-2])(?::[0-5]\d)? ?[ap]\.?m\b)"
)
_OUTDOOR = (
    r"(?:hiking|walking|jogging|swimming|cycling|biking|climbing|surfing|paddling|skating"
    r"|kayaking|rowing)"
)
#: A gerund as a noun names a topic or a programme: "Eating disorders ...", "Walking meetings".
_NOT_NOUN = (
    r"(?! (?:disorders?|habits?|patterns?|problems?|difficult\w*|meetings?|groups?|sessions?"
    r"|therapy|clubs?|programm?e?s?|classes|is|are|can|may|helps?)\b)"
)
#: Postures hold only with "now": "Sat in a kitchen this morning: mum, nana ..." is a visit
#: told afterwards, and "sat with", "sat in on" tell of a session or a meeting.
_POSTURE = (
    r"(?:sat|sitting|parked|stood|standing|waiting|queu(?:e)?ing|hiding|perched|curled up)"
    r"(?! with\b| in on\b| beside\b| next to\b| across from\b)"
)
#: Doings of the author's own moment (not "running a group": a job).
_DOING = (
    rf"(?:eating|drinking|sipping|having|grabbing|munching|people-watching|lepak|{_OUTDOOR})"
    rf"{_NOT_NOUN}"
)
_PLACED = r" (?:[\w'&-]+ ){0,9}?(?:in|at|by|outside|up) (?:[\w'&-]+ ){0,5}?"
_NOW_DOING = compiled(
    rf"{_START}(?:{_POSTURE}{_PLACED}{_NOW}|{_DOING}{_PLACED}{_MOMENT}"
    rf"|{_OUTDOOR}{_NOT_NOUN} (?:[\w'&-]+ ){{1,3}}?{_MOMENT})",
    _I,
)
#: "At Steve's buying strings", "at mum's for the weekend": a shop or a home, by its owner.
_AT_OWNERS = compiled(
    rf"{_START}at (?:[\w&-]+ )?[\w&-]+'s (?:[a-z]+ing|for (?:the|a|lunch|dinner|tea|coffee)"
    r"|with|all (?:day|morning|afternoon|evening|weekend)|again|today|tonight|rn)\b",
    _I,
)
#: A timed community run: "parkrun this morning", "the Bay 10k tomorrow".
_RUN_DAY = compiled(
    r"\b(?:parkrun|park run|fun run|5k|10k|half marathon|turkey trot)"
    r" (?:this (?:morning|weekend)|today|tomorrow|on (?:sat|sun)|with (?:the|my|half))",
    _I,
)
#: A meal bought from somewhere placed by a landmark: "suya from the mallam outside the gate".
_MEAL_FROM = compiled(
    rf"{_START}(?:lunch|breakfast|dinner|brunch|supper|tea)(?: break| run| time)?"
    r" (?:[\w'-]+ ){0,4}?(?:from|at) (?:the|a) [\w'-]+"
    r" (?:outside|opposite|near|by|next to|across from|round the corner from) (?:the|a|our|my)\b",
    _I,
)
#: An outing of one's own told as what came before: "after a soggy walk up to Swallow Falls".
_AFTER_OUTING = compiled(
    r"\bafter (?:a|an|my|our|the) (?:[\w-]+ )?(?:walk|hike|run|swim|ride|climb|cycle|paddle"
    r"|ramble|stroll|dip)s? (?:up to|up|to|along|around|round|over|through|on|in|at)"
    r" (?:the )?(?-i:[A-Z])",
    _I,
)
#: A shop aisle the author stands in: "in the cookie butter aisle" (not "down the aisle").
_AISLE = compiled(r"\bin the (?:[\w'-]+ ){1,3}aisle\b", _I)
_AISLE_SELF = compiled(r"\b(?:i|i'm|im|just)\b", _I)
_AISLE_OTHER = compiled(r"\b(?:he|she|they|his|her|their|clients?|patients?|pts?|told)\b", _I)
#: A clock of the small hours stamping the author's own doing: "it's 4:10 and I'm eating".
_STAMP = compiled(
    r"\bit'?s (?:(?:12|[0-4]):[0-5]\d|(?:12|[1-4]) ?a\.?m\.?) and (?:i'?m|im|i am|i'?ve|i)\b",
    _I,
)
#: Someone else, named just before the doing: "my client, sitting in the car park right now".
_OTHER = compiled(
    r"\b(?:he|she|they|his|her|their|clients?|patients?|pts?|families|people|you|your)\b"
    r"[^.!?\n]{0,30}$",
    _I,
)
_ANYONE = compiled(
    r"\b(?:he|she|they|his|her|their|clients?|patients?|pts?|families|people|you|your)\b", _I
)

#: Each pattern with its lower-case key strings and what it says of the author.
_PATTERNS = (
    (("right now", "rn", "atm", "as we speak", "this ", "tonight", "am", "pm"), _NOW_DOING),
    (("'s ",), _AT_OWNERS),
    (("parkrun", "park run", "fun run", "5k", "10k", "marathon", "trot"), _RUN_DAY),
    (("lunch", "breakfast", "dinner", "brunch", "supper", "tea"), _MEAL_FROM),
    (("aisle",), _AISLE),
    (("after ",), _AFTER_OUTING),
)


_OWN_WHAT = "tells of your own plans, travel or company"


def remarks(text: str, low: str | None, night_what: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, what it tells) for the own days, journeys, moments and small hours.

    Args:
        text: The draft, with plain quotes.
        low: `text` lower-cased, or None when that would move offsets.
        night_what: What a late-night remark is said to show.

    Yields:
        Start, end and what the remark tells, for `whereabouts` to word its finding.
    """
    for start, end in chain(own_days(text, low), moments(text, low)):
        yield start, end, _OWN_WHAT
    for start, end in small_hours(text, low):
        yield start, end, night_what


def moments(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Yield spans where `text` places the author somewhere at a moment, or on a journey.

    Args:
        text: The draft, with plain quotes.
        low: `text` lower-cased, or None when that would move offsets.

    Yields:
        Start and end offsets of each moment.
    """
    yield from journeys(text, low)
    hay = low if low is not None else text.lower()
    for keys, pattern in _PATTERNS:
        if not holds_any(hay, keys):
            continue
        for m in pattern.finditer(text):
            if pattern is _AISLE:
                if _self_near(text, m.start()):
                    yield m.span()
                continue
            if pattern is _AFTER_OUTING:  # anyone's walk, unless the sentence is no one else's
                s_, e_ = sentence_bounds(text, m.start())
                if _ANYONE.search(text, s_, e_) is not None:
                    continue
            if _OTHER.search(text, max(0, m.start() - 30), m.start()) is None:
                yield m.span()


def small_hours(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Yield spans where a small-hours clock stamps the author's doing ("it's 3:40 and I'm")."""
    hay = low if low is not None else text.lower()
    if "it" not in hay or " and i" not in hay:
        return
    for m in _STAMP.finditer(text):
        yield m.span()


def _self_near(text: str, pos: int) -> bool:
    """Whether the author, and no one else's story, is in the 60 characters before `pos`."""
    start = max(0, pos - 60)
    return (
        _AISLE_SELF.search(text, start, pos) is not None
        and _AISLE_OTHER.search(text, start, pos) is None
    )
