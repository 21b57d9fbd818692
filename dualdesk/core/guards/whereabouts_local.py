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

from dualdesk.core.guards.lexicon import Folding
from dualdesk.core.guards.whereabouts_outings import KIN

_I = re.IGNORECASE
_START = r"(?:^|(?<=[.!?…]\s)|(?<=\n))"
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
#: Folded: no capital needed, runs on the lower-cased text.
LOCAL = Folding(
    re.compile(
        r"(?=\w)(?:"
        # an errand run or dash said first: "H-E-B run between clients", "Lunch run to the market"
        rf"{_START}(?:[\w&'-]+ ){{0,2}}?(?<!dry )(?<!trial )(?<!test )(?<!practice )"
        r"(?<!training )(?<!home )(?<!first )(?<!second )(?<!long )(?<!fun )(?<!bull )"
        r"(?<!dry-)(?<!test-)(?:run|dash|trip|stop)"
        r" (?:to|between|before|after|on (?:a|my|the)|at|into|for)\b"
        # a treat or a meal after work, said first: "Shave ice after work:", "Tacos after clinic!"
        rf"|{_START}(?!(?:it|this|that|rest|self-care|and|but|so)\b)(?:[\w'&-]+ ){{1,3}}?after"
        r" (?:work|clinic|my shift|the shift)(?=\s*[:.!,—–-]|\s+(?:at|in|on|with|today|again)\b)"
        # a greeting from somewhere, in several languages
        r"|(?:kalimera|kalispera|bonjour|bonsoir|hola|buenos d[ií]as|buongiorno|ciao|hallo"
        r"|guten (?:morgen|tag)|namaste|salaam|salam|jambo|habari|aloha|kia ora|g'day|howdy"
        r"|good morning|morning|hiya|hej|god morgon|mabuhay|sawubona|sannu|kumusta|ni hao"
        r"|greetings|hi|hey|hello)(?: (?:all|everyone|folks|y'all|friends))?,? from (?:the|a|my"
        r"|our|sunny|rainy|beautiful|lovely|snowy)\b"
        # hitting a place: "hit the farmers market", "hitting the slopes"
        r"|\bhit(?:ting)? (?:up )?the (?:[\w'-]+ ){0,2}?(?:market|gym|beach|shops|mall|pool|slopes"
        r"|trails?|road|pub|bar|store|supermarket|bakery|cafe|café|lake|park|waves|surf)\b"
        # a quick stop at a place
        r"|\b(?:quick|short|flying) (?:stop|visit|dash) (?:at|by) (?:the|a|my|our)\b"
        # one's kin at home, said in French: "chez ma mère", "chez mes parents"
        r"|\bchez (?:ma|mon|mes|nous|moi)\b"
        # kin abroad, with one's own doing: "w/ my abuela", "Driving my lola to"
        rf"|\b(?:with|w/|took|taking|drove|driving|dropped|dropping|visiting|visited|picking up"
        rf"|brunch with|lunch with|dinner with) (?:my|our) {KIN_ABROAD}\b"
        # a kin's celebration: "Cousin's mehndi", "Tūtū's 80th luau"
        rf"|\b(?:{KIN}|{KIN_ABROAD})(?:'s|s') (?:[\w'-]+ ){{0,2}}?{OCCASION_ABROAD}\b"
        # one's own office days: "I'm in the office Tues/Thurs"
        r"|\b(?:i'?m|i am|i'll be|i will be) (?:in|at) (?:the |my )?(?:office|clinic|practice)"
        r" (?:on )?(?:mon|tue|wed|thu|fri|sat|sun)"
        # a community meeting today: "Town meeting this morning at the grange hall"
        r"|\b(?:town|village|parish|community|church|school|board) meeting (?:this (?:morning"
        r"|afternoon|evening)|today|tonight|tomorrow)\b"
        # a morning spent with others: "spent the morning helping the neighbours"
        r"|\bspent (?:my|the) (?:morning|afternoon|evening|day|weekend|lunch(?: break)?)"
        r" (?:helping|visiting|with) (?:the|my|our|a)\b"
        # traffic at the commute hour: "Main gate traffic at 0630", "traffic on Route 9"
        r"|\btraffic (?:at \d{1,2}(?::\d\d)?\s?(?:am|pm)?\b|at \d{4}\b|this morning|tonight)"
        r"|\b(?:jam|traffic|gridlock|tailback|crawl|standstill) (?:on|along) (?:the )?(?!way\b)"
        r"[\w'-]+ (?:road|rd|highway|hwy|expressway|freeway|bypass|avenue|ave|street|st|lane"
        r"|loop|pike|turnpike|parkway|pkwy|bridge)\b"
        # one's own appointment said first: "Dentist, then pickup", "Optician on High St today"
        rf"|{_START}(?:dentist|optician|orthodontist|physio|hairdresser|haircut|barber|vet|mechanic"
        r"|eye test|blood test)(?:'s)?(?=,? then\b|\s+(?:on|in|at)\s[^.!?\n]{0,40}\b(?:this"
        r" (?:morning|afternoon)|today|tomorrow)\b)"
        # a list of errands said first: "Pharmacy, then bank, then post office."
        rf"|{_START}{_ERRAND}(?:,? then|,) (?:the )?{_ERRAND}\b"
        # a day's gathering at a place of worship: "Sunday harambee at church"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:[\w'-]+ ){0,2}?at (?:the )?(?:church"
        r"|mosque|temple|synagogue|gurdwara|mandir|chapel|parish hall)\b"
        # stuck on a line of any colour or name: "stuck on the orange line"
        r"|\bstuck (?:on|in) the (?!(?:same|first|last|next|bottom|front|finish|party|picket)\b)"
        r"[\w-]+ line\b"
        r")",
        _I,
    )
)
#: Case-sensitive: the capital marks the place.
_NAME = r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|de|du|la))*"
_NAMED = re.compile(
    # a shop in a place, said first: "At Costco in Kailua", "At the DMV in Clairemont."
    rf"{_START}[Aa]t (?:the )?{_NAME} (?:in|on|off|by) {_NAME}"
    r"(?=\s*[.!—–]|\s+[a-z]+ing\b|\s+(?:for|this|today|with|and|again)\b)"
    # a place named between sessions: "Fika at Vete-Katten between assessments"
    rf"|\b[Aa]t (?:the )?{_NAME} {_WORK_GAP}"
    # a named road or line at the commute hour: "H-1 at 7am is", "the 405 at 5:15"
    r"|\b(?:[A-Z]{1,2}-?\d{1,3}|[A-Z][a-z]+[A-Z][a-z]+) at \d{1,2}(?::\d\d)?\s?(?:am|pm)?"
    r" (?:is|was)\b"
    # a sport or pastime at a named ground: "Cricket at Cannon Hill Park"
    rf"|{_START}(?:Cricket|Football|Soccer|Tennis|Golf|Netball|Rugby|Parkrun|Bowling|Yoga"
    rf"|Pilates|Climbing|Bouldering|Swimming|Curling|Skating|Hockey|Softball|Baseball"
    rf"|Pickleball|Padel|Hurling|Hiking|Sailing) (?:at|on|in) {_NAME}"
    # a named market or shop, with a time: "at Toi Market this morning"
    rf"|\b[Aa]t {_NAME} (?:Market|Mall|Plaza|Bakery|Caf[eé]|Diner|Park|Gardens|Beach|Pier"
    r"|Library|Fair|Souk|Bazaar)(?= (?:this|today|tonight|before|after|between)\b)"
    # working from a named place today: "working from Epoch on North Loop today"
    rf"|\b(?:[Ww]orking|[Ww]riting|[Cc]harting) (?:from|out of|at) {_NAME}(?: (?:on|in) {_NAME})?"
    r" (?:today|this (?:morning|afternoon))\b"
    # at an event at a named place, said first: "At the Capitol for the hearing."
    rf"|{_START}(?:At|In) the {_NAME} for (?:the|a|my|our) (?:[\w-]+ )?(?:hearing|rally|march"
    r"|vigil|protest|launch|ceremony|gala|fundraiser|game|match|concert|show|service)\b"
    # at a place and doing something, said first: "At the kiosk buying gum"
    r"|(?:^|(?<=[.!?…]\s))At the [\w'-]+ (?!(?:during|morning|evening|nothing|something"
    r"|anything|everything|being|thing|spring|building|meeting|training|ceiling|beginning"
    r"|ending|setting|timing|offering|opening|closing|wedding)\b)[a-z]{2,}ing\b"
)


def local(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """Matches of outings told in local words in `text` (`low` is lexicon.lowered)."""
    yield from LOCAL.finditer(text, low)
    yield from _NAMED.finditer(text)


#: A quoted passage: double quotes, or single quotes opening a sentence ('Miss, if I fail...').
_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|(?<![\w'])'[A-Z][^\n]{0,300}?[.!?,]'(?!\w)")


def quoted(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in `text` (lexicon.plain): a client's words, not the author's."""
    if '"' not in text and "'" not in text:
        return []
    return [m.span() for m in _QUOTED.finditer(text)]
