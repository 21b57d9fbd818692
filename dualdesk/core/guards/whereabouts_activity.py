"""The clinician's own activity right now: errands, movement, leave, closures.

The phrases in `whereabouts.py` name places and closures; these patterns
look for the shape of a first-person activity remark instead, subject or
not ("Grabbing a flat white between clinics", "Off to Glasgow tomorrow",
"Heading out to collect the kids", "Just got in from a long day"). Late
nights are in `whereabouts_night.py`, outings and family occasions in
`whereabouts_outings.py`. Each pattern is bounded, so matching is linear.
The activities that need no lead are in `whereabouts_unled.py` (ACTIVITY,
re-exported here).
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.whereabouts_unled import ACTIVITY

__all__ = [
    "ACTIVITY",
    "ACTIVITY_NAMED",
    "CLOSED",
    "LEAD_BEFORE",
    "LED_ACTIVITY",
    "LED_PLACE",
    "PLACE_EDGE",
]

_I = re.IGNORECASE
#: Places an activity can be at: "skating on the canal", "writing reports from the cottage".
_PLACE = (
    r"(?:canal|cottage|cabin|chalet|beach|lake|lakeshore|park|trail|gym|pool|lido|rink|arena"
    r"|church|cathedral|temple|mosque|synagogue|theat(?:re|er)|venue|club|bridge|dock|boat|reef"
    r"|jetty|island"
    r"|caf[eé]|coffee shop|library|airport|train|plane|bus|ferry|streetcar|tram|trolley|coach"
    r"|shuttle|subway|tube|metro|platform|station|hotel|motel|airbnb|resort"
    r"|pub|bar|restaurant|river|harbou?r|marina|dock|pier|boardwalk|garden|backyard|patio|porch"
    r"|deck|balcony|hammock|parking lot|car park|slopes|mountains?|hills|car|truck|van"
    r"|woods|forest|coast|shore|sea|ocean|campsite|tent|market|mall|stadium|concert|party"
    r"|wedding|game|match|recital|festival|funeral|reunion|fair|conference|convention|island"
    r"|city|village|countryside|farm|zoo|museum|gallery|spa|salon|dentist|hospital|clinic"
    r"|waiting room|office|studio|track|field|court|course|lakefront|waterfront|riverfront)"
)

#: Activities that count only after a sentence start or a first-person lead (LEAD_BEFORE):
#: "heading out", "Grabbing a flat white", "Skating on the canal", "hanging at the pub".
LED_ACTIVITY = compiled(
    r"(?=\w)\b(?:(?:heading|headed|off|popping|popped|nipping|nipped|dashing|rushing|racing"
    r"|driving|walking|cycling|biking|flying|travell?ing|commuting|sneaking|escaping|slipping"
    r"|leaving|logging|signing|clocking|running)\s+(?:out|off|home|back|over|down|up|away|north"
    r"|south|east|west|upstate|inland|downtown|uptown|abroad|overseas"
    r"|in(?=\s*[,.!]|\s+(?:now|early|late|for))"
    r"|to|into|from|on|between)\b(?!\s+(?:topic|the record|the deep end|track|balance))"
    r"|(?:grabbed|grabbing)\s+(?:(?:a|an|some|my|the)\s+)?\w+"
    r"|(?:picking up|dropping off|collecting|fetching)\s+(?:[\w-]+\s+){0,3}?(?:from|at)\s+(?:the"
    r"|a|my)\b"
    r"|(?:ferry|train|bus|coach|tram|flight|drive|uber|taxi|cab|ride|walk|commute|jeep|jeepney"
    r"|tricycle|trike|rickshaw|tuk-?tuk|matatu|boda|grab|lyft)"
    r"(?: ride| ride home| (?:down|up|over|back|out|home))? (?:across|to|from"
    r"|into|through|over)\b"
    r"|(?:[a-z]{3,}ing|walked|jogged|hiked|cycled|biked|swam|strolled|paddled)\s+the\s+(?:[\w'-]+\s+)?(?:pier|prom|promenade"
    r"|trail|beach|canal|river|coast|seafront|boardwalk|harbou?r|park|hills|lakeshore|reservoir"
    r"|towpath|common|heath|quay|loch|riverbank|greenway|embankment)\b"
    r"|(?:grabbing|getting|picking up|collecting|dropping off|fetching|having|enjoying"
    r"|sipping|drinking|eating|treating myself to|making|meeting|joining|taking)\s+"
    r"(?:(?:a|an|my|the|some|our|me)\s+)?(?:[\w-]+\s+){0,2}?(?:coffee|flat white|latte"
    r"|cappuccino|espresso|tea|cuppa|lunch|dinner|breakfast|brunch|sandwich|butty|pint|drink"
    r"|drinks|snack|kids|children|son|daughter|dog|takeaway|pizza|curry|burrito|bagel|cake"
    r"|ice cream|friends|mum|mom|dad|husband|wife|partner|family)\b"
    r"|[a-z]{3,}ing\s+(?:[\w-]+\s+){0,2}?(?:on|at|in|along|by|from|around|across|through|to"
    r"|off|under|over)"
    rf"\s+(?:the|a|an|my|our)\s+(?:[\w'-]+\s+){{0,2}}?{_PLACE}\b"
    r"|(?:evacuating|moving|relocating|staying|sheltering) (?:to|at|with|in)\b"
    # (not a general "going to the GP for your back doesn't mean")
    r"|going (?:to (?:the|a|my|our|bed)\b(?![^.!?\n]{0,40}\b(?:for your|doesn'?t|does not"
    r"|isn'?t|is not)\b)|out|home|back|away|off)\b"
    r"|will be (?:at|in|on|away|off|out|travell?ing|visiting)\s+(?!touch\b|contact\b"
    r"|a position\b|charge\b|the loop\b|good hands\b|(?:the|a) (?:position|habit)\b)"
    # helping out at an event: "Working the concession stand", "manning the raffle table"
    r"|(?:working|manning|staffing|running|volunteering at) the (?:[\w-]+ )?(?:stand|stall"
    r"|booth|table|door|gate|grill|barbecue|bbq|tent|raffle|concession|cake sale|bake sale)\b"
    r"(?![^.!?\n]{0,40}\bmeans\b)"
    r"|(?:hanging(?: out)?|chilling|lounging|camped|parked|holed up|posted up)\s+"
    r"(?:at|in|on|by)\b"
    # a meal or outing somewhere, said without a subject: "Lunch on the beach between clients"
    r"|(?:(?:quick|short|long|morning|evening|lunchtime|early)\s+)?(?:walk|run|swim|picnic"
    r"|sunset|sunrise)\s+(?:on|at|in|by|along|overlooking|around|through|across)\s+(?:the|a|my"
    r"|our)\b"
    # a meal or errand out, named: "Chippy tea in Partick", "Dinner tonight at the new place"
    # (the word before is taken whole, "++": a shorter part of it is never followed by a
    # space, so the engine need not try one at every word of a draft)
    r"|(?:[\w'-]++\s+)?(?:lunch|coffee|breakfast|dinner|brunch|supper|tea|drinks|beers?|wine"
    r"|pints?|takeaway|bite|snack|queue)\s+"
    r"(?:(?:tonight|today|(?:with|wi|w/) (?:my|the|our) [\w'-]+)\s+)?"
    r"(?:on|at|in|by|along|overlooking)\s+(?!(?:me|you|us|them|bed|hand|home|noon|one|mind"
    r"|between|\d)\b)[\w'-]"
    r"|home (?:today|sick|with (?:a|my|the))\b"
    # one's own child-care runs: "School pick-up then clinic", "Nursery run, then the M60"
    r"|(?:school|nursery|creche|daycare|childminder) (?:run|pick-?up|drop-?off)\b"
    # "At the kids' swimming carnival all morning", "At a birthday party"
    r"|at (?:the|my|our) [^.!?\n]{0,40}\b(?:all (?:morning|afternoon|day|evening|weekend|week)"
    r"\b|since [1-9]|since (?:dawn|breakfast|lunch)\b)"
    r"|at (?:the|my|our) (?:kids'|kid's|son's|daughter's|family)"
    r"|(?:in|on) my (?:car|train|bus|plane|ferry|subway|tube|uber|taxi|cab)\b"
    r"|in the car (?:between|outside|after|before|on the way)\b"
    r"|on the (?:\d+[a-z]? )?(?:train|bus|plane|ferry|subway|tube|luas|dart|metro|tram"
    r"|underground|streetcar|trolley|coach|shuttle)\b(?! (?:line|route|map|network)\b)"
    rf"|at (?:a|the|my|our) (?:[\w'-]+\s+){{0,3}}?{_PLACE}\b)",
    _I,
)
#: What `[a-z]` matches under IGNORECASE, written case-sensitively: the letters of both cases
#: and the four that fold to them (U+0130, U+0131, U+017F, U+212A). The engine then compares
#: each character with the class as it is, instead of folding it first.
_LETTER = r"(?-i:[a-zA-Z\u0130\u0131\u017f\u212a])"

#: The led activities that name a place with a capital, kept apart so that LED_ACTIVITY has no
#: case-sensitive part and can run on lower-cased text (see lexicon.Folding).
LED_PLACE = compiled(
    r"(?=\w)\b(?:going to (?-i:[A-Z])(?![^.!?\n]{0,40}\b(?:for your|doesn'?t|does not|isn'?t"
    r"|is not)\b)"
    r"|(?:hiking|climbing|skiing|cycling|biking|kayaking|paddling|visiting|exploring|touring)\s+"
    r"(?:mt\.?\s+|mount\s+)?(?-i:[A-Z][^\W\d_]+)"
    # a named route walked: "Walked the BeltLine", "strolling along the Prom"
    r"|(?:walk|jogg|hik|cycl|bik|stroll|paddl)(?:ed|ing)\s+(?:round |around |along |up |down"
    r" |through )?the\s+(?-i:[A-Z][a-z]\w*)"
    # a gerund at a named place ("Camping at Lake Tahoe"), not a look at something (the word
    # is taken whole, "+", and must end in "ing": a space follows, so no shorter part can)
    r"|(?!(?:look|star|glanc|laugh|aim|point|hint|smil|yell|shout|snapp|wink|grinn|nodd)ing)"
    rf"{_LETTER}{{6,}}+(?<=ing)\s+(?:(?:off|on|in|out|the|a|an|my|our|some|with)\s+"
    r"(?:[\w-]+\s+){0,3}?)?"
    r"at\s+(?-i:[A-Z][^\W\d_]+))",
    _I,
)
#: What must come right before a LED_ACTIVITY match: a sentence start, "I'm", "just", "now".
LEAD_BEFORE = compiled(
    r"(?:^|[.!?…]\s+|\n|[—–:]\s*|\b(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|i was"
    r"|we were|just|now|currently|finally|quickly|about to be|am)\s+)$",
    _I,
)

#: Activities at a named place (they need capitals, so they are kept out of ACTIVITY, which
#: can then run on lower-cased text): "Ottawa-bound", "swim at Sandycove", "stuck on I-95".
ACTIVITY_NAMED = compiled(
    r"\b(?-i:[A-Z][a-z]+)[- ]bound\b"
    r"|\b(?:swim|run|walk|hike|dip|paddle|stroll|cycle|ride)\s+(?:at|in|along|on|around|round"
    r"|up|down|across|over|through|by|past)\s+"
    r"(?-i:[A-Z][^\W\d_]+)|\bboarding (?:for|to) (?-i:[A-Z])"
    # stuck on a road, a route number or a named line: "Stuck on 285", "stuck on the 10"
    r"|\bstuck (?:on|in|at|behind|under) (?:(?-i:[A-Z])|(?:the )?(?:\d{1,3}(?![\d%:.,]|\s?(?:st"
    r"|nd|rd|th|pages?|items?|questions?|percent|minutes|mins|hours|hrs|weeks|days|years)\b)\b"
    r"|(?-i:[A-Z][a-z]\w*) (?:line|road|bridge|tunnel|freeway|highway|motorway|expressway"
    r"|bypass|junction|interchange|beltway|parkway)\b))"
    # a lap of a named park or route: "a lap of the Tan", "loop round the Meadows"
    r"|\b(?:lap|loop|circuit) (?:of|round|around) the (?-i:[A-Z][a-z]+)",
    _I,
)

#: A place named at a sentence start: "Austin for the weekend", "In Belfast for a training day".
PLACE_EDGE = compiled(
    r"(?:^|[.!?]\s+|\n)(?:(?:in\s+|at\s+(?:the\s+)?)?(?-i:[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)"
    r" (?:for|until|till|all)"
    r" (?:the |a |an )?(?:weekend|week|conference|holidays|summit|retreat"
    r"|training|day|meeting|workshop|morning|afternoon)\b"
    # "In DC for the NASW conference": with "in" or "at", words may come before the head
    r"|(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)"
    r" for (?:the |a |an |my |our )(?:[\w-]+ ){1,2}?(?:conference|congress|summit|retreat"
    r"|training|meeting|workshop|symposium|convention|festival|tournament|wedding)\b)",
    _I,
)

#: "No clinics Thursday afternoon": the author's own closures, to be paired with a day.
CLOSED = compiled(
    # (every alternative starts a word: one leading check lets the scan skip the rest; the
    # sentence start is written as look-behinds for the same reason)
    r"(?=\w)\b(?:(?<!\S)(?<![^.!?\s]\s)(?:out|off|away|back|gone)\b(?!\s+(?:of|with|the))"
    r"|i'?ll be back\b"
    r"|no (?:clinics?|surgery|surgeries|clinic|clinics|ward rounds?|reviews|calls)\b"
    r"|(?:office|practice|clinic|studio|rooms|surgery|centre|center|unit|ward|service|team"
    r"|department|hub)(?:(?:'s| is| will be| are)?\s+(?:closed|shut|closing)"
    r"| will (?:close|shut))\b"
    r"|will be closed\b"
    r"|(?:all )?(?:sessions|appointments|clinics) (?:are|will be|moving|move|going)\s+"
    r"(?:on |to )?(?:telehealth|online|virtual|zoom|phone)\b|renovating the office\b)",
    _I,
)
