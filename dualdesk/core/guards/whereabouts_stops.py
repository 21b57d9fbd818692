"""Stops in the author's own day: lunch in the car, the weekly shop, a wander, a gym.

Between the journeys a clinician's day has stops, and a post about one says
where they are: "sandwich in the van between home visits", "12:40 - ate at my
desk", "quick Aldi shop at 7pm", "doing the messages at the Fort", "had a
wander round the Lanes at lunch", "a tiny noodle place near Shibuya
station", "bouldering gym in Leith after work". The shapes:
- food with the author's vehicle ("lunch ... in the car", "in the truck
  between clinics"), or with their desk in a day told by the clock (a desk
  alone is only the workplace everyone knows);
- the author's shop run at a named shop or with a clock time ("big Tesco
  shop at 8pm", "getting the messages at the Forge");
- a wander round a named place ("a mooch round the Barras");
- a small eating place near a named place or an exit ("a little place in
  Belzoni", "the tiny place behind exit 3");
- a leisure venue in a named district with a routine time ("climbing gym in
  Seongsu after work");
- the author's visit at a named place ("home visit out in Lisburn", "school
  visit at St Anne's"): the client's street is where the author is, too;
- a sentence opened by a dip or a swim at a named place ("Swam at Kilcobben
  at 6"), the author's by the missing subject;
- an itinerary of named places with their parts of the day ("Antrim this
  morning, Larne this afternoon");
- the author speaking, teaching or presenting, with a time in the sentence
  ("Tonight 7pm I'm talking to the county nurses about burnout").

Whose stop it is is checked by `whereabouts` (the ownership reading) for
every span; these patterns also skip a clause whose subject is someone
else ("she ate in the car"). Each pattern runs only when its key word is in
the lower-cased text.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.guards.whereabouts_errands import third_before

_I = re.IGNORECASE
_VEHICLE = r"(?:car|truck|van|ute|pickup|bakkie|cab|motor)"
#: Food or a pause, then the author's vehicle or desk in the same sentence.
_MEAL_STOP = compiled(
    r"(?=\w)(?:\b(?:eating|ate|lunch|breakfast|brekkie|dinner|tea|meal(?: deal)?|snack"
    r"|sandwich|sarnie|butty|coffee)\b"
    rf"[^.!?\n]{{0,50}}?\b(?:in (?:the|my) {_VEHICLE}|(?P<desk>at my desk))\b"
    rf"|\bin (?:the|my) {_VEHICLE} between (?:the |my )?(?:visits|clinics|sessions"
    r"|appointments|home visits|patients|clients|schools|sites|(?:morning|first|am) \w+)\b)",
    _I,
)
#: The author's shop run: at a named shop or at a clock time (case-sensitive name).
_SHOP = compiled(
    r"\b(?i:big|weekly|quick|wee|food|midnight|late|emergency) [A-Z][\w'&]+"
    r" (?i:shop|run|dash)\b(?= (?i:at|in|on|before|after|tonight|today|this))"
    r"|\b(?i:getting|doing|did|got|get|do) the (?i:messages|shopping|big shop|weekly shop"
    r"|food shop|groceries) (?i:at|in) (?:the )?[A-Z]",
)
#: A wander round a named place ("had a wander round the Barras").
_WANDER = compiled(
    r"\b(?i:had|having|went for|going for|off for|nipped out for|quick) a (?i:wander|walk|stroll"
    r"|mooch|nosey|nosy|browse|dander|daunder|potter|look) (?i:round|around|through|about"
    r"|along) (?:the )?(?!(?:The|This|That|My|Our|Freud|Beck)\b)[A-Z]",
)
#: A small eating place near a named place, a corner or an exit.
_SMALL_PLACE = compiled(
    r"\b(?i:a|the|this|that) (?:(?i:little|tiny|small|wee|hidden|hole-in-the-wall|cosy|cozy)"
    r" )+(?i:place|spot|caf[eé]|restaurant|bar|bakery|stall|joint|diner|deli|noodle shop"
    r"|noodle bar|pub) (?i:in|near|behind|by|round|off|next to|opposite|across from) "
    r"(?:[A-Z]|(?i:exit \d|the (?:station|corner|market|square|harbou?r|pier|bridge)\b))",
)
#: A leisure venue in a named district with a routine time in the same sentence.
_VENUE_ROUTINE = compiled(
    r"\b(?i:gym|pool|yoga|pilates|studio|sauna|spa|bathhouse|jjimjilbang|choir|karaoke"
    r"|climbing wall|bouldering|dojo|rink|court) (?i:in|at|near) (?:the )?"
    r"(?!(?:The|This|That|My|Our)\b)[A-Z][\w'-]+"
    r"(?=[^.!?\n]{0,30}\b(?i:after work|before work|at lunch|on my lunch|every (?:mon|tues"
    r"|wednes|thurs|fri|satur|sun)day|tonight|this evening|after clinic)\b)",
)
#: The author's visit at a named place: "home visit out in Lisburn", "school visit at Ardmore".
_VISIT = compiled(
    r"\b(?i:home|house|school|ward|prison|site|farm|hospital) (?i:visits?|calls?)"
    r"(?: (?i:out|over|up|down|across|round))? (?i:in|at|on|to|near) (?:the )?"
    r"(?!(?:The|This|That|My|Our|January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)[A-Z][\w'-]+",
)
#: A sentence opened by a dip or a swim at a named place: "Dipped at Kilcobben at 6".
_DIP = compiled(
    r"(?:^|(?<=[.!?\n])\s*)(?i:dipped|swam|swum|paddled|plunged|sea swim|cold dip|dip)"
    r" (?i:at|in|off|from) (?:the )?(?!(?:The|This|That|My|Our)\b)[A-Z][\w'-]+",
)
#: An itinerary: two named places, each with its part of the day ("Antrim this morning,
#: Larne this afternoon"); the second is capitalised mid-sentence, so it is a name.
_WHEN_WORDS = (
    r"(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs"
    r"|fri|satur|sun)day)"
)
_NOT_A_DAY = r"(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Tomorrow|Tonight)\b)"
_ITINERARY = compiled(
    rf"(?:^|(?<=[.!?\n]))\s*{_NOT_A_DAY}[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)? {_WHEN_WORDS}"
    rf"\s*[,;]\s*(?:then |and )?{_NOT_A_DAY}[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)? {_WHEN_WORDS}\b"
)
#: The author speaking, teaching or presenting (a time is checked in the sentence).
_TALK = compiled(
    r"(?:\b(?i:i'?m|i am|i'll be|we're|we are) |(?:^|(?<=[.!?\n]))\s*)"
    r"(?i:speaking|presenting|talking|teaching|lecturing"
    r"|guest lecturing|giving a talk|running a workshop|on a panel) (?i:to|at|for|with|on)\b"
    r"(?! (?i:(?:my |a |the |some )?(?:clients?|patients?|someone|people|kids|myself)\b))",
)
#: A time that makes a talk an appearance: today, tonight, a clock time, a weekday.
_TALK_WHEN = compiled(
    r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|\d{1,2}(?::\d\d)?"
    r"\s?(?:am|pm)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    _I,
)
_KEYS = (
    ((" car", "truck", " van", " ute", "pickup", "bakkie", " cab", "motor", "desk"), _MEAL_STOP),
    ((" shop ", " run ", " dash ", " shop.", "messages", "shopping", "groceries"), _SHOP),
    (("wander", "walk", "stroll", "mooch", "nos", "browse", "dander", "potter", "look"), _WANDER),
    ((" visit", " call"), _VISIT),
    (("dip", "swam", "swum", "paddled", "plunged", "swim"), _DIP),
)
#: Another person's: "her lunch", "their weekly shop"; or a sentence with another subject.
_THEIRS = frozenset(("her", "his", "their", "your", "its", "she", "he", "they", "you"))


def _others(text: str, start: int) -> bool:
    """Whether the stop at `start` is someone else's: their possessive, or their sentence."""
    if third_before(text, start):
        return True
    s, _ = sentence_bounds(text, start)
    words = text[s:start].lower().split()
    return bool(words) and (words[-1] in _THEIRS or words[0] in _THEIRS)


