"""Whereabouts look-alikes whose grammar puts nobody anywhere.

A travel or place phrase is the clinician's whereabouts only when the
words after "at" or "in" are a place and someone goes there. These shapes
say otherwise, by grammar rather than by wording:

- an English fixed phrase after "in" ("here in case anyone needs it",
  "in general", "in fact"): a conjunction or an adverb, not a place;
- a bare number after "at" or "to" that is no clock time ("most trials
  stop at 75", "scores drop to 40"): a value, not a stop;
- a thing sent somewhere in the passive, its subject a plural noun
  ("sessions get reported back to HR", "notes are sent on to the GP"):
  paperwork moving, not the author;
- a scene in a named programme the sentence says is on screen ("days in
  The Pitt ... I've seen on TV"), with no "today" or "tonight": a
  character's place;
- a thing made "here in" a place ("built right here in Dunedin"): the
  author's home town told with pride, not where they are today;
- a local crisis or support line "here in" a place ("here in Leeds the
  crisis team's number is ..."): the area a service covers, not where the
  author is today;
- a pause to cry or breathe in an unnamed car or car park, told as over ("had
  to go sit in my car after", "sat in the car and cried"): a feeling after a
  session, nowhere a reader could find now ("I'm sitting in my car for a bit"
  still tells where the author is);
- a small hour in a sentence addressed to "you" with no "I" in it ("learn
  it before it's 3am and you're guessing"): the reader's night, as advice.

`no_place(text, start, end, night)` says whether one of these holds for a
finding's span.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

_I = re.IGNORECASE

#: "in" + a word that makes a fixed phrase, at the end of a span.
FIXED_IN = compiled(
    r"\bin\s+(?:case|general|particular|fact|short|theory|principle|practice|turn|total"
    r"|advance|brief|sum|effect|essence|mind|order|return|response|vain|part|time|truth)\b",
    _I,
)
#: A bare number (a value, no clock time) right after a span ending in "at" or "to".
VALUE_AFTER = compiled(
    r"\s*\d+(?:\.\d+)?(?![\d:]|\.\d|\s*(?:am|pm|a\.m|p\.m|o'?clock|h\b|hrs?\b|hours?\b)|[a-z])",
    _I,
)
#: A plural noun sent somewhere in the passive, just before the span.
PASSIVE_BEFORE = compiled(
    r"\b(?!(?:i|we|you|they|us|kids|guys|folks)\b)[a-z]+s\s+(?:often\s+|ever\s+|also\s+)?"
    r"(?:get|gets|got|are|were|is|was|be|being|been|have been|has been)\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|sent|given|taken|put)\s+$",
    _I,
)
#: A thing made where the author lives, told with pride: "built right here in Dunedin",
#: "made here in Leeds" (a home town, not where the author is today; "made it here in" is
#: the author arriving).
MADE_HERE = compiled(
    r"\b(?:built|made(?! it\b)|developed|designed|founded|created|invented|grown|brewed|produced"
    r"|researched|written|started)\b(?:\s+[\w'’-]+){0,3}?\s+(?:right\s+)?$",
    _I,
)
#: A crisis or support line in the sentence after "here in ...": the area a service covers.
LOCAL_LINE = compiled(
    r"\b(?:crisis|distress|help|hot|warm|text|life|support)[ -]?(?:line|team|cent(?:re|er))s?\b"
    r"|\bcrisis (?:service|number)s?\b",
    _I,
)
#: Said of a screen: the programme's people and places are characters'.
ON_SCREEN = compiled(
    r"\bon\s+(?:tv|telly|television|screen|netflix|hbo|hulu|prime|the box)\b"
    r"|\b(?:tv|television|hospital|medical|streaming)\s+(?:show|series|drama)s?\b",
    _I,
)
#: A capitalised title inside the span: "in The Pitt", "in Grey's Anatomy".
TITLE = compiled(r"\b(?:in|on|at)\s+(?:The\s+)?[A-Z][\w']+")
#: A time that makes a sentence the author's day ("in the hotel in Lisbon tonight").
TODAY = compiled(r"\b(?:tonight|today|tomorrow|this (?:week|weekend|morning|evening))\b", _I)
#: The reader as subject: "you're guessing", "you are on call".
READER = compiled(r"\byou(?:'re|\u2019re| are|'ll| will)?\b", _I)
#: The author in a sentence.
AUTHOR = compiled(r"\b(?:i|i'm|i've|i'd|i'll|me|my|we|we're|our|us)\b", _I)
#: A moment to pull oneself together in an unnamed car or lot, the whole remark: "sit in my
#: car", "crying in the car park" (no town, no shop: nowhere a reader could find).
PAUSE_IN_CAR = compiled(
    r"(?:go (?:and )?)?(?:sit|sat|sitting|cry|cried|crying|sob|sobbed|sobbing|hide|hid|hiding"
    r"|breathe|breathing)(?: for a (?:bit|minute|moment|while))? in (?:my|the) (?:car|truck|van"
    r"|parking lot|car park)",
    _I,
)
#: A place later in the sentence: "... in the car outside Aldi", "... at the sheriff court".
NAMED_AFTER = compiled(
    r"[^.!?\n]{0,40}?\b(?:in|at|outside|by|near|on) (?:(?:the|a) [a-z]|(?:the )?[A-Z])"
)
#: The pause is over, told after the session: "had to go sit", "sat ... after", "cried".
PAUSE_DONE_BEFORE = compiled(r"\b(?:had to|went (?:and|to)|needed to)(?: go(?: and)?)?\s+$", _I)
PAUSE_DONE_AFTER = compiled(r"(?: for a (?:bit|minute|moment|while))? (?:after|afterwards)\b", _I)
PAUSE_DONE_VERB = compiled(r"(?:sat|cried|sobbed|hid)\b", _I)


def _pause_over(text: str, start: int, end: int) -> bool:
    """Whether a pause in a car at text[start:end] is told as over, with no place after it."""
    if NAMED_AFTER.match(text, end):
        return False
    return (
        PAUSE_DONE_VERB.match(text, start) is not None
        or PAUSE_DONE_BEFORE.search(text, max(0, start - 16), start) is not None
        or PAUSE_DONE_AFTER.match(text, end) is not None
    )


def _ends_passive(text: str, start: int) -> bool:
    """Whether text[:start] can end as a PASSIVE_BEFORE match does, checked before the scan.

    Such a match ends in spaces right after "-ed", "sent", "given", "taken" or "put": a
    "d", "t" or "n", letters with no other case fold. The pattern itself is tried at every
    position of the 40 characters before the remark.
    """
    return text[start - 1 : start].isspace() and text[:start].rstrip()[-1:] in "dDtTnN"


def no_place(text: str, start: int, end: int, *, night: bool = False) -> bool:
    """Whether the remark at text[start:end] places nobody (see the module docstring).

    Args:
        text: the draft.
        start: where the remark starts.
        end: where it ends.
        night: the remark is a late-night one.
    """
    said = text[start:end]
    if PAUSE_IN_CAR.fullmatch(said) and _pause_over(text, start, end):
        return True  # "I had to go sit in my car after": a feeling, not a place now
    last_in = said.lower().rfind(" in ")
    if last_in >= 0 and FIXED_IN.match(text, start + last_in + 1):
        return True  # "leaving this here in case": no place follows "in"
    if said.rstrip().lower().endswith((" at", " to")) and VALUE_AFTER.match(text, end):
        return True
    if _ends_passive(text, start) and PASSIVE_BEFORE.search(text, max(0, start - 40), start):
        return True
    if said[:8].lower() == "here in " and MADE_HERE.search(text, max(0, start - 40), start):
        return True
    s, e = sentence_bounds(text, start)
    if said[:8].lower() == "here in " and LOCAL_LINE.search(text, end, e):
        return True  # "here in Kent the crisis line is ...": the area a line covers
    if TITLE.search(said) and ON_SCREEN.search(text, s, e) and not TODAY.search(text, s, e):
        return AUTHOR.search(text, s, start) is None
    if night and READER.search(text, s, e):
        return AUTHOR.search(text, s, e) is None
    return False
