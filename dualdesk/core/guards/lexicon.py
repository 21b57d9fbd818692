"""Shared vocabulary of the guards: dates, links, addresses, phone numbers.

Several rules need to recognise the same kinds of text (a date is part of
an office closure for `whereabouts` and part of a birthday for `phi`), so
the patterns live here once, compiled at import. Every pattern is written
to run in linear time on any input: no nested unbounded repetition.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from dualdesk.core.guards import story_screen
from dualdesk.core.guards.abbreviations import ends_sentence, may_abbreviate
from dualdesk.core.guards.alternation_trie import compiled

# Re-exported: the readers import both from here.
from dualdesk.core.guards.folding import Folding as Folding  # noqa: PLC0414
from dualdesk.core.guards.folding import Hits as Hits  # noqa: PLC0414
from dualdesk.core.links import EMAIL_PATTERN, URL_PATTERN

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
)
_ORDINAL = r"(?:st|nd|rd|th)?"

#: A calendar date: "March 3", "3 March", "Mar. 3rd, 2026", "3/14", "3/14/26", "2026-03-14".
DATE = compiled(
    rf"\b(?:{MONTH}\.?\s+\d{{1,2}}{_ORDINAL}(?:\s*[-–]\s*\d{{1,2}}{_ORDINAL})?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{MONTH}\b(?:,?\s+\d{{4}})?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)

#: Words that pin a time to a day: weekdays, holidays, "next week".
DAY_WORDS = compiled(
    rf"\b(?:{WEEKDAY}\b|tomorrow|tonight|this (?:week(?:end)?|friday|monday)"
    r"|next (?:week(?:end)?|month|\w+day)|over the (?:holidays?|break|weekend)"
    r"|thanksgiving|christmas|xmas|new year'?s?|hanukkah|easter|passover|eid|diwali"
    r"|memorial day|labou?r day|july 4(?:th)?|the 4th|spring break|winter break)",
    re.IGNORECASE,
)

#: A link as X makes one, and an email address (`dualdesk.core.links` says which).
URL = compiled(URL_PATTERN, re.IGNORECASE)
EMAIL = compiled(EMAIL_PATTERN)
#: What every URL match holds: a scheme's "://", "www." or a dot before a letter (the domain's
#: ending). A draft without any is not scanned for links.
_LINK_HINT = compiled(r"://|www\.|\.[a-z]", re.IGNORECASE)


@lru_cache(maxsize=16)
def links(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of URL matches in `text`, found once for every guard that asks.

    Several guards look for links in the same draft on each keystroke;
    scanning for a bare domain is one of the slower patterns, so the spans
    of the last few texts are kept.
    """
    if _LINK_HINT.search(text) is None:
        return ()
    return tuple(m.span() for m in URL.finditer(text))


@lru_cache(maxsize=16)
def emails(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of EMAIL matches in `text`, kept like `links`."""
    return tuple(m.span() for m in EMAIL.finditer(text))


#: A North American or international phone number (not a bare year or count).
PHONE = compiled(
    r"(?<![\w/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w/-])"
    r"|(?<![\w/.-])\+\d{2,3}[\s.-]?\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w/-])"
)

#: Toll-free prefixes: numbers of organisations (crisis lines), not of a person.
TOLL_FREE = compiled(r"^\+?1?[\s.-]?\(?8(?:00|88|77|66|55|44|33)\b")

#: A sentence about a public, historical or fictional person, not someone the author treats.
#: A year inside a numeric date ("04/12/1987", a date of birth) is no sign of history.
PUBLIC = compiled(
    r"\b(?:(?<![/.-])(?:1[5-9]\d\d)s?\b(?! (?:am|pm))|freud|jung|adler"
    r"|rogers|binet|piaget|skinner|pavlov|bowlby|winnicott|erikson|maslow|milgram|beck|linehan"
    r"|invented|discovered|founded|pioneered|famous|history|historical|the news|in the news"
    r"|reported|headline|article|(?:the|this|that) novel|the film|the movie|the show|(?:tv"
    r"|podcast|this"
    r"|the) episode|(?:ep|episode|season|series) ?\d{1,2}\b|character|memoir"
    r"|built an app|launched|won an award|named (?:time|person) of)\b"
    r"|\bin ['\"\u2018\u201c][a-z]|\bat (?:a|the|my) (?:talk|workshop|conference|training"
    r"|webinar|event|book signing|launch|panel)\b",
    re.IGNORECASE,
)

_PUBLIC_OR_SCREEN = compiled(f"(?i:{PUBLIC.pattern})|{story_screen.SCREEN.pattern}")


#: Typographic quotes and apostrophes, each mapped to its plain one-character form.
_PLAINS = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
#: As a string indexed by code point (`str.translate` takes any table it can index): a dict
#: costs a failed look-up for each distinct character; one past the end is left as it is.
_PLAIN = "".join(_PLAINS.get(chr(i), chr(i)) for i in range(max(map(ord, _PLAINS)) + 1))


def plain(text: str) -> str:
    """Return `text` with curly quotes and apostrophes made straight.

    Each character maps to exactly one character, so offsets found in the
    result are offsets in `text` too; the patterns need only the plain forms.
    """
    return text if text.isascii() else text.translate(_PLAIN)  # only non-ASCII ones change


#: How far a sentence may reach from a position: keeps pattern checks local on huge texts.
SENTENCE_REACH = 300


_STOP = re.compile(r"[.!?\n]")


@lru_cache(maxsize=16)
def sentence_stops(text: str) -> tuple[int, ...]:
    """The offsets of the sentence stops in `text`, found once per text.

    A review asks for the sentence around a position some thirty times. A
    full stop of an abbreviation, an initial or a number ("Dr. Patel",
    "No. 14", "J. M.", "3.5") is none (`abbreviations.ends_sentence`).
    """
    stops = tuple(m.start() for m in _STOP.finditer(text))
    if not may_abbreviate(text):
        return stops
    return tuple(i for i in stops if text[i] != "." or ends_sentence(text, i))


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Return the start and end offsets of the sentence holding `pos`.

    A sentence ends at ".", "!", "?" or a line break, and reaches at most
    SENTENCE_REACH characters either side of `pos`, so checks that run once
    per match stay linear on very long texts without punctuation.
    """
    low = max(0, pos - SENTENCE_REACH)
    high = min(len(text), pos + SENTENCE_REACH)
    stops = sentence_stops(text)
    i = bisect_left(stops, pos)
    start = stops[i - 1] + 1 if i and stops[i - 1] >= low else low
    end = stops[i] if i < len(stops) and stops[i] < high else high
    return start, end


@lru_cache(maxsize=16)
def public_hits(text: str) -> Hits:
    """Return where PUBLIC matches in `text`, shared by both readings of identifiers.

    The plain-text pattern of public things (helplines, organisations, years)
    is one of the slower scans; phi and its reading inside a client story ask
    it of the same text, so the last few texts keep theirs.
    """
    if story_screen.on_screen(text, text.lower()):
        return Hits(_PUBLIC_OR_SCREEN, text)  # a show's titles and characters are public too
    return Hits(PUBLIC, text)


def lowered(text: str) -> str | None:
    """Return `text` lower-cased, or None when lower-casing would move offsets.

    A few characters (such as "\u0130") lower-case to two; then the
    case-insensitive patterns must run on the original text instead.
    """
    low = text.lower()
    return low if len(low) == len(text) else None
