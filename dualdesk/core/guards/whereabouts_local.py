"""Outings told in local words: errand runs, treats after work, named roads, kin abroad.

The other whereabouts modules read the English of a few countries. These
patterns read the same remarks as writers elsewhere put them: an errand
"run" or "dash" named by its shop ("H-E-B run between clients"), a treat
"after work", a greeting "from" somewhere ("Kalimera from the market"), a
shop with its place ("At Costco in Kailua", "Fika at Kaffebar between
assessments"), a named road at the commute hour ("I-5 at 7am is a test", "a
jam on Thika Road"), kin in other languages ("my lola", "chez ma mère"),
their occasions ("mehndi", "aqiqah", "luau") and office days. Each pattern
is bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Folding
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.guards.whereabouts_outings import KIN

_I = re.IGNORECASE
#: Kin in the words of other languages: "lola", "tūtū", "nonna", "abuelita", "yiayia", "bibi".
KIN_ABROAD = (
    r"(?:lola|lolo|t[uū]t[uū]|nonna|nonno|oma|opa|abuelita|abuelito|yiayia|yaya|papou|bibi"
    r"|babcia|dziadek|dadi|nani|nana ji|dada|abuela|abuelo|ammamma|ammachi|ajji|paati|thatha"
    r"|halmeoni|lao lao|nai nai|popo|mamá|papá|tita|tito|tía|tio|tío)"
)
#: Family and community celebrations of several cultures: "mehndi", "aqiqah", "quinceañera".
OCCASION_ABROAD = (
    r"(?:mehndi|mehendi|sangeet|nikah|walima|aqiqah|quincea[nñ]era|quince|l[uū]['ʻ]?au|luau"
    r"|bris|brit milah|harambee|debut|baby shower|bridal shower|housewarming|shower|puja|pooja"
    r"|iftar|seder|shiva|nine nights|tangi|hangi|umu|fiesta|novena|kirtan|langar|naming day)"
)
#: Work a treat or an errand is squeezed around: "between assessments", "after work".
_WORK_GAP = (
    r"(?:between|before|after) (?:the |my |our )?(?:[\w-]+ )?(?:sessions?|clients?|patients?"
    r"|assessments?|appointments?|clinics?|work|shift|rounds|meetings?|supervision|groups?"
    r"|the office|visits|school run|block)\b"
)
#: Errand stops, listed: "pharmacy, then bank", "oil change, feed store".
_ERRAND = (
    r"(?:pharmacy|chemist|bank|post office|feed store|hardware store|oil change|car wash"
    r"|grocer(?:y|ies)|supermarket|dry cleaners?|dentist|doctor|vet|library|dmv|gas station"
    r"|petrol station|school (?:pick-?up|drop-?off|run)|daycare|nursery|gym|market|bakery"
    r"|butcher|tip|dump|recycling|laundromat|launderette|tyre place|tire shop|garage)"
)
#: Said first in a sentence (no capital needed): an errand run or dash named by its shop
#: ("H-E-B run between clients"), a treat after work ("Shave ice after work:"), one's own
#: appointment ("Dentist, then pickup"), a list of errands ("Pharmacy, then bank").
_OPENING_LOW = (
    r"(?:(?!(?:a|an|the|one|every|each|that|this|your|their|his|her|our|no|any)\b)"
    r"(?:[\w&'-]+ ){1,2}?(?<!dry )(?<!trial )(?<!test )(?<!practice )(?<!training )"
    r"(?<!home )(?<!first )(?<!second )(?<!long )(?<!fun )(?<!bull )(?<!dry-)(?<!test-)"
    r"(?<!n't )(?<!not )(?<!nae )(?<!never )"  # "Grief doesn't run on a schedule": a verb
    r"(?:run|dash|trip|stop) (?:to|between|before|after|on (?:a|my|the)|at|into|for)\b"
    r"|(?!(?:it|this|that|rest|self-care|and|but|so)\b)(?:[\w'&-]+ ){1,3}?after"
    r" (?:work|clinic|my shift|the shift)(?=\s*[:.!,—–-]|\s+(?:at|in|on|with|today|again)\b)"
    r"|(?:dentist|optician|orthodontist|physio|hairdresser|haircut|barber|vet|mechanic"
    r"|eye test|blood test)(?:'s)?(?=,? then\b|\s+(?:on|in|at)\s[^.!?\n]{0,40}\b(?:this"
    r" (?:morning|afternoon)|today|tomorrow)\b)"
    rf"|{_ERRAND}(?:,? then|,) (?:the )?{_ERRAND}\b)"
)
#: Said first in a sentence, with the capital that marks a place: a shop in a place ("At
#: Costco in Kailua"), a sport at a named ground, an event at a named place ("At the Capitol
#: for the hearing."), a place and a doing ("At the kiosk buying gum").
_NAME = r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|de|du|la))*"
_OPENING_CASED = (
    rf"(?:[Aa]t (?:the )?{_NAME} (?:in|on|off|by) {_NAME}"
    r"(?=\s*[.!—–]|\s+[a-z]+ing\b|\s+(?:for|this|today|with|and|again)\b)"
    r"|(?:Cricket|Football|Soccer|Tennis|Golf|Netball|Rugby|Parkrun|Bowling|Yoga|Pilates"
    r"|Climbing|Bouldering|Swimming|Curling|Skating|Hockey|Softball|Baseball|Pickleball|Padel"
    rf"|Hurling|Hiking|Sailing) (?:at|on|in) {_NAME}"
    rf"|(?:At|In) the {_NAME} for (?:the|a|my|our) (?:[\w-]+ )?(?:hearing|rally|march|vigil"
    r"|protest|launch|ceremony|gala|fundraiser|game|match|concert|show|service|vote|debate"
    r"|parade|festival|fair|tournament|lecture|talk|screening|opening)\b"
    r"|At the [\w'-]+ (?!(?:during|morning|evening|nothing|something|anything|everything|being"
    r"|thing|spring|building|meeting|training|ceiling|beginning|ending|setting|timing|offering"
    r"|opening|closing|wedding)\b)[a-z]{2,}ing\b)"
)
_NEXT = r"[.!?…\n]\s*"  # (a literal class first: the engine skips to it)
_OPENINGS = tuple(
    (Folding.of(body, flags), Folding.of(rf"{_NEXT}({body})", flags))
    for body, flags in ((_OPENING_LOW, _I), (_OPENING_CASED, 0))
)
#: Anywhere, no capital needed (run on the lower-cased text), each with the words it cannot
#: match without: the pattern runs only when one of them is in the text.
_ANYWHERE = (
    # a greeting from somewhere, in several languages
    (
        (" from ",),
        r"(?:kalimera|kalispera|bonjour|bonsoir|hola|buenos d[ií]as|buongiorno|ciao|hallo"
        r"|guten (?:morgen|tag)|namaste|salaam|salam|jambo|habari|aloha|kia ora|g'day|howdy"
        r"|good morning|morning|hiya|hej|god morgon|mabuhay|sawubona|sannu|kumusta|ni hao"
        r"|greetings|hi|hey|hello)(?: (?:all|everyone|folks|y'all|friends))?,? from (?:the|a|my"
        r"|our|sunny|rainy|beautiful|lovely|snowy)\b",
    ),
    # hitting a place: "hit the farmers market", "hitting the slopes"; a quick stop at one
    (
        ("hit", "stop ", "visit ", "dash "),
        r"\bhit(?:ting)? (?:up )?the (?:[\w'-]+ ){0,2}?(?:market|gym|beach|shops|mall|pool"
        r"|slopes|trails?|road|pub|bar|store|supermarket|bakery|cafe|café|lake|park|waves|surf)\b"
        r"|\b(?:quick|short|flying) (?:stop|visit|dash) (?:at|by) (?:the|a|my|our)\b",
    ),
    # kin at home in French ("chez ma mère"); kin abroad with one's own doing ("w/ my abuela");
    # a kin's celebration ("Cousin's mehndi", "Tūtū's 80th luau")
    (("chez",), r"\bchez (?:ma|mon|mes|nous|moi)\b"),
    (
        (" my ", " our "),
        r"\b(?:with|w/|took|taking|drove|driving|dropped|dropping|visiting|visited|picking up"
        rf"|brunch with|lunch with|dinner with) (?:my|our) {KIN_ABROAD}\b",
    ),
    # one's own office days: "I'm in the office Tues/Thurs"
    (
        ("office", "clinic", "practice"),
        r"\b(?:i'?m|i am|i'll be|i will be) (?:in|at) (?:the |my )?(?:office|clinic|practice)"
        r" (?:on )?(?:mon|tue|wed|thu|fri|sat|sun)",
    ),
    # a community meeting today ("Town meeting this morning"); a morning spent with others
    (
        ("meeting", "spent"),
        r"\b(?:town|village|parish|community|church|school|board) meeting (?:this (?:morning"
        r"|afternoon|evening)|today|tonight|tomorrow)\b"
        r"|\bspent (?:my|the) (?:morning|afternoon|evening|day|weekend|lunch(?: break)?)"
        r" (?:helping|visiting|with) (?:the|my|our|a)\b",
    ),
    # traffic at the commute hour ("Main gate traffic at 0630"), a jam on a named road, stuck
    # on a line of any colour or name ("stuck on the orange line")
    (
        ("traffic", "jam", "gridlock", "tailback", "crawl", "standstill", "stuck"),
        r"\btraffic (?:at \d{1,2}(?::\d\d)?\s?(?:am|pm)?\b|at \d{4}\b|this morning|tonight)"
        r"|\b(?:jam|traffic|gridlock|tailback|crawl|standstill) (?:on|along) (?:the )?(?!way\b)"
        r"[\w'-]+ (?:road|rd|highway|hwy|expressway|freeway|bypass|avenue|ave|street|st|lane"
        r"|loop|pike|turnpike|parkway|pkwy|bridge)\b"
        r"|\bstuck (?:on|in) the (?!(?:same|first|last|next|bottom|front|finish|party|picket)\b)"
        r"[\w-]+ line\b",
    ),
    # one's own detour: "had to go the long way round by the ridge"
    (
        ("long way",),
        r"\b(?:go|went|going|take|took|taking|drive|drove|driving) the long way (?:round|around"
        r"|in|home|back|to work)\b",
    ),
    # a day's gathering at a place of worship: "Sunday harambee at church"
    (
        ("church", "mosque", "temple", "synagogue", "gurdwara", "mandir", "chapel"),
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:[\w'-]+ ){0,2}?at (?:the )?(?:church"
        r"|mosque|temple|synagogue|gurdwara|mandir|chapel|parish hall)\b",
    ),
)
_ANYWHERE_LOW = tuple((words, Folding.of(p, _I)) for words, p in _ANYWHERE)
#: A celebration, found first; then the kin's it belongs to, read right before it.
_OCCASION_FOUND = Folding.of(rf"\b{OCCASION_ABROAD}\b", _I)
_KIN_BEFORE = compiled(rf"\b(?:{KIN}|{KIN_ABROAD})(?:'s|s') (?:[\w'-]+ ){{0,2}}?$", _I)
#: Anywhere, with a capital that marks the place: a place between sessions ("Fika at
#: Vete-Katten between assessments"), a named market with a time, a named place worked from.
_NAMED = compiled(
    rf"\b[Aa]t (?:(?:the )?{_NAME} {_WORK_GAP}"
    rf"|{_NAME} (?:Market|Mall|Plaza|Bakery|Caf[eé]|Diner|Park|Gardens|Beach|Pier|Library"
    r"|Fair|Souk|Bazaar)(?= (?:this|today|tonight|before|after|between)\b))"
    rf"|\b(?:[Ww]orking|[Ww]riting|[Cc]harting) (?:from|out of|at) {_NAME}(?: (?:on|in) {_NAME})?"
    r" (?:today|this (?:morning|afternoon))\b"
)
#: What _NAMED cannot match without.
_NAMED_WORDS = (" at ", "At ", "orking ", "riting ", "harting ")
#: A named road at the commute hour: "H-1 at 7am is", "MoPac at 5:15 was". The hour is
#: found first (it begins with a literal), the road then read right before it.
_AT_HOUR = compiled(r" at \d{1,2}(?::\d\d)?\s?(?:am|pm)? (?:is|was)\b")
_ROAD_BEFORE = compiled(r"\b(?:[A-Z]{1,2}-?\d{1,3}|[A-Z][a-z]+[A-Z][a-z]+)$")


def local(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Spans of outings told in local words in `text` (`low` is lexicon.lowered)."""
    folded = text.lower() if low is None else low
    for words, pattern in _ANYWHERE_LOW:
        if holds_any(folded, words):
            for m in pattern.finditer(text, low):
                yield m.span()
    if "'s " in text or "s' " in text:  # a kin's celebration needs the possessive
        for m in _OCCASION_FOUND.finditer(text, low):
            kin = _KIN_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if kin is not None:
                yield kin.start(), m.end()
    if holds_any(text, _NAMED_WORDS) or folded.startswith("at "):
        for m in _NAMED.finditer(text):
            yield m.span()
    for first, following in _OPENINGS:
        head = first.match(text, low, 0)
        if head is not None:
            yield head.span()
        for m in following.finditer(text, low):
            yield m.span(1)
    if " at " in text:
        for m in _AT_HOUR.finditer(text):
            road = _ROAD_BEFORE.search(text, max(0, m.start() - 16), m.start())
            if road is not None:
                yield road.start(), m.end()


#: A quoted passage: double quotes, or single quotes opening a sentence ('Miss, if I fail...').
#: (also a short phrase in single quotes, mentioned not used: the stigma of 'going to Hillcrest')
_QUOTED = compiled(
    r"\"[^\"\n]{1,300}\"|(?<![\w'])'[A-Z][^\n]{0,300}?[.!?,]'(?!\w)"
    r"|(?<![\w'])'[a-z][a-z ]{0,24}(?: [A-Z][\w-]*){1,3}'(?![\w'])"
)


def quoted(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in `text` (lexicon.plain): a client's words, not the author's."""
    if '"' not in text and "'" not in text:
        return []
    return [m.span() for m in _QUOTED.finditer(text)]
