"""`phi`: HIPAA Safe Harbor identifiers tied to a person.

Covers the identifier types a clinician's post could plausibly carry: names
and initials of a person spoken about, places smaller than a state tied to
them (street, ZIP code, town, school), dates tied to them (birth, admission,
death, a day they were seen), ages over 89, phone numbers, email addresses,
and record or account numbers. Organisations' numbers (toll-free crisis
lines), role addresses (info@, contact@) and the user's own profile
addresses are not personal identifiers and do not fire.

Severity: warn on its own (a name may be a public figure or a colleague);
block together with a `clinical` finding (set in review.py): an identifier
next to a story about a client is what makes the client recognisable.
"""

from __future__ import annotations

import re

from dualdesk.core.emails import mailbox
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import (
    DATE,
    EMAIL,
    MONTH,
    PHONE,
    PUBLIC,
    TOLL_FREE,
    WEEKDAY,
    Hits,
    plain,
    sentence_bounds,
)
from dualdesk.core.posts import Draft

_I = "(?i:{})".format
_PERSON_NOUN = (
    r"client|patient|kiddo|kid|teen(?:ager)?|adolescent|boy|girl|man|woman|mom|mother|dad"
    r"|father|guy|lady|couple|family|veteran|student|person|someone|child|son|daughter"
    r"|husband|wife|widow(?:er)?|preteen|tween|survivor|supervisee"
)
_NAME = r"[A-Z][a-zà-öø-ÿ]{1,20}(?:[- ][A-Z][a-zà-öø-ÿ]{1,20})?"
_NOT_NAMES = re.compile(
    rf"^(?:{MONTH}|{WEEKDAY}|today|tonight|this|that|the|and|but|so|then|who|what|when|my|his"
    r"|her|their|our|a|an|i|he|she|they|we|you|it|there|here|one|anyway|also|never|always"
    r"|just|still|again|zero|instead|not|too|yesterday|tomorrow|last|first|next|said|says"
    r"|midnight|noon|midday)$",
    re.IGNORECASE,
)
_INITIALS_NOT_NAMES = frozenset(
    {"U.S.", "U.K.", "D.C.", "A.M.", "P.M.", "E.U.", "N.Y.", "L.A.", "B.C.", "A.D.", "Q.A.",
     "U.N.", "P.S.", "R.I.P.", "N.B.", "I.E.", "E.G.", "O.K.", "T.V.", "S.F.", "N.J."}
)  # fmt: skip
_PLACE_NOT_SMALL = re.compile(
    r"^(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida"
    r"|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland"
    r"|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada"
    r"|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma"
    r"|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah"
    r"|vermont|virginia|washington|west virginia|wisconsin|wyoming|america|the us|usa"
    r"|canada|mexico|england|scotland|wales|ireland|australia|europe|asia|africa|india|china"
    r"|japan|germany|france|spain|italy|the uk|uk|therapy|treatment|rehab|school|college"
    r"|work|church|here|there|home|and|the|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|spring|summer|fall|autumn|winter)$",
    re.IGNORECASE,
)
_THIRD_PERSON = re.compile(rf"\b(?:he|she|him|her|his|hers|they|their|{_PERSON_NOUN})s?\b", re.I)
_DATE_CUE = re.compile(
    r"\b(?:he|she|him|her|his|born|birthday|b-?day|dob|d\.o\.b|died|passed|admitted"
    r"|discharged|funeral|overdosed?|attempt(?:ed)?|hospitali[sz]ed|intake|client|patient)s?\b",
    re.IGNORECASE,
)
_ROLE_ADDRESSES = frozenset(
    {"info", "contact", "hello", "office", "admin", "support", "help", "press", "media",
     "events", "team", "careers", "jobs", "noreply", "no-reply", "registration",
     "conference", "intake", "referrals", "billing", "frontdesk", "appointments"}
)  # fmt: skip

