"""The clinician's own activity right now: errands, movement, leave, closures.

The phrases in `whereabouts.py` name places and closures; these patterns
look for the shape of a first-person activity remark instead, subject or
not ("Grabbing a flat white between clinics", "Off to Glasgow tomorrow",
"Heading out to collect the kids", "Just got in from a long day"). Late
nights are in `whereabouts_night.py`, outings and family occasions in
`whereabouts_outings.py`. Each pattern is bounded, so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

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
    r"|(?:[\w'-]+\s+)?(?:lunch|coffee|breakfast|dinner|brunch|supper|tea|drinks|beers?|wine"
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
    # a gerund at a named place ("Camping at Lake Tahoe"), not a look at something
    r"|(?!(?:look|star|glanc|laugh|aim|point|hint|smil|yell|shout|snapp|wink|grinn|nodd)ing)"
    r"[a-z]{3,}ing\s+(?:(?:off|on|in|out|the|a|an|my|our|some|with)\s+(?:[\w-]+\s+){0,3}?)?"
    r"at\s+(?-i:[A-Z][^\W\d_]+))",
    _I,
)
#: What must come right before a LED_ACTIVITY match: a sentence start, "I'm", "just", "now".
LEAD_BEFORE = compiled(
    r"(?:^|[.!?…]\s+|\n|[—–:]\s*|\b(?:i'?m|i am|we'?re|we are|i'?ll be|we'?ll be|i was"
    r"|we were|just|now|currently|finally|quickly|about to be|am)\s+)$",
    _I,
)

#: Activities that need no lead. All alternatives begin a word: the lookahead lets the scan
#: skip other positions quickly.
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
ACTIVITY = compiled(
    r"(?=\w)(?:\b(?:conference|airport|home|homeward)[- ]bound\b"
    r"|\b(?:took|taking|take|drove|driving|dropped|dropping|picked up|picking up) (?:my|the)"
    r" (?:mom|mum|dad|kids?|son|daughter|partner|husband|wife|parents?|dog|cat)\b"
    # an invitation to find the author somewhere
    r"|\b(?:catch|find|come find|see) me (?:at|in|on|by)\b(?! ?@)"
    r"|\bon (?:the|my) way (?:in|home|back|to)\b|\b(?:stopped|stopping|pulled over|pulling"
    r" over) (?:in |off )?for (?:a |some )?\w+"
    r"|\b\d+(?:\.\d)? ?(?:miles|mi|km|k)\b[^.!?\n]{0,20}\b(?:along|around|on|through|by) the\b"
    r"|\b(?:long|morning|evening|lunchtime|early|quick) (?:run|swim|walk|ride|hike|workout)\b"
    r"(?=\s*(?:before|after|this|today|done|:|,|-))"
    r"|\b(?:at|from) gate [a-z]?\d+"
    r"|\b(?:half marathon|marathon|5k|10k|race|triathlon)\b[^.!?\n]{0,20}\b(?:mon|tues"
    r"|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:working|work) from home\b|\bwfh\b"
    r"|\bit'?s gone (?:midnight|[1-4])\b|\b(?:can'?t|cannot) switch off tonight\b"
    r"|\b(?:met|saw|bumped into|ran into) [^.!?\n]{0,20}\bin (?:the )?(?:centra|tesco|aldi|lidl"
    r"|spar|supermarket|shop|pharmacy)\b|\bpopped into the\b"
    r"|\b[a-z]{3,}ing\s+(?:[\w-]+\s+){0,2}?from (?:my|the|a|our) (?:kitchen|couch|sofa|bed|car"
    r"|home|house|porch|desk|garden|backyard|hotel|cabin|cottage)\b|\bsnowed in\b"
    r"|\babout to (?:board|fly|take off|land|head (?:out|home|off))\b"
    r"|\b(?:took|taking|take) the (?:\w+ )?(?:route|road|way) home\b"
    r"|\bwatch(?:ed|ing) the (?:sunset|sunrise)\b"
    r"|\bat the (?:cafe|café|coffee shop|bakery|deli|pub|bar)\b"
    r"|\b(?:studio|office|clinic|practice) (?:opens|opening) late\b"
    r"|\b(?:vacation|holiday|holidays|pto|time off|staycation) (?:starts|begins)\b"
    r"|\bat the [\w'-]+ (?:before|after|between) (?:clinic|work|sessions|clients|patients)\b"
    r"|\bi'?m (?:offline|off-line|unreachable|off the grid|away from my desk)\b"
    r"|\b(?:car|tyre|tire) (?:broke down|has broken down|has a flat|died)\b"
    r"|\bwaiting for the (?:aa|aaa|tow truck|mechanic|plumber|bus|train|ferry)\b"
    r"|\b(?:class|lesson|practice|rehearsal|game|match) (?:tonight|this evening)\b"
    r"|\bspent (?:my|the) (?:lunch(?: break)?|morning|afternoon|evening|day|weekend|break)"
    r" (?:at|in|on|by)\b(?! the phone| calls| zoom| hold)"
    r"|\b(?:riding|taking|catching) the (?:[\w'-]+\s+){0,2}?(?:line|train|bus|tube|metro|subway"
    r"|ferry|el|tram)\b"
    r"|\b(?:sit|sitting|sat) in (?:my|the) car\b"
    r"|\b(?:got|get|getting) (?:there|here|in|home) at [0-4](?::\d\d)?\b(?!\s*p)"
    r"|\b(?:on|doing|serving) jury (?:duty|service)\b|\bjury (?:duty|service) (?:all|this|today"
    r"|tomorrow|next)\b"
    r"|\b(?:on|off) (?:i-?\d{1,3}|m\d{1,3}|sh\d{1,2}|us-?\d{1,3})\b"
    r"|\b(?:train|bus|flight|plane|tube|ferry|tram|metro|subway|streetcar|carriage)(?:'s| is)?"
    r" (?:stuck|delayed|late|cancell?ed|held|rammed|packed|heaving|crammed)\b"
    r"|\bfresh off\b|\bred-?eye\b|\bjust off (?:a|the) (?:plane|flight|train|ferry)\b"
    r"|\b(?:pilates|yoga|gym|spin|crossfit|barre|swim|run|training|school run|drop-?off"
    r"|pick-?up)\s+(?:at|by)\s+\d"
    r"|\bday \d+ at (?:the|my|our|#)|\bday \d+ of (?:the|my|our) (?:[\w-]+ )?(?:conference"
    r"|congress|summit|trip|holiday|vacation|retreat|festival|tour|visit|road trip)\b"
    r"|\b(?:down|up) the coast\b|\blong weekend\b"
    r"|\b(?:just|finally) (?:walked|stumbled|crawled|got) in(?:to)? (?:the door|the house)\b"
    r"|\btaking (?:\w+day|tomorrow|next week|the arvo|the afternoon|the morning) off\b"
    # exercise somewhere: "swim at the lido", "run along the canal"
    r"|\b(?:swim|run|walk|hike|ride|climb|jog|paddle|dip|stroll|session|class|workout|yoga"
    r"|pilates|spin)\s+(?:at|in|along|by|on|around|through)\s+(?:the|a|my)\s+(?:[\w-]+\s+)?"
    r"(?:lido|pool|park|canal|river|beach|gym|lake|hills?|woods|trail|coast|seafront|sea|pier"
    r"|prom|promenade|harbou?r|bay|cove|quay|slipway|reservoir|loch"
    r"|studio|wall|crag|track|common|heath|fells?|moors?|community cent(?:re|er)|hall)\b"
    # writing from somewhere
    r"|\b(?:writing|posting|tweeting|typing|replying|sending|working)\s+(?:this\s+|these\s+"
    r"|emails?\s+|notes?\s+)?from\s+(?:a|an|the|my|our)\b(?!\s+(?:place|perspective|lens|stance"
    r"|position|framework|standpoint|point of view|strengths?|deficits?)\b)"
    # just arrived or home (not news: "word just in that ...", "results just in")
    r"|\b(?:just|finally)\s+(?:got|get|getting)\s+(?:in|home|back|off)\b"
    r"(?! (?:the|a|an|my) (?:phone|call|zoom|line|teams|video call|meeting)\b)"
    r"|(?<!\bword )(?<!\bnews )(?<!\bresults )(?<!\bupdate )(?<!\bfigures )"
    r"\b(?:just|finally) (?:back|in|home)\b(?! (?:case|time)\b)"
    r"|\b(?:got|get|getting) home\b|\bfeet up\b|\bhome from (?:work|the office|clinic|a long)\b"
    # travel: platforms, motorways, trains, rooms
    r"|\b(?:stuck|sat|sitting|standing|waiting|queu(?:e)?ing)\s+(?:on|at|in|behind)\s+"
    r"(?:a|an|the|my)\s+(?:[\w-]+\s+)?(?:platform|motorway|train|tube|bus|plane|station"
    r"|airport|lorry|truck|traffic|queue|m\d+|i-?\d+|car park|parking lot|departure lounge"
    r"|waiting room|ferry|carriage)\b|\b(?:on|at|off) the (?:m|a|i-?)\d{1,3}\b"
    r"|\b(?:stuck|sat|sitting|standing|waiting|queu(?:e)?ing) (?:at|in|on) (?:[\w'-]+ ){1,3}?"
    r"(?:station|platform|stop|terminal)\b"
    r"|\b(?:flight|train|bus|tram|tube|streetcar|ferry|subway|metro)(?:'s| is)? (?:delayed"
    r"|cancell?ed)\b"
    # the author's own leave and plans
    r"|\b(?:annual|study|parental|maternity|mat|paternity|pat|sick) leave (?:starts|begins|from"
    r"|until|next|this|tomorrow|coverage|starting)\b"
    r"|\bi'?ll be (?:(?:up|down|out|over|back) (?=at|in\b))?(?:at|in|on|away|off|out"
    r"|travell?ing|visiting)\s+(?!touch\b|contact\b|arms\b"
    r"|a position\b|charge\b|the loop\b|good hands\b)"
    r"|\bback (?:on emails|at my desk|in clinic|in the office|on (?:mon|tues|wednes|thurs|fri)"
    r"day)\b|\bat my (?:son|daughter|kid|child|niece|nephew)'?s\b)",
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
