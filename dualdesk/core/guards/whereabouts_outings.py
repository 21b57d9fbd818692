"""Outings, errands and family occasions: where the clinician is, said without "I'm at".

`whereabouts_activity.py` reads the shape of a first-person activity; these
patterns read what the remark is about: a family occasion ("Niece's
christening in Paisley on Saturday"), a kin's home ("Sunday lunch at my
brother's"), the commute and its traffic ("M8 is solid again", "50 minutes
to do three miles"), an appointment of one's own ("Optician at 9"), a
named venue ("the little bakery on Elm Road", "the Carnegie library") and
working somewhere for the day ("doing notes out of the library today").
Each pattern is bounded, so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: The author's kin and household, in the words of several countries ("amma", "ouma", "mam").
KIN = (
    r"(?:mum|mam|mom|ma|mammy|mother|dad|da|father|amma|appa|ammi|abba|ouma|oupa|nana|nan"
    r"|nanna|gran|granny|grandma|grandpa|grandad|granddad|abuela|abuelo|brother|bro|sister"
    r"|sis|cousin|niece|nephew|aunt|auntie|aunty|uncle|son|daughter|kids?|twins|baby|toddler"
    r"|husband|hubby|wife|partner|fianc[eé]e?|in-laws|(?:mother|father|sister|brother)-in-law"
    r"|stepson|stepdaughter|godson|goddaughter|best friend|bestie|bff|friend|mate|family|parents"
    r"|grandparents|folks|youngest|eldest|oldest|little one|wee one|girls|boys|teen|lad|lass"
    r"|neighbou?r|neighbou?rs)"
)
#: Occasions one attends as family or friend: "christening", "40th", "sports day", "braai".
_OCCASION = (
    r"(?:wedding|christening|baptism|naming ceremony|funeral|wake|memorial|birthday"
    r"|\d{1,3}(?:st|nd|rd|th)|party|hen do|stag do|leaving do|retirement do|bar mitzvah"
    r"|bat mitzvah|graduation|recital|recitation|concert|school play|nativity|sports day"
    r"|prize-?giving|parents'? evening"
    r"|swim meet|gala|carnival|match|game|tournament|eisteddfod|engagement|anniversary"
    r"|surgery|operation|settling-in|first day|braai|bbq|barbecue|potluck|cookout)"
)
#: Errand and leisure venues (not workplaces: "our clinic in Leeds is hiring" is no outing).
_VENUE = (
    r"(?:caf[eé]|coffee shop|bakery|deli|diner|restaurant|bistro|pub|bar|takeaway|chippy"
    r"|shop|supermarket|post office|bank|pharmacy|chemist|library|vet|vet's|dentist|dentist's"
    r"|waiting room|barber|barber's|hairdresser|hairdresser's|salon|gym|pool|lido"
    r"|leisure cent(?:re|er)|park|beach|promenade|pier|market|garage|nursery|cinema|theat(?:re|er)"
    r"|barbershop|barber shop|nail salon|servo|petrol station|gas station|bodega|corner shop"
    r"|laundrette|launderette|laundromat|(?<!blind )(?<!sweet )(?<!soft )(?<!weak )spot|joint"
    r"|museum|gallery|garden cent(?:re|er)|(?:rugby|golf|cricket|football|tennis|sailing) club"
    r"|car park|campsite|station|place|lodge|inn|cabin|cottage|chalet|hotel|motel|b&b|hostel"
    r"|guesthouse|resort|d[eé]panneur|periptero|kiosk|konbini|sp[aä]ti|souk|bazaar|mercado"
    r"|kopitiam|hawker cent(?:re|er)|spaza|tuck shop|dairy|sari-sari)"
)
#: Bare road numbers of several countries: "A470", "M8", "N2", "I-80", "US-101", "SH1", "NH44".
#: ("on M1" alone may be a receptor; a British road takes "the": "on the M8".)
_ROAD_BARE = r"(?:I-\d{1,3}|US-?\d{1,3}|SH ?\d{1,3}|NH ?\d{1,3})"
_ROAD = rf"(?:{_ROAD_BARE}|[AMN]\d{{1,4}})\b"
_ROAD_WORD = r"(?:motorway|highway|interstate|freeway|expressway|ring road|bypass|road|bridge)"
#: A road at a standstill: "a car park again", "a sheet of ice".
_JAMMED = (
    r"(?:a car park|a parking lot|gridlocked|jammed|solid|at a standstill|backed up"
    r"|a sheet of ice|flooded|closed again|chaos)"
)
_SMALL_NUMBER = r"(?:\d+(?:\.\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half a)"

#: A kin's or a family occasion; it counts only with a day, a date or a place in the same
#: sentence ("family dinner protects teens" is research, "family dinner Sunday" a plan).
KIN_OCCASION = compiled(
    # (a sentence start or "my", as look-behinds: every alternative then starts a word)
    r"(?=\w)\b(?:(?:(?<!\S)(?<![^.!?\s]\s)|(?<=\bmy )|(?<=\bour ))"
    rf"(?:(?:little|big|baby|eldest|youngest|twin) )?{KIN}"
    # (the words between are adjectives, "Eisteddfod", not a verb: "my son's going to play")
    r"(?:'s|s'|'|s's) (?:(?!(?:going|gonna|got|getting|been|is|was|has|had|about|trying)\b)"
    rf"[\w'-]+ ){{0,2}}?{_OCCASION}\b"
    r"|(?:birthday|family|wh[aā]nau) (?:lunch|dinner|party|bbq|do|cookout|reunion|gathering"
    r"|wedding|braai|potluck|holiday)\b"
    r"|(?:parents'? evening|sports day|nativity|school play|prize-?giving|swimming gala"
    r"|school concert)\b)",
    _I,
)
#: Where a kin's occasion is: "in Paisley", "at the rugby club", "at school".
PLACE_NEAR = compiled(r"\b(?:in|at) (?:the |a |my |our )?(?-i:[A-Z])|\bat (?:the|a|school)\b")

#: Words right before an outing that make it someone else's or a supposition: "if your road".
#: ("who": a person the sentence is about, "a kid who lives on Elm St")
NOT_OWN = compiled(
    r"\b(?:if|your|their|his|her|whose|who|you're|you are)\s+(?:[\w'-]+\s+){0,2}$", _I
)

#: Outings and errands that need no subject and no capital letter (runs lower-cased).
OUTING = compiled(
    r"(?=\w)(?:"
    # a kin's home: "Sunday lunch at my brother's", "GO train to my parents' place"
    rf"\b(?:at|to|from|round|over at) (?:my|our|me) {KIN}(?:'s|s'|s's|')(?=\s*(?:[.,!?;:)]|$)"
    r"|\s+(?:in|for|on|this|tonight|today|tomorrow|after|before|over|place|house|home|flat"
    r"|farm|cabin|cottage|and|with|till|until|then|school|nursery|college|class|game|match"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\b)"
    # taking one's kin or animal somewhere: "taking amma for her scan", "took the twins to"
    rf"|\b(?:took|taking|drove|driving|dropped|dropping|ferrying|walked|walking|hauled|hauling)"
    rf" (?:(?:my|the|our) )?(?:{KIN}|dog|pup|puppy|cat|horse|mare|pony)"
    r" (?:to|for|off at)\b(?! (?:task|granted)\b)"
    # fetching or dropping one's kin: "Picking my baby girl up from", "Dropping my nephew at"
    r"|\b(?:pick(?:ing|ed)|dropp(?:ing|ed)|collect(?:ing|ed)|fetch(?:ing|ed))(?: up| off)?"
    rf" (?:(?:my|the|our|me) )?(?:(?:little|baby|big|eldest|youngest|wee) )?{KIN}(?: [\w'-]+)?"
    r"(?: up| off)? (?:from|at)\b"
    # a detour, and one's own vehicle in for work: "Quick detour to the garage"
    r"|\b(?:detour|pit stop) (?:to|via|at|into) (?:the|a|my|our)\b|\b(?:quick|short|flying)"
    r" (?:dash|trip|stop|visit|run) (?:to|into) (?:the|a|my|our)\b"
    r"|\b(?:car|van|bike|motor)(?:'s| is)? (?:getting|being|in for) (?:serviced|fixed|repaired"
    r"|(?:a|its|an) (?:service|mot|repair|oil change|tune-up))\b"
    # the commute and its traffic: "County road's a sheet of ice", "took me an hour to get in"
    rf"|\b{_ROAD_WORD}(?:'s| is| was) {_JAMMED}"
    # a numbered road at a standstill: "M60 at a standstill", "i-5 is a parking lot"
    r"|\b(?:[amn]\d{1,4}|i-\d{1,3}|us-?\d{1,3}|sh ?\d{1,3}|nh ?\d{1,3})(?:'s| is| was)?"
    rf" {_JAMMED}"
    r"|\b(?:is|was|s) (?:a car park|a parking lot|a sheet of ice)\b"
    r"|\btook me (?:over |nearly |almost |about |more than |just under )?(?:an hour|half an hour"
    r"|ages|forever|\d+ (?:mins?|minutes|hours?|hrs?)) to (?:get|drive|do|cover|reach|make it)"
    r"|\b\d+(?:\.\d)?\s?(?:mins?|minutes|hrs?|hours?)\b[^.!?\n]{0,30}?\bto (?:do|cover|go|drive"
    rf"|travel|move|crawl|get)\b[^.!?\n]{{0,12}}?\b{_SMALL_NUMBER}\s?(?:miles?|mi|km|kms|k"
    r"|kilomet(?:re|er)s?|blocks)\b"
    r"|\b(?:line|route) \d+ (?:delayed|down|suspended|cancell?ed)\b"
    # time spent waiting somewhere: "Three hours in the DMV line", "two hours on the tarmac"
    rf"|\b(?:{_SMALL_NUMBER}|twenty|thirty|forty|fifty|ninety) (?:hours?|minutes|mins|hrs?)"
    r" (?:in|at|on) (?:the|a) (?:[\w'-]+ ){0,2}?(?:line"
    r"|queue|tarmac|runway|platform|motorway|traffic|car park|parking lot|departure lounge"
    r"|waiting room|a&e|er|airport|station)\b"
    # somewhere to be this morning: "Eid prayers at the mosque this morning"
    r"|\bat (?:the|a|my|our) (?:[\w'-]+ ){0,2}?(?:mosque|church|temple|synagogue|gurdwara|beach"
    r"|park|gym|pool|pub|caf[eé]|restaurant|zoo|museum|cinema|theat(?:re|er)|stadium|market"
    r"|mall|airport|station) (?:this (?:morning|afternoon|evening|weekend)|today|tonight"
    r"|tomorrow|right now)\b"
    r"|\bhome by [1-9]\b|\bat the (?:mechanic|garage|dentist|doctor|vet|chemist|hairdresser"
    r"|barber|butcher|optician|gp|physio)'?s\b"
    r"|\b(?:getting|got|having) (?:my )?(?:hair|nails) (?:cut|done)\b"
    # one's own appointment at a time: "Dentist at 8 then straight in", "optician at 9:30"
    r"|\b(?:dentist|doctor|gp|physio|optician|orthodontist|hairdresser|haircut|barber|vet"
    r"|mot|smear test|eye test|blood test|check-?up|scan|hair|nails?|dental|eye)(?:'s)?"
    r"(?: appointment)? at \d"
    # own late start or early finish: "not in till 11", "out the door at 5"
    r"|\bnot in (?:till|until|before) (?:\d|noon|lunch)|\bwon'?t be in (?:till|until|before"
    r"|today|tomorrow)\b|\bout the door (?:at|by) \d"
    # a social evening: "potluck tonight", "book club tonight"
    # a community meeting at a time: "Chapter house meeting tonight", "PTA meeting at 7"
    r"|\b(?:chapter house|town hall|community|parish|church|council|school board|pta|pto"
    r"|neighbou?rhood|village hall|tenants'?|residents'?) meeting (?:tonight|this evening|at \d)"
    r"|\b(?:potluck|party|gig|quiz|book club|choir|drinks|date|bbq|braai|ceilidh|show"
    r"|dinner) (?:tonight|this evening)\b"
    # a day or evening out somewhere scenic: "the promenade at sunset"
    r"|\b(?:promenade|prom|beach|pier|seafront|lake|trail|harbou?r|waterfront|boardwalk"
    r"|summit|river|cove|bay|head|peak|mountain|hill|park) (?:at|for) (?:sunset|sunrise|dawn"
    r"|dusk|first light|golden hour)\b"
    # working somewhere for the day: "doing admin from the cafe", "running sessions from a room"
    r"|\b(?:working|doing (?:admin|notes|paperwork|emails|my notes|reports)|running (?:[\w'-]+ )"
    r"{0,2}?(?:sessions|clinic|groups)|seeing clients|answering emails|charting|writing (?:up )?"
    r"(?:notes|reports)) (?:from|out of) (?:a|an|the|my|our) (?!(?:place|perspective|lens"
    r"|stance|position|framework|standpoint|point|trauma|strengths|deficit)\b)"
    r"|\bworking (?:from|out of) [\w'-]+(?: [\w'-]+)? (?:today|tomorrow|this (?:morning"
    r"|afternoon|week))\b"
    r")",
    _I,
)

#: A capitalised word that is a month, a day or a pronoun, not a place.
_NOT_NAME = (
    r"(?!(?:I|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)\b)"
)
#: A venue named by its place: "the little cafe in Kaycee", "the Canton post office", "on
#: Byres Road". Whereabouts only with the author in the picture (see IN_PICTURE): "the new
#: crisis cafe on Main Street opens Monday" is a notice. Case-sensitive: the capital is the
#: point, and the literals scan faster that way.
VENUE_NAMED = compiled(
    rf"\b(?:[Tt]he|[Mm]y|[Oo]ur|[Tt]his|[Tt]hat) (?:[\w'-]+ ){{0,2}}?{_VENUE} (?:in|on|by|near"
    rf"|off) {_NOT_NAME}[A-Z][^\W\d_]+"
    rf"|\b(?:[Aa]t|[Tt]o|[Ff]rom|[Ii]n) the [A-Z][\w'-]+ (?:[A-Z][\w'-]+ )?(?:{_VENUE}\b"
    # a named shop near home: "the Duane Reade on my block"
    r"|(?:on|near|by|round|around|at) (?:my|our) (?:block|corner|street|road|high street)\b)"
    # a place by its owner's name: "at Toby's on the way in", "at Nando's after clinic"
    r"|\b[Aa]t (?:[A-Z][a-z]+ )?[A-Z][a-z]+'s(?=[.,;:!?]|\s+(?:this|today|tonight|for|on|with"
    r"|in|before|after|then|and|again|till|until|between|because|so|but|while)\b)"
    r"|\b(?:[Oo]n|[Aa]long|[Dd]own|[Uu]p|[Oo]ff) [A-Z][a-z]+ (?:Street|Road|Avenue|Lane|Drive"
    r"|Boulevard|Terrace|Crescent|St|Rd|Ave|Blvd)\b"
)
#: The author in a post that names a venue: the first person singular, or a sentence that
#: opens on a place or a doing without a subject ("In the dentist's waiting room in Hove",
#: "Parking off Mill Road").
IN_PICTURE = compiled(
    r"\b(?:i|i'm|i've|i'll|i'd|me|my)\b|(?:^|[.!?…]\s+|\n)(?:in |at |on "
    r"|(?!(?:\w*thing|during|morning|evening|spring|bring)\b)[a-z]{2,}ing\b)",
    _I,
)
#: A road or a named train or coach: "on the N2", "on I-80", "On the Shatabdi to Chennai".
ROUTE_NAMED = compiled(
    rf"\b(?:[Oo]n|[Aa]long|[Dd]own|[Uu]p|[Oo]ff) (?:the {_ROAD}|{_ROAD_BARE}\b"
    rf"|the (?!(?:Road|Path|Way|Journey|Route)\b)[A-Z][\w-]+ (?:to|from) {_NOT_NAME}[A-Z][a-z]+)"
    # a day of something somewhere: "Day 3 of the Gottman Level 2 in Sydney"
    rf"|\b[Dd]ay \d+ of (?:the|my|our) (?:[\w-]+ ){{0,4}}?in {_NOT_NAME}[A-Z][a-z]+"
    # a named line in trouble ("Northern line suspended"), a timed service ("6am flight to Joburg")
    r"|\b[A-Z][a-z]+ [Ll]ine (?:is )?(?:suspended|part-suspended|delayed|down|closed|stopped)\b"
    r"|\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)? (?:flight|train|coach|ferry|bus|sailing) (?:to|from) "
    rf"{_NOT_NAME}[A-Z]"
)

#: Led outings (they count after a sentence start, activity.LEAD_BEFORE, or a bare "I" or "we",
#: I_BEFORE): "Stopped at the co-op", "before I walk to campus".
OUTING_LED = compiled(
    r"(?=\w)\b(?:(?:stopped|stopping|popped|popping|nipped|nipping|swung|swinging|called)"
    r" (?:in |off |by |round )?(?:at|into|in to|by) (?:the|a|my)\b"
    # dashing to a shop or from a client to a visit: "I ran to the Späti", "Ran from my 9am"
    r"|(?:ran|raced|rushed|dashed|hurried|legged it) (?:out |over |back |across |down |up )?"
    r"(?:to|from|into) (?:the|a|my)\b(?! (?:edge|end|limit|point|conclusion|rescue|aid|top"
    r"|bottom)\b)"
    r"|(?:walk|walked|walking|drive|drove|driving|cycle|cycled|cycling|bike|biked|biking"
    r"|commute|commuted|commuting) (?:in)?to (?:campus|work|the office|clinic|uni)\b)",
    _I,
)
#: A bare "I" or "we" right before a led outing: "I popped into the chemist".
I_BEFORE = compiled(r"\b(?:i|we)\s+$", _I)
