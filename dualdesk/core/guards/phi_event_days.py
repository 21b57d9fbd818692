"""`phi`: a day given by a holiday or an ordinal, tied to a person's birth, care or death.

"admitted him on Halloween", "her birthday is Christmas Eve", "discharged
the day before Thanksgiving", "she died on the 2nd", "discharged him on
Tuesday the 9th": a holiday or a day of the month names a day as exactly as
"31 October" does, so with an event of someone's life or care in the same
sentence (born, birthday, admitted, discharged, died, overdose) it is a date
under Safe Harbor. The event, not the day, makes it a date of a person: "the
unit is quiet over Christmas" names no one's day, and the author's own kin
("my dad died on Boxing Day"), a colleague's day or a public figure's are
not a client's.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_patterns import OWN_FAMILY, THIRD_PERSON
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

#: A holiday, with "the day before/after" when the writer counts from it. Lower case:
#: it runs on the lower-cased draft.
HOLIDAY = compiled(
    r"(?:\bthe (?:day|night|week(?:end)?) (?:before|after) )?\b(?:christmas(?: eve| day)?|xmas"
    r"(?: eve| day)?|halloween|thanksgiving|new year'?s(?: eve| day)?|hogmanay|boxing day"
    r"|easter(?: sunday| monday)?|good friday|valentine'?s(?: day)?|(?:mother|father)'?s day"
    r"|diwali|deepavali|holi|eid(?:-ul-\w+| al-\w+)?|hanukkah|chanukah|passover|yom kippur"
    r"|rosh hashanah|lunar new year|chinese new year|juneteenth|independence day|the fourth"
    r" of july|july (?:4th|fourth)|labou?r day|memorial day|canada day|anzac day"
    r"|australia day|waitangi day|st\.? patrick'?s(?: day)?|paddy'?s day|bonfire night"
    r"|guy fawkes(?: night)?|heritage day|freedom day|youth day"
    # a day of the month with no month: "on the 14th", "tuesday the 9th"
    r"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?the \d{1,2}(?:st|nd|rd|th))\b"
)
#: An event of a person's life or care that a date ties to them.
_EVENT = compiled(
    r"\b(?:born|birthday|b-?day|admit(?:ted|ting)?|re-?admitted|discharg(?:ed|ing|e)|died"
    r"|passed(?: away)?|funeral|overdos(?:ed|e)|od'?d|attempt(?:ed)?|hospitali[sz]ed"
    r"|intake|sectioned|committed)\b"
)
#: What must be in the lower-cased draft for `HOLIDAY` to be looked for: an event's stem.
_EVENT_HINTS = (
    " born", "birth", "bday", "b-day", "admit", "dischar", "died", "passed", "funeral",
    "overdos", "od'd", "attempt", "hospitali", "intake", "sectioned", "committed",
)  # fmt: skip
#: What must be in the lower-cased draft for `HOLIDAY` to be looked for: a holiday's stem,
#: or an ordinal's ending.
_HOLIDAY_HINTS = (
    "st ", "nd ", "rd ", "th ", "st,", "nd,", "rd,", "th,", "st.", "nd.", "rd.", "th.",
    "christmas", "xmas", "halloween", "thanksgiving", "new year", "hogmanay", "boxing day",
    "easter", "good friday", "valentine", "er's day", "diwali", "deepavali", "holi", "eid",
    "hanukkah", "chanukah", "passover", "kippur", "hashanah", "juneteenth", "independence",
    "july", "labor day", "labour day", "memorial day", "canada day", "anzac", "australia day",
    "waitangi", "patrick", "paddy", "bonfire", "fawkes", "heritage day", "freedom day",
    "youth day",
)  # fmt: skip
#: Not a client's day: a colleague's, the practice's, a public institution's.
_NOT_CLIENTS = compiled(
    r"\b(?:colleague|co-?worker|supervisor|mentor|manager|receptionist|director|boss"
    r"|teammate|practice|clinic|service|charity|podcast|blog|dog|cat|puppy|kitten|neighbou?r"
    r"|friend|niece|nephew|cousin|grand\w+|god\w+)s?\b"
)


def event_days(text: str, folded: str, public: Hits) -> list[Span]:
    """Spans of a holiday or a day of the month dating someone's birth, care or death.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s.
        public: where the draft speaks of public or historical things.

    Returns:
        (start, end, kind, advice) spans of such dates.
    """
    if not holds_any(folded, _EVENT_HINTS) or not any(hint in folded for hint in _HOLIDAY_HINTS):
        return []
    found: list[Span] = []
    for m in HOLIDAY.finditer(folded):
        s, e = sentence_bounds(folded, m.start())
        if not _EVENT.search(folded, s, e) or not THIRD_PERSON.search(folded, s, e):
            continue
        if OWN_FAMILY.search(folded, s, e) or _NOT_CLIENTS.search(folded, s, e):
            continue  # "my nan was born on Christmas Day": the author's own kin
        if public.within(s, e):
            continue
        found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    return found