#: A clock time; a desk places the author only in a day told by the clock.
_CLOCK = compiled(r"\b\d{1,2}(?:[:.][0-5]\d\s?(?:am|pm)?|\s?(?:am|pm))\b", re.IGNORECASE)


def _clock_on(text: str, start: int) -> bool:
    """Whether a clock time comes before `start` on its line."""
    return _CLOCK.search(text, text.rfind("\n", 0, start) + 1, start) is not None


_SMALL_KEYS = ("little ", "tiny ", "small ", "wee ", "hidden ", "hole-in", "cosy ", "cozy ")
#: Parts of the day: `_ITINERARY` runs only when one ends the words before a comma.
_DAY_ENDS = ("morning", "afternoon", "evening", "today", "tomorrow", "tonight", "day")


def _day_before_comma(low: str) -> bool:
    """Whether some comma or semicolon in `low` comes right after a part of the day."""
    for mark in ",;":
        at = low.find(mark)
        while at != -1:
            if low[max(0, at - 10) : at].rstrip().endswith(_DAY_ENDS):
                return True
            at = low.find(mark, at + 1)
    return False


_TALK_KEYS = ("speaking", "presenting", "talking", "teaching", "lecturing", "a talk", "workshop",
              "panel")  # fmt: skip
_VENUE_KEYS = ("after work", "before work", "lunch", "every ", "tonight", "evening", "clinic")


def stops(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans of stops in the author's own day.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans; empty when no key word is present.
    """
    found: list[tuple[int, int]] = []
    for keys, pattern in _KEYS:
        if holds_any(low, keys):
            found.extend(
                m.span()
                for m in pattern.finditer(text)
                if not _others(text, m.start())
                and (
                    "desk" not in m.re.groupindex
                    or not m.group("desk")
                    or _clock_on(text, m.start())
                )
            )
    if holds_any(low, _VENUE_KEYS):
        found.extend(
            m.span() for m in _VENUE_ROUTINE.finditer(text) if not _others(text, m.start())
        )
    if _day_before_comma(low):
        found.extend(m.span() for m in _ITINERARY.finditer(text))
    if holds_any(low, _TALK_KEYS):
        for m in _TALK.finditer(text):
            if _TALK_WHEN.search(text, *sentence_bounds(text, m.start())):
                found.append(m.span())
    if holds_any(low, _SMALL_KEYS):
        # a place, not a person: "the best ramen near Ueno is the tiny place behind..."
        found.extend(m.span() for m in _SMALL_PLACE.finditer(text))
    return found
