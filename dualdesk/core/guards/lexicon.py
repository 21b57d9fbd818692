"""Shared vocabulary of the guards: dates, links, addresses, phone numbers.

Several rules need to recognise the same kinds of text (a date is part of
an office closure for `whereabouts` and part of a birthday for `phi`), so
the patterns live here once, compiled at import. Every pattern is written
to run in linear time on any input: no nested unbounded repetition.
"""

from __future__ import annotations

import re

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
DATE = re.compile(
    rf"\b(?:{MONTH}\.?\s+\d{{1,2}}{_ORDINAL}(?:\s*[-–]\s*\d{{1,2}}{_ORDINAL})?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{MONTH}\b(?:,?\s+\d{{4}})?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)

#: Words that pin a time to a day: weekdays, holidays, "next week".
DAY_WORDS = re.compile(
    rf"\b(?:{WEEKDAY}\b|tomorrow|tonight|this (?:week(?:end)?|friday|monday)"
    r"|next (?:week(?:end)?|month|\w+day)|over the (?:holidays?|break|weekend)"
    r"|thanksgiving|christmas|xmas|new year'?s?|hanukkah|easter|passover|eid|diwali"
    r"|memorial day|labou?r day|july 4(?:th)?|the 4th|spring break|winter break)",
    re.IGNORECASE,
)

#: A link as X would make one: with a scheme, www., or a bare domain with a common TLD.
URL = re.compile(
    r"\b(?:https?://[^\s<>\"']+"
    r"|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>\"']*"
    r"|(?<![@\w.])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}"
    r"\.(?:com|org|net|io|co|me|info|us|uk|ca|au|nz|de|ly|gov|edu|app|dev|blog|health"
    r"|care|life|page|site|online|org\.uk|co\.uk|tv)\b(?:/[^\s<>\"']*)?)",
    re.IGNORECASE,
)

#: An email address.
EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+\b")

#: A North American or international phone number (not a bare year or count).
PHONE = re.compile(
    r"(?<![\w/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w/-])"
    r"|(?<![\w/.-])\+\d{2,3}[\s.-]?\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w/-])"
)

#: Toll-free prefixes: numbers of organisations (crisis lines), not of a person.
TOLL_FREE = re.compile(r"^\+?1?[\s.-]?\(?8(?:00|88|77|66|55|44|33)\b")

_STOPS = ".!?\n"


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Return the start and end offsets of the sentence holding `pos`.

    A sentence ends at ".", "!", "?" or a line break; the scan runs in C
    (str.rfind/find), so it stays cheap on long texts.
    """
    start = max(text.rfind(c, 0, pos) for c in _STOPS) + 1
    ends = [i for i in (text.find(c, pos) for c in _STOPS) if i >= 0]
    return start, (min(ends) if ends else len(text))
