"""The vocabulary of the `phi` guard: names, places, dates, ages and record numbers.

Kept apart from `phi.py` so the decision logic there stays short. Every
pattern is bounded (no nested unbounded repetition), so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import MONTH, WEEKDAY

_I = "(?i:{})".format
PERSON_NOUN = (
    r"client|patient|kiddo|kid|teen(?:ager)?|adolescent|boy|girl|man|woman|mom|mother|dad"
    r"|father|guy|lady|couple|family|veteran|student|person|someone|child|son|daughter"
    r"|husband|wife|widow(?:er)?|preteen|tween|survivor|supervisee|mum|mam|nan|nana|gran"
    r"|granny|grandma|grandmother|grandad|grandpa|grandfather|bloke|lad|lass|fella|youngster"
    r"|young person|service user|pupil|learner|\d{1,2}[- ]?(?:yo|y/o|year[- ]old)"
)
#: An appointment time standing for the person in it: "my 2pm", "my Tuesday 10am".
SLOT = r"my (?:[a-z]+day )?\d{1,2}(?::\d\d)?\s?(?:am|pm)\b"
NAME = r"[A-Z][a-zà-öø-ÿ]{1,20}(?:[- ][A-Z][a-zà-öø-ÿ]{1,20})?"
NOT_NAMES = compiled(
    rf"^(?:{MONTH}|{WEEKDAY}|today|tonight|this|that|the|and|but|so|then|who|what|when|my|his"
    r"|her|their|our|a|an|i|he|she|they|we|you|it|there|here|one|anyway|also|never|always"
    r"|just|still|again|zero|instead|not|too|yesterday|tomorrow|last|first|next|said|says"
    r"|midnight|noon|midday|boy|girl|man|woman|teen|kid|child|client|patient|male|female|mom"
    r"|mum|dad|son|daughter|lady|guy|gentleman|baby|toddler|adult|student)$",
    re.IGNORECASE,
)
INITIALS_NOT_NAMES = frozenset(
    {"U.S.", "U.K.", "D.C.", "A.M.", "P.M.", "E.U.", "N.Y.", "L.A.", "B.C.", "A.D.", "Q.A.",
     "U.N.", "P.S.", "R.I.P.", "N.B.", "I.E.", "E.G.", "O.K.", "T.V.", "S.F.", "N.J.",
     "S.A.", "S.L."}  # a firm's suffix in Spanish, French, Portuguese: "Salud S.A."
)  # fmt: skip
THIRD_PERSON = compiled(
    rf"\b(?:(?:he|she|him|her|his|hers|they|their|{PERSON_NOUN})s?\b|{SLOT})", re.I
)
#: The author's own family, whose whereabouts are the author's, not a client's.
OWN_FAMILY = compiled(
    r"\b(?:(?:my|our|with (?:the|my|our)) (?:(?:little|two|three|eldest|youngest|oldest) )?"
    r"(?:kids|children|family|mum|mom|dad|son|daughter|husband|wife|partner|nan|gran|granny"
    r"|grandma|grandad|parents|boys|girls|folks|mam|mammy|mother|father|sister|brother|nana"
    r"|grandmother|grandfather|aunt|auntie|uncle|in-laws|bairns|weans)"
    r"|(?:visiting|with) (?:family|relatives|the family)"
    r")\b",
    re.IGNORECASE,
)
#: Someone spoken to or about: "you" in a message to them, or "who" after their name.
ADDRESSED = compiled(r"\b(?:you(?:r|'re|'ve|'ll)?|who)\b", re.I)
DATE_CUE = compiled(
    r"\b(?:he|she|him|her|his|born|birthday|b-?day|dob|d\.o\.b|died|passed|admitted"
    r"|discharged|funeral|overdosed?|attempt(?:ed)?|hospitali[sz]ed|intake|client|patient"
    r"|\d{1,2}[- ]?(?:yo|y/o|year[- ]old)"
    r"|(?<=[,;:(] )alta el|de alta|ingres(?:\u00f3|ad[oa])|naci(?:\u00f3|d[oa])"
    r"|falleci(?:\u00f3|d[oa])|muri\u00f3|paciente|clienta)s?\b|\bturn(?:ed|s|ing) \d{1,3}\b",
    re.IGNORECASE,
)
#: A month in a year ("since March 2025"): a date too, once it is tied to a person.
MONTH_DATE = compiled(rf"\b(?:since )?{MONTH}\.? (?:19|20)\d\d\b", re.IGNORECASE)
#: A year: MONTH_DATE is only looked for in a text that has one.
YEAR = compiled(r"(?:19|20)\d\d\b")
ROLE_ADDRESSES = frozenset(
    {"info", "contact", "hello", "office", "admin", "support", "help", "press", "media",
     "events", "team", "careers", "jobs", "noreply", "no-reply", "registration",
     "conference", "intake", "referrals", "billing", "frontdesk", "appointments", "bookings",
     "booking", "enquiries", "enquiry", "inquiries", "reception", "hi", "clinic", "practice",
     "empleos", "citas", "contacto", "informacion", "recepcion", "administracion", "hola"}
)  # fmt: skip

#: "a client named Sarah", "my kiddo (let's call her Mia)": tried only on a draft that has one
#: of NAMED_AS_HINTS, since its scan is the slowest of the name patterns.
NAMED_AS = compiled(
    _I(
        rf"\b(?:{PERSON_NOUN})s?\b[^.!?\n]{{0,20}}?\b(?:named|called|call (?:him|her|them)"
        rf"|name is|name's|goes by)\s+"
    )
    + rf"(?P<name>{NAME}|[A-Z]\.?)(?![\w])"
)
NAMED_AS_HINTS = ("name", "call", "goes by")
NAME_PATTERNS = (
    # "client Sarah", "patient J.", "Mrs. K"
    compiled(
        _I(r"\b(?:client|patient|kiddo|supervisee)s?\s+") + rf"(?P<name>{NAME}|[A-Z]\.?)"
        r"(?![\w])"
    ),
    compiled(
        r"\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+"
        r"(?P<name>[A-Z]\.?(?![\w])|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b)"
    ),
    # "Maria, a 34-year-old", "Tom, my 2pm"
    compiled(
        rf"(?P<name>\b{NAME}),\s+"
        + _I(
            r"(?:a|an|my|our)\s+(?:\d{1,2}[- ]?(?:year[- ]old|yo|y/o)\b|(?:\d{1,2}(?::\d\d)?"
            r"\s?(?:am|pm))\b|(?:client|patient|kiddo|teen)\b)"
        )
    ),
    # "Marcus, 17,", "the Hendersons", "the Jenkins family"
    compiled(rf"(?P<name>\b{NAME}),\s+(?:(?i:aged?)\s+)?\d{{1,2}}\s*[,)]"),
    # "Mark S., 58"
    compiled(r"(?P<name>\b[A-Z][a-z]{1,20} [A-Z]\.),?\s*\d{1,2}\b"),
    # "Dana's intake"
    compiled(
        rf"(?P<name>\b{NAME})'s\s+"
        + _I(r"(?:intake|session|appointment|assessment|file|chart|notes|referral|discharge)\b")
    ),
    # "Jaylen (10)", "Priya (3rd yr engineering", "Sam (Year 9"
    compiled(
        rf"(?P<name>\b{NAME})\s*\("
        + _I(
            r"(?:\d{1,2}(?:\)|,\s*[a-z])|\d{1,2}(?:st|nd|rd|th)?\s*(?:yr|year|grade|gr|form|class)\b"
            r"|(?:year|yr|grade|class|form|std|standard)\s*\d{1,2}\b)"
        )
    ),
    # "T. in 4th grade"
    compiled(
        r"(?:^|(?<=[\s(]))(?P<name>[A-Z]\.)\s+(?=(?:in|from|at|who|was|is|has|had|brought|said"
        r"|told|came)\b)"
    ),
    compiled(
        r"\b(?i:the)\s+(?P<name>[A-Z][a-z]{2,}s)\b(?=\s+(?:from|in|came|are|were|have|had"
        r"|finally|told|said)\b)"
        rf"(?!\s+from\s+(?i:{WEEKDAY}|{MONTH}|today|tomorrow|tonight|next|now|\d))"
    ),
    compiled(r"\b(?i:the)\s+(?P<name>[A-Z][a-z]{2,})\s+(?:family|household|kids|boys|girls)\b"),
    # "congrats to Tasha for finishing treatment"
    compiled(
        _I(
            r"\b(?:congrat(?:s|ulations)|shout-?out|so proud of|proud of|thinking of|praying for)"
            r"(?: to)?\s+"
        )
        + rf"(?P<name>{NAME})\b(?=[^.!?\n]{{0,60}}"
        + _I(
            r"\b(?:treatment|therapy|sober|sobriety|recovery|rehab|discharge|session"
            r"|(?:his|her|their) (?:real )?name|\d+ days? (?:clean|sober|off|free|without))"
        )
        + ")"
    ),
    # "J. came in", initials "J.D."
    compiled(
        r"(?<![\w.])(?P<name>[A-HJ-Z]\.?)(?=\s+"
        + _I(
            r"(?:came|said|told|was|has|had|cried|asked|shared|finally|walked|showed|texted"
            r"|called|got|keeps|kept|left|started|made|did|wants|wanted|is (?:a|an|\d))\b"
        )
        + ")"
    ),
    # "J.D.", and "R.O'C", "S.McG" with a surname prefix
    compiled(
        r"(?<![\w.])(?P<name>[A-Z]\.\s?(?:[A-Z]\.(?:\s?[A-Z]\.)?|(?:O'|Mc|Mac)[A-Z][a-z]?))(?![\w])"
    ),
)
#: A first name and a surname initial ("Marcus T.", "Darren W., who"): a client's name when the
#: post is about care (CARE_CUE); "John F. Kennedy" (a surname follows) is not matched.
NAME_INITIAL = compiled(
    r"(?P<name>\b[A-Z][a-z]{1,20} [A-Z]\.)(?=,|\s*$|\s+(?:[a-z]|[A-Z][a-z]+ed\b))"
)
CARE_CUE = compiled(
    r"\b(?:sessions?|therapy|treatment|sober|sobriety|recovery|rehab|detox|discharged?|relapsed?"
    r"|clients?|patients?|inside|parole|ward|admitted|said i could|let me (?:share|mention|post)"
    r"|with (?:his|her|their) (?:permission|consent)|asked me to (?:share|use))\b",
    re.IGNORECASE,
)
#: What ties a place to someone: "lives in", "a teen from", "her job in", "commuting ... from".
#: Lower case only, so it runs on the lower-cased text; PLACE_AFTER reads the place itself.
PLACE_TRIGGER = compiled(
    r"\b(?:lives|living|lived|grew up|moved (?:here )?(?:to|from)|is from|was from|'s from"
    r"|comes from|came from|goes to|went to|attends|attended|born in"
    r"|(?:works|worked|working)(?: (?:part-time|full-time|part time|full time|nights|weekends))?"
    r" at"
    r"|raised in|resides|residing|(?:" + PERSON_NOUN + r")s? (?:(?:out|up|down|over) )?"
    r"(?:from|in|at|near|fae|frae|past|beyond)"
    r"|(?:his|her|their) (?:[\w-]+ )?(?:job|school|flat|house|home|work|office|college"
    r"|uni|placement|church|mosque|temple|estate|street|village|town|nursery) (?:in|at"
    r"|on|near)|(?:commut|travel|driv|cycl|walk|bus|com(?:es|ing))\w* (?:[\w-]+ ){0,4}?"
    r"from)\s+",
    re.IGNORECASE,
)
#: Capitals and small letters past Latin-1 ("Ōtara", "Łódź", "Şişli"): place names too.
_EXTENDED = [chr(c) for c in range(0x100, 0x250)]
UPPER = "A-Z\u00c0-\u00de" + "".join(c for c in _EXTENDED if c.isupper())
LOWER = "a-z\u00df-\u00ff" + "".join(c for c in _EXTENDED if c.islower())
#: The place after a trigger: "in the Bronx", "Ten Sleep", "Hackney Wick", "Ōtara", "SM North"
#: (a mall or a campus after its initials).
PLACE_AFTER = compiled(
    r"(?:(?i:in|on|at|near)\s+)?(?:(?i:the)\s+)?(?P<place>(?:[A-Z]{2,3}\s(?=[A-Z][a-z]))?"
    rf"[{UPPER}][{LOWER}]+(?:[\s-][{UPPER}][{LOWER}]+){{0,2}})"
)
PLACE_PATTERNS = (
    compiled(
        r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln"
        r"|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Terrace|Pkwy|Parkway|Hwy|Highway)\b\.?"
    ),
    compiled(r"\b(?:[A-Z]{2}|(?i:zip(?: code)?:?|near|in|around))\s+\d{5}(?:-\d{4})?\b"),
    compiled(
        r"\b[A-Z][a-z]+\s+(?:(?:High|Middle|Elementary|Junior High|Prep|Grammar|Primary"
        r"|Secondary|Composite|Collegiate)(?:\s+School)?\b|(?:Boys|Girls)(?:'|\s+(?:High|School|College|Grammar)\b))"
    ),
)
AGE = compiled(
    r"\b(?:9\d|1[0-2]\d)(?:[- ]?(?:years?|yrs?)[- ]?old\b|[- ]?y/?o\b)"
    r"|\b(?:aged?|turned|turning|turns)\s+(?:9\d|1[0-2]\d)\b"
    r"|\b(?:(?i:she|he|they)(?:'s|’s| is| was| are)|(?i:who(?:'s| is)))\s+(?:(?i:only|nearly"
    r"|almost|just|now)\s+)?(?:9\d|1[0-2]\d)\b(?!\s*(?:%|percent|min|hours?|hrs?|mg|kg|lbs?))"
    r"|\b(?:is|turned|turns|turning)\s+(?:9\d|1[0-2]\d)\b(?![.,]?\d|\s*(?:%|°|degrees|percent|mph"
    r"|min|hours?|hrs?|mg|ml|km|days|pounds|lbs|kg|miles|dollars|cents|pages|beds|people|points))",
    re.IGNORECASE,
)
#: "Kayla from Ten Sleep", "Jamie fae Drumchapel": a first name with the place the person is from.
NAME_FROM = compiled(
    r"(?<![\w.'])(?P<name>[A-Z][a-z\u00e0-\u00f6\u00f8-\u00ff]{2,14})\s+(?:from|fae|frae)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})"
)
#: Capitalised words before "from" that are not a person's name ("Greetings from Leeds").
NAME_FROM_NOT = compiled(
    r"^(?:greetings|love|hello|hi|hey|news|live|postcard|update|report|cheers|thanks|best|fresh"
    r"|straight|back|away|far|home|escape|data|evidence|research|advice|help|support|anyone"
    r"|someone|everyone|nobody|somebody|anybody|people|staff|team|photos|videos|memos|more"
    r"|less|away|aside|apart|free|safe|clear|different|one|none|all|some|many|most|few|both"
    r"|quote|word|letter|message|note|post|thread|email|call|visit|guest|speaker|talk"
    r"|lesson|insight|notes|lessons|sunset|sunrise|dawn|dusk|view|skyline|rainbow)$"  # a view
    r"|.*[^aiuos]s$|.{2,}ing$",
    re.IGNORECASE,
)
#: A title or relation before a name: a colleague, friend or public figure, not a client
#: ("Dr. Ruth Sim from Westmead", "our new receptionist Amy from Whitby").
TITLED = compiled(
    r"\b(?:(?:dr|prof|professor|rev|cllr|sir|dame|lord|lady|judge|coach|mayor|minister"
    r"|senator|officer)\.?|colleague|receptionist|manager|admin|intern|supervisor|mentor"
    r"|friend|mate|pal|husband|wife|partner|sister|brother|cousin|nephew|niece|auntie|aunt"
    r"|uncle|neighbou?r|boss|director|lead|author|speaker|guest|host)s?\s+(?:[A-Z][a-z]+\s+)?$",
    re.IGNORECASE,
)
#: Words that make a place an organisation: "Sarah from Westmead Hospital" is a colleague.
ORGANISATION = compiled(
    r"\b(?:university|uni|hospital|trust|council|nhs|college|clinic|centre|center|institute"
    r"|foundation|charity|service|services|team|police|museum|library|health|press|news"
    r"|radio|tv|fm|ltd|inc|group|network|society|association|ministry|department)\b",
    re.IGNORECASE,
)
#: Just before a name: a book's author ("A Grief Observed by C.S. Lewis").
AUTHOR = compiled(r"\b(?:by|author|authors|writer)\s+$", re.IGNORECASE)
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Mx", "Miss"})
QUOTED = compiled(r"\b(?:as|like|by|from|quoting|quote|of)\s+$", re.IGNORECASE)
RECORD = compiled(
    r"\b(?:mrn|medical record|chart|case|record|account|acct|member|policy|claim|patient|client|pt"
    r"|insurance|ssn|social security|id)(?:\s+(?:number|no\.?|num|id|ref|reference|#))?\s*[:#]?\s*"
    r"(?P<num>[A-Z0-9][A-Z0-9-]{3,})\b"
    r"|\b\d{3}-\d{2}-\d{4}\b",
    re.IGNORECASE,
)


#: A screen work watched: "Finally watched Skins.", "binged Heartstopper,".
_WATCHED = compiled(r"\b(?i:watched|watching|re-?watched|re-?watching|binged|binge-?watched)\s+$")


def watched_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalised run is the title of something watched, ending its clause."""
    return text[end : end + 1] in (".", ",", "!", "?", ";") and (
        _WATCHED.search(text, max(0, start - 16), start) is not None
    )
