"""The clinician's day told in fragments: no "I", a doing or a named place, and a time.

Diary posts drop the subject: "Biked over the Port Hills to work this
morning", "Stuck on the Luas for 25 mins", "Sitting at O'Hare waiting on a
delayed flight", "Costco at 8pm on a Tuesday", "Curling tonight at the
Westfield rink", "the 7:40 from Leeds". The shapes read here:

- a sentence that opens on a movement or a posture (a past or -ing verb with
  no subject) and reaches a named place, a landscape ("along the canal") or
  "here" within a few words;
- a sentence that opens on a name (two capitalised words, an acronym, a
  possessive shop name) followed at once by a time ("at 7", "on a Saturday");
- a short opening phrase then "in"/"at" a named place, with a time in the
  sentence ("Pottery class in Leith every Monday");
- a named venue with its common noun ("at the Harris rink", "in a Tesco car
  park") with a time in the sentence;
- on call or on the road with no subject ("On call at the infirmary tonight");
- the rides of `whereabouts_rides` ("the 6.15 to Perth", "2 hrs each way").

Each needs the sentence to be nobody else's (`OTHER`). Patterns are bounded
and run only when a key string is in the lower-cased text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import DAY_WORDS, sentence_bounds
from dualdesk.core.guards.whereabouts_asked import weekly_offer
from dualdesk.core.guards.whereabouts_kin_days import kin_days
from dualdesk.core.guards.whereabouts_outings import KIN
from dualdesk.core.guards.whereabouts_own import own
from dualdesk.core.guards.whereabouts_own_shapes import NAME, OTHER, PLACE_TITLE, STOP
from dualdesk.core.guards.whereabouts_rides import THIRD, has, rides

_I = re.IGNORECASE
#: A time that pins a fragment to the author's day.
ANCHOR = compiled(
    r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|weekend)|right now"
    r"|first thing|all (?:morning|afternoon|day|evening)|(?:before|after) (?:work|clinic"
    r"|school|my (?:shift|first)|the first|\w+ clinic)|lunch(?: break)?|dinner|breakfast"
    r"|brunch|(?:every|on an?|this|last) (?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|at \d{1,2}(?:[:.]\d\d)?(?:\s?[ap]m)?\b(?![-\d])|\d{1,2}(?:[:.]\d\d)?\s?[ap]m\b"
    r"|for \d{1,3} ?(?:mins?|minutes|hours?|hrs?)\b"
    r"|after (?:a|another) (?:long|heavy|busy|big|rough|hard) (?:week|day|shift))",
    _I,
)
#: A movement or a posture opening a sentence with no subject: "Biked", "Stuck", "Sitting".
_OPEN_VERB = compiled(
    r"\s*(?:(?:just|finally|quick|early) )?(?P<verb>(?:[Bb]iked|[Cc]ycled|[Cc]limbed|[Hh]iked"
    r"|[Rr]an|[Ww]alked|[Ss]wam|[Rr]ode|[Dd]rove|[Pp]addled|[Kk]ayaked|[Rr]owed|[Jj]ogged"
    r"|[Ss]trolled|[Ww]andered|[Tt]rekked|[Ss]ummited|[Ss]kied|[Rr]unning|[Cc]ycling|[Bb]iking"
    r"|[Hh]iking|[Ww]alking|[Ss]wimming|[Dd]riving|[Rr]iding|[Ss]kiing|[Pp]icked up(?! on)"
    r"|[Dd]ropped off|[Pp]opped (?:in|into|over|out)|[Nn]ipped (?:in|into|out)"
    r"|[Hh]eaded|[Hh]eading)"
    r"|(?P<pose>[Ss]tuck|[Ss]itting|[Ww]aiting|[Ss]tanding|[Qq]ueu(?:e)?ing|[Pp]arked"
    r"|[Ll]ying))\b"
)
#: The first words `_OPEN_VERB` can start with, lower-cased.
_VERB_WORDS = """
    just finally quick early biked cycled climbed hiked ran walked swam rode drove paddled
    kayaked rowed jogged strolled wandered trekked summited skied running cycling biking
    hiking walking swimming driving riding skiing picked dropped popped nipped headed heading
    stuck sitting waiting standing queuing queueing parked lying
