"""Where the author works or drives right now, and when they are up at night.

- a named road with the author on it now: "been on Third Mainland Bridge
  for almost 2 hours", "Hwy 28 is a skating rink this morning", "crawling
  along Mombasa Road";
- working from a named place for a while: "Working from Artcaffe Westgate
  till 3", "writing at Kaldi's on 5th this afternoon";
- a subjectless fragment at a small hour or late in the evening: "Charting
  at 1:47am.", "Still awake at 2:15am!", "Typing at 11:40pm at the kitchen
  table.", "12:47am, still charting" (the sentence ends with the time or
  the place: it is the author's now, not advice such as "Texting at 2am is
  normal for teens");
- a transit service from or to a named place, now: "Luas from Ranelagh
  was rammed this morning", "Matatu to Westlands again";
- the author's own night shifts with a start: "Block of four night shifts
  starting tonight", "on nights from Thursday".

A road that a client lives off ("lives just off Jogoo Road"), a road
without a now ("Hwy 28 needs a bypass"), and another person's shifts are
left alone: the road needs the author's now, and `whereabouts` drops a
remark someone else makes.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Folding, sentence_bounds

_I = re.IGNORECASE
_CAP = r"(?-i:[A-Z][\w'-]*|\d{1,3}(?:st|nd|rd|th)?)"
#: A named road: "Third Mainland Bridge", "Mombasa Road", "Hwy 28", "Route 9", "I-90".
_ROAD = (
    rf"(?:(?:{_CAP}\s+){{1,3}}(?-i:Bridge|Road|Rd|Highway|Expressway|Motorway|Freeway"
    r"|Bypass|Pass|Parkway|Causeway)"
    r"|(?-i:Hwy|Highway|Route|Rte|Interstate|SR|Hwy\.)\s?\d{1,3}|(?-i:I)-\d{1,3})\b"
)
#: The author on a named road now: moving along it, or the road opening the sentence.
ON_ROAD = compiled(
    r"\b(?:been|stuck|sitting|crawling|crawled|driving|inching|parked|still|commute|drive"
    r"|heading|on|along|down|up|via|across)\s+(?:the\s+)?"
    + _ROAD
    + r"|(?:^|(?<=[.!?]\s)|(?<=\n))"
    + _ROAD,
    _I,
)
#: A now in the road's sentence: the time of day, "again", the commute or a duration.
_ROAD_NOW = compiled(
    r"\b(?:this\s+(?:morning|afternoon|evening)|today|tonight|right now|rn|again|commute"
    r"|(?:almost|nearly|over|about|an?|\d+(?:\.\d)?|two|three)\s+(?:hours?|hrs?|h|mins?"
    r"|minutes))\b",
    _I,
)
#: "Working from Artcaffe Westgate till 3", "working out of Toa Payoh library this week".
WORKING_FROM = compiled(
    r"\b(?:working|writing|charting|typing|studying|camped out|doing notes)\s+(?:today\s+)?"
    r"(?:from|at|in|out of|out)\s+(?:the\s+)?"
    r"(?!(?-i:Home|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b)"
    rf"(?:{_CAP}\s+){{0,2}}(?-i:[A-Z][\w'-]+)(?:\s+(?:library|caf[eé]|hotel|lounge|office))?",
    _I,
)
#: A stretch of time for the work spot: "till 3", "today", "this week".
_SPOT_NOW = compiled(
    r"\b(?:till|until|til|today|all day|this\s+(?:morning|afternoon|week)|for the (?:day"
    r"|afternoon|morning))\b",
    _I,
)
#: "Charting at 1:47am.": a fragment whose sentence ends at a small hour.
_LATE = r"(?:(?:12|[1-4])(?:[:.][0-5]\d)?\s?(?:am|a\.m\.)|(?:10|11)[:.][0-5]\d\s?(?:pm|p\.m\.))"
SMALL_HOUR_FRAGMENT = compiled(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:still\s+)?[a-z]+ing(?:\s+[\w'-]+){0,3}?\s+at\s+"
    rf"{_LATE}(?:\s+(?:at|in|on)\s+(?:the|my)\s+[\w-]+(?:\s+[\w-]+)?)?\s*(?:again\s*)?[.!]"
    rf"|{_LATE}\s*[,.:-]+\s*(?:and\s+)?still\s+[a-z]+ing\b)",
    _I,
)
#: "Luas from Ranelagh was rammed this morning": a transit service opening the sentence, from
#: or to a named place (the sentence needs a now, see `_ROAD_NOW`).
SERVICE_BEFORE = compiled(
    r"\b(?:the\s+|my\s+|our\s+)?(?:train|tram|bus|ferry|flight|plane|tube|metro|subway|dart|luas"
    r"|bart|mrt|lrt|skytrain|overground|s-?bahn|u-?bahn|jeepney|matatu|danfo|trotro|tuk-?tuk"
    r"|boda|okada|keke|shuttle|coach|red-?eye)(?:\s+back)?$"
)
#: What may come before the service in its sentence: one word at most ("Packed", "7:40").
_TRANSIT_LEAD = compiled(r"\s*(?:[\w:.'-]+\s+)?")
#: The place's name after the service: "Ranelagh", "Ward's".
_NAME = compiled(r"[\w'-]+")
#: The words that join a service to the place it runs from or to.
_TOWARDS = (" from ", " to ", " into ", " out of ")
#: "night shifts starting tonight", "on nights from Thursday": the author's own nights.
NIGHT_SHIFTS = compiled(
    r"\b(?:night\s+shifts?|nights|nightshifts?)\s+(?:starting|start|starts|begin\w*|from)\s+"
    r"(?:tonight|tomorrow|today|this\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    _I,
)
#: A clock time with am or pm: the small-hour fragment is read only when one is present.
_CLOCK = compiled(r"\d\s?[ap]\.?m\b")
_F_SMALL_HOUR_FRAGMENT = Folding(SMALL_HOUR_FRAGMENT)
_F_NIGHT_SHIFTS = Folding(NIGHT_SHIFTS)
#: Capitalised words one of which a named road holds: one scan, cheaper than many `in`s.
_ROAD_WORDS = compiled(
    r"Bridge|Road|Rd|Hwy|Highway|Route|Rte|I-|Expressway|Motorway|Freeway|Parkway|Causeway"
    r"|Bypass|Pass|SR"
)
#: Someone else's shifts or drive, just before the remark.
_OTHERS = compiled(
    r"\b(?:clients?|patients?|their|his|her|your|you|they|he|she|nurses|staff|people"
    r"|parents)\s+(?:[\w'-]+\s+){0,2}$",
    _I,
)


def spans(text: str, low: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return spans of the author's road, work spot or night shifts, and of small hours.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased (same offsets).

    Returns:
        (where, night): (start, end) spans of where the author is or will be, and of the
        author up at a small hour; both empty when no key word is present.
    """
    found: list[tuple[int, int]] = []
    night: list[tuple[int, int]] = []
    if _ROAD_WORDS.search(text):
        found += _with_now(text, [m.span() for m in ON_ROAD.finditer(text)], _ROAD_NOW)
    if "working " in low or "writing " in low or "charting " in low or "notes " in low:
        found += _with_now(text, [m.span() for m in WORKING_FROM.finditer(text)], _SPOT_NOW)
    if ("am" in low or "pm" in low) and _CLOCK.search(low):
        night += [m.span() for m in _F_SMALL_HOUR_FRAGMENT.finditer(text, low)]
    if "nights" in low or "night shift" in low:
        found += [m.span() for m in _F_NIGHT_SHIFTS.finditer(text, low)]
    found += _with_now(text, _transit(text, low), _ROAD_NOW)
    return [sp for sp in found if not _others(text, sp[0])], night


def _with_now(
    text: str, spans: list[tuple[int, int]], now: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Those of `spans` whose sentence also holds a `now`, reaching to a `now` after it.

    The span runs on to the now ("Harbour Bridge has kept me for an hour"), so the
    remark is shown whole and a reading inside it is not cut off.
    """
    found = []
    for start, end in spans:
        s, e = sentence_bounds(text, start)
        if when := now.search(text, s, e):
            found.append((start, max(end, when.end())))
    return found


def _transit(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of a service opening its sentence, from or to a capitalised place."""
    found = []
    for word in _TOWARDS:
        at = low.find(word)
        while at >= 0:
            place = at + len(word)
            service = SERVICE_BEFORE.search(low, max(0, at - 16), at)
            if service and text[place : place + 1].isupper():
                s, _ = sentence_bounds(text, at)
                name = _NAME.match(text, place)
                if name and _TRANSIT_LEAD.fullmatch(low, s, service.start()):
                    found.append((service.start(), name.end()))
            at = low.find(word, at + 1)
    return found


def _others(text: str, start: int) -> bool:
    """Whether someone else is the subject just before `start`."""
    return _OTHERS.search(text, max(0, start - 30), start) is not None
