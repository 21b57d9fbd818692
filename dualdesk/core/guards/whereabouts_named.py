"""Places told by their own names: travel to a named place, a place with a when.

`movements` reads a movement to or in a place ("flying to Denver", "a week in
Lisbon", "training in Cork"), with the checks that make it no one's
whereabouts (`NOT_PLACES`, `NOT_SELF`, `RETURN_TO_SPORT`). `place_when`
reads a place named at a sentence start, without "I" ("Up Ben Lomond this
morning").

A clinician often says where they are with no subject at all: "Costco on a
Saturday morning was a mistake", "Heaton Park parkrun this morning", "At the
Etihad for work tonight". What tells these apart from teaching is the proper
name (a capital that is not a month, a day or an abstract noun) together with
a when. That pattern is case-sensitive: the capital is the point. Each pattern
is bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Folding

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
#: A capitalised word that is a month, a day or a pronoun, not a place.
_NOT_NAME = (
    r"(?!(?:I|The|This|That|My|Our|January|February|March|April|May|June|July|August"
    rf"|September|October|November|December|{_DAY})\b)"
)
_NAME = r"[A-Z][a-z][\w'’-]*"
#: The head word of a place name: "Heaton Park", "Trafford Centre", "Sefton Park".
_HEAD = (
    r"(?:Park|Centre|Center|Mall|Market|Square|Gardens?|Common|Heath|Beach|Bay|Lake|Loch|Hill"
    r"|Hills|Falls|Forest|Woods?|Reservoir|Stadium|Arena|Ground|Station|Airport|Pier|Bridge"
    r"|Street|Road|Lane|Quay|Island|Zoo|Village|Trail|Canal|Retail Park|Shopping Centre)"
)
#: When, in the same sentence: "this morning", "tonight", "through Thursday", "before sunrise".
_WHEN = (
    r"(?:tonight|today|tomorrow|this (?:morning|afternoon|evening|weekend)"
    rf"|(?:on (?:a )?|this |next |through |thru |until |till ){_DAY}"
    r"|(?:before|at|for) (?:sunrise|sunset|dawn|dusk|first light))\b"
)
#: A single capitalised word that reads as a common noun or a doing, not a place name.
_ABSTRACT = (
    r"(?![A-Za-z]*(?:ion|ing|ness|ment|ity|ogy|apy|ics|ism|ship|ance|ence|[^'’s\W]s)\b"
    r"|(?:Work|Clinic|Admin|Rest|Life|Sleep|Lunch|Dinner|Brunch|Breakfast|Group|Practice"
    r"|Teaching|Email|Notes|Homework|Paperwork|Supervision|Everything|Nothing|Anything)\b)"
)

#: Movement to or in a place: "flying to Denver", "back in Leeds", "a week in Lisbon".
_PLACE_NOUN = (
    r"airport|gym|beach|park|lake|cabin|mountains|coast|hotel|conference|convention|retreat"
    r"|caf[eé]|coffee shop|bar|pub|restaurant|hospital|dentist|vet|grocery store|mall|station"
    r"|train|plane|concert|game|stadium|festival|wedding|funeral|party|pool|spa|library|church"
    r"|temple|mosque|zoo|museum|theat(?:er|re)|cinema|movies|farmers'? market|trail|slopes"
    r"|cottage|lake house|beach house|cape|shore|city|countryside|airbnb|resort|cruise|ER"
)
#: (Letters include accented ones: "Pōrangahau", "Kraków", "Łódź", "Ōhope".)
_SMALL = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017e"
_CAP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017d"
_CAP_PLACE = rf"(?:[{_CAP}][{_SMALL}]+(?:\s(?:[{_CAP}][{_SMALL}]+|de|del|la))?|[A-Z]{{2,5}}\b)"
NOT_PLACES = compiled(
    r"^(?:I|I'm|It|The|This|That|My|Our|Your|We|You|They|He|She|And|But|So|Therapy|Session"
    r"|Awe|Love|Person|Practice|Private Practice|Session|Group|Zoom|Telehealth|DBT|CBT|EMDR"
    r"|ACT|IFS|PTSD|ADHD|OCD|ASD|Mental Health|Gratitude|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|Part|Chapter|Week|Day"
    # a language one speaks or switches to ("back to Spanish"), not a place one goes
    r"|English|Spanish|French|German|Italian|Portuguese|Arabic|Urdu|Hindi|Punjabi|Tagalog"
    r"|Mandarin|Cantonese|Korean|Japanese|Vietnamese|Polish|Russian|Swahili|Somali|Farsi"
    r"|Dari|Pashto|Turkish|Greek|Welsh|Gaelic|Irish|Spanglish|Taglish|Creole|Patois)$"
)
#: Words before a movement that make it someone else's ("whose family just arrived from").
#: "Keep coming back to" an idea; a third person's wish or threat ("threatens to move back to").
NOT_SELF = compiled(
    r"\b(?:(?:he|she|they|whose \w+|family|who|kids|client|patient|parents)\s+(?:just\s+"
    r"|has\s+|have\s+|had\s+|recently\s+|got\s+|is\s+|was\s+)?|(?:keeps?|kept) (?:coming|going)\s+"
    r"|(?!(?:wa|ha|i|thi|it|u)s\b)[a-z]+[^\Ws]s to (?:move|go|fly|head|travel|come|get)\s+"
    # a relative clause's own verb: "a dad who flew back from", "the aunt who drove in from"
    r"|\bwho\s+(?:just\s+|had\s+|has\s+|recently\s+)?[a-z]+\s+)$",
    re.IGNORECASE,
)
#: Back in the water, or back from a ligament tear: a return to sport, not a place to find you.
RETURN_TO_SPORT = compiled(
    r"back (?:(?:in|on|at|to) (?:the )?(?:pool|gym|water|court|pitch|field|track|ice|game)\b"
    r"|from (?:the |an? |his |her |their |my )?(?:[AMP]CL|injury|surgery|op|operation)\b)",
    re.I,
)
#: Three leads in one scan: travel ("flying to Denver", "back at the gym": a place noun or
#: a capital, group 1), a part of the day or a stay ("a week in Lisbon") and a meeting
#: ("training in Cork"), both of which need a capital. (The leads ask for no capital, so they
#: run on lower-cased text, with no named group, whose "P" would stop that; the place after
#: them is then matched on the text itself.)
_LEAD = Folding(
    compiled(
        r"(?=\w)\b(?:(i'?m|i am|we'?re|we are|i'll be|i will be|we'll be|heading|headed"
        r"|flying|driving|traveling|travelling|leaving|landed|arrived|arriving|back|going"
        r"|visiting|spending|off|currently|be|through"
        # the trip itself, with no subject: "the drive down to Carstairs", "tiki tour to"
        r"|drive|drove|trip|tour|commute|journey|ride|rode)\s+(?:(?:out |home |over |down"
        r" |up )?"
        r"(?:to|in|into|at|from|for|on)\s+)(?:(?:the|a|an|my|our)\s+)?"
        r"|(?:morning|evening|afternoon|night|nights|day|days|weekend|week|weeks|fortnight"
        r"|months?|sunset|sunrise)\s+(?:up |down |out |over |away )?in\s+"
        r"|(?:conference|summit|training|workshop|retreat|convention|meeting|speaking"
        r"|presenting|talk|keynote|panel|congress|symposium|seminar|course|festival"
        r"|tournament)\s+(?:in|at)\s+)",
        re.IGNORECASE,
    )
)
_WHERE_TRAVEL = compiled(rf"(?i:{_PLACE_NOUN})\b|{_CAP_PLACE}")
_WHERE_NAMED = compiled(_CAP_PLACE)


def movements(text: str, low: str | None) -> Iterator[tuple[int, int, str]]:
    """Start, end and place of each movement to or in a place (see `_LEAD`).

    Args:
        text: the draft.
        low: `lexicon.lowered(text)`.
    """
    for m in _LEAD.finditer(text, low):
        where = (_WHERE_TRAVEL if m.group(1) else _WHERE_NAMED).match(text, m.end())
        if where is not None:
            yield m.start(), where.end(), where.group()


#: A place named at a sentence start with a when: "At the Etihad for work tonight", "In
#: Sacramento through Saturday", "Heaton Park parkrun this morning", "Mt. Baldy before
#: sunrise", and a one-word name on a day ("Costco on a Saturday morning").
_PLACE_WHEN = (
    rf"(?:(?:At|In|Up) (?:the )?{_NOT_NAME}{_NAME}(?: {_NAME})?"
    rf"|(?:Mt\.?|Mount) {_NAME}|{_NAME}(?: {_NAME})? {_HEAD})[^.!?\n]{{0,40}}?\b{_WHEN}"
    rf"|{_NOT_NAME}{_ABSTRACT}{_NAME}(?: at \d{{1,2}}(?::\d\d)?\s?[ap]m)? on (?:a )?{_DAY}\b"
)
#: (The text's start is tried once with `match`; the scan after a full stop then starts on a
#: character class, which the regular expression engine skips to quickly.)
_PLACE_WHEN_FIRST = compiled(_PLACE_WHEN)
_PLACE_WHEN_NEXT = compiled(rf"[.!?…\n]\s*(?:{_PLACE_WHEN})")


def place_when(text: str) -> Iterator[re.Match[str]]:
    """Matches of a place named at a sentence start with a when (see `_PLACE_WHEN`)."""
    first = _PLACE_WHEN_FIRST.match(text)
    if first is not None:
        yield first
    yield from _PLACE_WHEN_NEXT.finditer(text, first.end() if first else 0)