"""
_VERB_FIRST = frozenset(_VERB_WORDS.split())
#: What a movement reaches within a few words: a named place, a landscape, "here".
_REACH = compiled(
    rf"[^.!?\n]{{0,40}}?(?:\b(?:over|along|across|through|around|up|down|at|to|from|into"
    rf"|between|past|by|beside|in|on) (?:the |a )?(?:[A-Z]'(?=[A-Z]))?{PLACE_TITLE}"
    r"|\b(?:over|along|across|through|around|by|beside|up|down|round) the (?:canal|river"
    r"|harbou?r|coast|beach|lake|hills?|park|trail|seafront|prom|promenade|waterfront|bay"
    r"|loch|quay|docks|reservoir|woods|forest|cliffs?|headland|estuary|towpath|esplanade)\b)"
)
#: A movement's named object: "Climbed Ben Nevis", "Running the Great North Run".
_OBJECT = compiled(rf"\s+(?:the )?{NAME}(?: {NAME})?")
_HERE = compiled(r"\s+here\b", _I)
#: A name opening a sentence and a time right after it: "Costco at 8pm", "No Frills on a
#: Tuesday", "HEB the Sunday before". One title-case word is not enough: it may be a common
#: noun ("Supervision on a Friday afternoon needs ..."); two, an acronym or "'s" name a place.
_NAME_THEN_TIME = compiled(
    rf"\s*(?P<name>{NAME}(?:'s)?(?:[ -]{NAME}(?:'s)?){{0,2}})"
    rf"(?: in {NAME}(?: {NAME})?)?"
    r" (?i:at \d{1,2}(?:[:.]\d\d)?(?:\s?[ap]m)?\b|on an? (?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|the (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|this (?:morning|afternoon"
    r"|evening)|(?:parkrun|lunch break|lunch|brunch|swim|dip)\b"
    # an errand's purpose: "Post office in Leith to collect my parcel"
    r"|to (?:renew|collect|pick up|get|buy|return|drop off|sort out|post) my\b)"
)
#: Names of a practice's own events, not a place: "Open Day at 10am", "Parent Workshop".
_EVENT = compiled(
    r"\b(?:Workshop|Webinar|Clinic|Group|Session|Day|Talk|Training|Event|Live|Meeting"
    r"|Practice|Service|Q&A|Class|Course|Seminar|Lecture|Conference|Hour|Circle)s?\b"
)
#: A short opening phrase, then a named place: "Pottery class in Leith every Monday".
_OPEN_IN = compiled(
    rf"\s*(?:[\w'-]+ ){{0,3}}?[\w'-]+ (?:in|at) (?:the )?(?:[A-Z]'(?=[A-Z]))?{PLACE_TITLE}"
)
#: Something to read or hear "in" a named paper or show: "Great op-ed in the Guardian".
_READ_IN = compiled(
    r"\b(?:piece|article|op-?ed|column|editorial|interview|feature|essay|segment|episode"
    r"|report|letter|write-?up|long-?read)s? (?:in|on|at) ",
    _I,
)
#: A lone doing before the preposition: it belongs to the verb ("Looking at Bowlby"), a topic.
_VERB_ONLY = compiled(r"\s*[A-Za-z]+(?:ing|ed) (?:in|at)\b")
#: Openers that make a sentence a question, advice or a report about others.
_NOT_DIARY = compiled(
    r"\s*(?:if|when|how|why|what|who|do|does|did|are|is|can|could|should|would|tips?"
    r"|research|studies|study|most|many|some|every|our|join|register|book|new|free)\b"
    # a subject and its verb: "Dad works nights at ...", "Youth in X can reach ..."
    r"|\s*[\w']+ (?:works|worked|lives|lived|is|was|were|has|had|says|said|told)\b",
    _I,
)
#: A named venue with its common noun: "at the Harris rink", "in a Tesco car park".
_VENUE_NAMED = compiled(
    rf"\b(?:at|on|in|by) (?:the |a |an )?{NAME}(?: {NAME}){{0,2}} (?:harbou?r|rink|trail"
    r"|parking lot|car park|pool|lido|beach|market|park|lake|loop|pier|station|airport"
    r"|stadium|arena|fieldhouse|leisure cent(?:re|er)|baths|gym|pub|caf[eé]|diner|bakery"
    r"|food court|mall|shopping cent(?:re|er))\b"
)
#: What the lower-cased text must hold for `_VENUE_NAMED` to run ("lot", "court", "centre"
#: and "cent" cover the two-word venues).
_VENUE_KEYS = (
    "harbo", "rink", "trail", "lot", "car park", "pool", "lido", "beach", "market", "park",
    "lake", "loop", "pier", "station", "airport", "stadium", "arena", "fieldhouse", "cent",
    "baths", "gym", "pub", "caf", "diner", "bakery", "court", "mall",
)  # fmt: skip
#: On duty, on the move or staying somewhere, opening a sentence with no subject: "On call
#: at the hospital", "In the train to Leipzig", "In Nairobi this week".
_ON_DUTY = compiled(
    r"\s*(?:[Oo]n (?:call|shift) (?:at|in|from|tonight|today|this)\b"
    r"|[OoIi]n the (?:highway|motorway|freeway|interstate|expressway|train|bus|ferry|plane"
    r"|tube|subway|metro|tram) (?:home|to|from|back|into)\b"
    # "In Nairobi this week for ...", "In Melbourne til Thursday": the author's stay, dated
    rf"|In {PLACE_TITLE}(?: {PLACE_TITLE})? (?:this (?:week|weekend)|til|till|until|today"
    r"|tonight|tomorrow|next week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?![,;]))"
    # (a comma makes it a news or statistics opener: "In Ontario this week, the province ...")
)

#: A household listed after the place ("in a kitchen in X this morning: mum, nana and three
#: siblings"): a home visit to a family, whose place it is, not the author's.
_HOUSEHOLD = compiled(rf"[:;]\s*(?:the |a |an )?{KIN}\s*(?:,|and\b)", _I)


def own_days(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Yield spans of the author's own day told without "I'm at": every shape that reads it.

    The outings of `whereabouts_own`, the fragments here and the family days
    of `whereabouts_kin_days`, in that order.
    """
    yield from own(text, low)
    yield from fragments(text, low)
    yield from kin_days(text, low)