_NAME_PATTERNS = (
    # "a client named Sarah", "my kiddo (let's call her Mia)"
    re.compile(
        _I(
            rf"\b(?:{_PERSON_NOUN})s?\b[^.!?\n]{{0,20}}?\b(?:named|called|call (?:him|her|them)"
            rf"|name is|name's|goes by)\s+"
        )
        + rf"(?P<name>{_NAME}|[A-Z]\.?)(?![\w])"
    ),
    # "client Sarah", "patient J.", "Mrs. K"
    re.compile(
        _I(r"\b(?:client|patient|kiddo|supervisee)s?\s+") + rf"(?P<name>{_NAME}|[A-Z]\.?)"
        r"(?![\w])"
    ),
    re.compile(
        r"\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+"
        r"(?P<name>[A-Z]\.?(?![\w])|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b)"
    ),
    # "Maria, a 34-year-old", "Tom, my 2pm"
    re.compile(
        rf"(?P<name>\b{_NAME}),\s+"
        + _I(
            r"(?:a|an|my|our)\s+(?:\d{1,2}[- ]?(?:year[- ]old|yo|y/o)\b|(?:\d{1,2}(?::\d\d)?"
            r"\s?(?:am|pm))\b|(?:client|patient|kiddo|teen)\b)"
        )
    ),
    # "Marcus, 17,", "the Hendersons", "the Jenkins family"
    re.compile(rf"(?P<name>\b{_NAME}),\s+(?:(?i:aged?)\s+)?\d{{1,2}}\s*[,)]"),
    # "Mark S., 58"
    re.compile(r"(?P<name>\b[A-Z][a-z]{1,20} [A-Z]\.),?\s*\d{1,2}\b"),
    # "Dana's intake"
    re.compile(
        rf"(?P<name>\b{_NAME})'s\s+"
        + _I(r"(?:intake|session|appointment|assessment|file|chart|notes|referral|discharge)\b")
    ),
    # "Jaylen (10)", "T. in 4th grade"
    re.compile(rf"(?P<name>\b{_NAME})\s*\(\d{{1,2}}\)"),
    re.compile(
        r"(?:^|(?<=[\s(]))(?P<name>[A-Z]\.)\s+(?=(?:in|from|at|who|was|is|has|had|brought|said"
        r"|told|came)\b)"
    ),
    re.compile(
        r"\b(?i:the)\s+(?P<name>[A-Z][a-z]{2,}s)\b(?=\s+(?:from|in|came|are|were|have|had"
        r"|finally|told|said)\b)"
    ),
    re.compile(r"\b(?i:the)\s+(?P<name>[A-Z][a-z]{2,})\s+(?i:family|household|kids|boys|girls)\b"),
    # "congrats to Tasha for finishing treatment"
    re.compile(
        _I(
            r"\b(?:congrat(?:s|ulations)|shout-?out|so proud of|proud of|thinking of|praying for)"
            r"(?: to)?\s+"
        )
        + rf"(?P<name>{_NAME})\b(?=[^.!?\n]{{0,60}}"
        + _I(r"\b(?:treatment|therapy|sober|sobriety|recovery|rehab|discharge|session)")
        + ")"
    ),
    # "J. came in", initials "J.D."
    re.compile(
        r"(?<![\w.])(?P<name>[A-HJ-Z]\.?)(?=\s+"
        + _I(
            r"(?:came|said|told|was|has|had|cried|asked|shared|finally|walked|showed|texted"
            r"|called|got|keeps|kept|left|started|made|did|wants|wanted|is (?:a|an|\d))\b"
        )
        + ")"
    ),
    re.compile(r"(?<![\w.])(?P<name>[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?)(?![\w])"),
)
_PLACE_PATTERNS = (
    re.compile(
        r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln"
        r"|Lane|Dr|Drive|Ct|Court|Way|Pl|Place|Terrace|Pkwy|Parkway|Hwy|Highway)\b\.?"
    ),
    re.compile(r"\b(?:[A-Z]{2}|(?i:zip(?: code)?:?|near|in|around))\s+\d{5}(?:-\d{4})?\b"),
    re.compile(
        _I(
            r"\b(?:lives|living|lived|grew up|moved (?:here )?(?:to|from)|is from|was from"
            r"|comes from|came from|goes to|went to|attends|attended|works at|worked at|born in"
            r"|raised in|resides|residing|(?:" + _PERSON_NOUN + r")s? (?:from|in|at|near))\s+"
            r"|(?-i:[A-Z][a-z]+s) from\s+"
            r"(?:in\s+|on\s+|at\s+|near\s+)?(?:the\s+)?"
        )
        + r"(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})"
    ),
    re.compile(r"\b[A-Z][a-z]+\s+(?:High|Middle|Elementary|Junior High|Prep)(?:\s+School)?\b"),
)
_AGE = re.compile(
    r"\b(?:9\d|1[0-2]\d)(?:[- ]?(?:years?|yrs?)[- ]?old\b|[- ]?y/?o\b)"
    r"|\b(?:aged?|turned|turning|turns)\s+(?:9\d|1[0-2]\d)\b"
    r"|\b(?:(?i:she|he|they)(?:'s|’s| is| was| are)|(?i:who(?:'s| is)))\s+(?:(?i:only|nearly"
    r"|almost|just|now)\s+)?(?:9\d|1[0-2]\d)\b(?!\s*(?:%|percent|minutes|mins|kg|lbs?))",
    re.IGNORECASE,
)
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Mx", "Miss"})
_QUOTED = re.compile(r"\b(?:as|like|by|from|quoting|quote|of)\s+$", re.IGNORECASE)
_RECORD = re.compile(
    r"\b(?:mrn|medical record|chart|case|record|account|acct|member|policy|claim|patient|client"
    r"|insurance|ssn|social security|id)(?:\s+(?:number|no\.?|num|id|#))?\s*[:#]?\s*"
    r"(?P<num>[A-Z0-9][A-Z0-9-]{3,})\b"
    r"|\b\d{3}-\d{2}-\d{4}\b",
    re.IGNORECASE,
)


def _spans(draft: Draft, context: ReviewContext) -> list[tuple[int, int, str, str]]:
    text = plain(draft.text)
    found: list[tuple[int, int, str, str]] = []
    public = Hits(PUBLIC, text)
    for pattern in _NAME_PATTERNS:
        for m in pattern.finditer(text):
            name = m.group("name")
            if _NOT_NAMES.match(name.rstrip(".")) or name in _INITIALS_NOT_NAMES:
                continue
            if public.within(*sentence_bounds(text, m.start())):
                continue
            honorific = m.group()[:1] == "M" and m.group()[:4].rstrip(". ") in _HONORIFICS
            if honorific and _QUOTED.search(text, max(0, m.start() - 12), m.start()):
                continue  # "as Mr. Rogers said": a public figure, quoted
            found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    third_person = Hits(_THIRD_PERSON, text)
    for pattern in _PLACE_PATTERNS:
        for m in pattern.finditer(text):
            if "place" in pattern.groupindex:
                place = m.group("place")
                if _PLACE_NOT_SMALL.match(place):
                    continue
                s, e = sentence_bounds(text, m.start())
                if not third_person.within(s, m.start("place")) or public.within(s, e):
                    continue
                found.append((*m.span("place"), "a place smaller than a state", ""))
            else:
                found.append((*m.span(), "a place smaller than a state", ""))
    date_cue = Hits(_DATE_CUE, text)
    for m in DATE.finditer(text):
        s, e = sentence_bounds(text, m.start())
        if date_cue.within(s, e):
            found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    for m in _AGE.finditer(text):
        found.append(
            (*m.span(), "an age over 89", "Say \u201c90 or older\u201d, or leave it out.")
        )
    for m in PHONE.finditer(text):
        if not TOLL_FREE.match(m.group()):
            found.append((*m.span(), "a phone number", "Remove the phone number."))
    own = {mailbox(p.email) for p in context.profiles.values() if _valid(p.email)}
    for m in EMAIL.finditer(text):
        local = m.group().split("@", 1)[0].lower()
        if local in _ROLE_ADDRESSES or (_valid(m.group()) and mailbox(m.group()) in own):
            continue
        found.append((*m.span(), "an email address", "Remove the email address."))
    for m in _RECORD.finditer(text):
        num = m.group("num")
        if num is not None and (
            sum(c.isdigit() for c in num) < 4 or re.fullmatch(r"(?:19|20)\d\d", num)
        ):
            continue
        span = m.span("num") if num is not None else m.span()
        found.append((*span, "a record or account number", "Remove the number."))
    return found


def _valid(address: str) -> bool:
    try:
        mailbox(address)
    except ValueError:
        return False
    return True


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return a warn finding for each identifier in the draft."""
    text = draft.text
    findings: list[Finding] = []
    seen: list[tuple[int, int]] = []
    for start, end, kind, advice in sorted(_spans(draft, context)):
        if any(s <= start < e for s, e in seen):
            continue
        seen.append((start, end))
        findings.append(
            Finding(
                rule=Rule.PHI,
                severity=Severity.WARN,
                start=start,
                end=end,
                message=f"\u201c{text[start:end]}\u201d is {kind}: an identifier under HIPAA "
                "Safe Harbor.",
                advice=advice or "Leave out where the person lives, studies or works.",
            )
        )
    return findings