def fragments(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Yield spans where `text` tells the author's day in a fragment (see the module).

    Args:
        text: The draft, with plain quotes.
        low: `text` lower-cased, or None (then it is lower-cased here).

    Yields:
        Start and end offsets of each fragment.
    """
    low = low if low is not None else text.lower()
    for start in (0, *(m.end() for m in STOP.finditer(text))):
        opening = text[start : start + 60].lstrip()
        head = opening.lower()
        first = head[: head.find(" ")]
        if first in ("on", "in"):
            duty = _ON_DUTY.match(text, start)
            if duty is not None:  # (the rest of the sentence may be the shift's patients)
                yield duty.end() - len(duty.group().lstrip()), duty.end()
                continue
        span = _opener(text, start, first, head if opening[:1].islower() else opening)
        # (later words may name the day's patients: "before the first patients")
        if span is not None and not (
            OTHER.search(text, *span) or THIRD.search(text, *sentence_bounds(text, start))
        ):
            yield span
    if has(low, _VENUE_KEYS):
        for m in _VENUE_NAMED.finditer(text):
            if _anchored(text, m.start()) and not _other_in(text, m.start()):
                yield m.span()
    yield from rides(text, low)


def _opener(text: str, start: int, first: str, head: str) -> tuple[int, int] | None:
    """The span of a fragment opening the sentence at `start`, or None.

    `first` is the sentence's first word, lower-cased, and `head` its first words (as
    written when they open on a capital): each pattern runs only when they could start it.
    """
    verb = _OPEN_VERB.match(text, start) if first in _VERB_FIRST else None
    if verb is not None:
        reach = _REACH.match(text, verb.end())
        # (a movement needs a time: "Running blog at ..." is a title, "Sitting at O'Hare" a now)
        errand = verb.group().lstrip().lower().startswith(("pick", "drop", "pop", "nip"))
        if reach is not None and (verb.group("pose") or errand or _anchored(text, start)):
            return verb.start("verb" if verb.group("verb") else "pose"), reach.end()
        if verb.group("verb") and not verb.group().lower().startswith(("head", "pick", "drop")):
            obj = _OBJECT.match(text, verb.end())
            if obj is not None and _anchored(text, start):
                return verb.start("verb"), obj.end()
        if verb.group("pose") and _HERE.match(text, verb.end()) and _anchored(text, start):
            return verb.start("pose"), verb.end() + 5
    named = _NAME_THEN_TIME.match(text, start) if head[:1].isupper() else None
    if named is not None and _EVENT.search(named.group("name")) is None:
        name = named.group("name")
        # (one title-case word may be a common noun: "Supervision on a Friday is ...")
        if " " in name or "'" in name or "-" in name or name.isupper():
            return named.start("name"), named.end()
    opened = _OPEN_IN.match(text, start) if " in " in head or " at " in head else None
    if (
        opened is not None
        and _VERB_ONLY.match(text, start) is None
        and _READ_IN.search(text, start, opened.end()) is None
        and _NOT_DIARY.match(text, start) is None
        and not weekly_offer(text, start)  # "Thursday evenings at the X office. Sign up: ..."
        and _anchored(text, start)
        and not _other_in(text, start)
        and _HOUSEHOLD.search(text, opened.end(), sentence_bounds(text, start)[1]) is None
    ):
        return opened.span()
    return None


def _anchored(text: str, pos: int) -> bool:
    """Whether the sentence around `pos` holds a time of the author's day."""
    s, e = sentence_bounds(text, pos)
    return ANCHOR.search(text, s, e) is not None or DAY_WORDS.search(text, s, e) is not None


def _other_in(text: str, pos: int) -> bool:
    """Whether the sentence around `pos` is about someone else."""
    s, e = sentence_bounds(text, pos)
    return OTHER.search(text, s, e) is not None
