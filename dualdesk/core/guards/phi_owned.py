"""`phi`: identifiers a third person owns or has lived in, by their grammar.

Families a clinician writes about a person without any client word:

- initials owning a relative or a result: "TK's sister rang", "AMcD's
  MMSE dropped", "P.O'N's bloods": capitals with a possessive before a kin
  word or a test are a person's initials, not an acronym;
- a birthday given by its weekday, owned by a third person: "her birthday
  was Tuesday", "his birthday's on Friday" (a date of birth under Safe
  Harbor); the author's own and their kin's stay quiet;
- a place tied to a span of someone's life: "farmed in Ballymena for 30
  years", "has been on the Antrim Road since 1962"; not the author's own
  life ("I", "we", "my ..." other than a client) nor a colleague's;
- a school named bare beside a third person's child or school event:
  "her grandson at St Brigid's", "his end-of-term concert at Moorfield";
- a lone initial the author sat with where care happens (`phi_company.py`).
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_company import company_initials

Span = tuple[int, int, str, str]
_NAME = ("a name or initial", "Remove the name or initial.")
_DATE = ("a date tied to a person", "Leave out the date.")
_PLACE = ("a place smaller than a state", "")

_KIN = (
    r"(?:family|wife|husband|partner|mum|mam|mom|ma|dad|da|father|mother|son|daughter|sister"
    r"|brother|kids?|children|niece|nephew|cousin|aunt(?:ie|y)?|uncle|granddaughter|grandson"
    r"|grandkids?|grandchildren|carer|caregiver|parents?|girlfriend|boyfriend|fianc[eé]e?)"
)
_RESULT = (
    r"(?:moca|mmse|ace-?(?:iii|3)|phq-?9|gad-?7|bloods|labs|scan|mri|ct|eeg|ecg|depot|meds"
    r"|levels?|score|results?|referral|discharge|assessment|diagnosis|dx|care plan|birthday"
    r"|funeral|court date|hearing|appointment|appt)"
)
#: Undotted or dotted initials, Mc/Mac/O' allowed, owning a kin word or a result.
_OWNED = compiled(
    r"(?<![\w.'])(?P<name>[A-Z]\.?(?:Mc|Mac|O')?[A-Z]\.?(?:[A-Z]\.?)?)'s "
    rf"(?:(?:new|older|younger|eldest|youngest|little|wee|latest|repeat|follow-up) )?"
    rf"(?i:{_KIN}|{_RESULT})\b"
)
#: Acronyms that own things too: services, bodies, places, therapies.
_ACRONYMS = frozenset(
    {"GP", "ED", "ER", "OT", "PT", "HR", "UK", "US", "EU", "NHS", "HSE", "NDIS", "CDC", "WHO",
     "APA", "NIMH", "CBT", "DBT", "ACT", "EMDR", "NAMI", "ADHD", "PTSD", "OCD", "ASD", "ICU",
     "BBC", "ABC", "NT", "NSW", "QLD", "VA", "DSM", "ICD", "AA", "NA", "UN", "NI", "SA", "TV",
     "DOH", "CMHT", "CAMHS", "MDT", "ACE", "NICE", "RCPsych", "AMA", "FDA", "DOE", "PE", "IT",
     "MP", "PM", "CEO", "DJ", "RN", "NP", "MD", "DA", "PA", "JFK", "MLK", "FDR", "LBJ"}
)  # fmt: skip

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: A third person's birthday given by its weekday.
_BIRTHDAY = compiled(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?:client|patient|pt|resident)'s|[A-Z][a-z]+'s) birthday"
    r"(?:'s| (?:was|is|falls|fell|be))?(?: on)?(?: (?:last|this|next|past))? "
    rf"(?P<day>(?i:{_WEEKDAY}))\b"
)

_YEARS = r"(?:\d{1,2}|[a-z]+(?:[- ][a-z]+)?) (?:odd )?years"
#: A place followed by how long someone was there: "in Omagh for 40 years", "since 1958".
_TENURE = compiled(
    r"\b(?:in|on|at|up|off) (?:the )?(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
    r"(?: (?:Road|Rd|Street|St|Avenue|Ave|Lane|Estate|Park|Drive|Terrace))?)"
    rf" (?:for (?:(?:over|nearly|almost|about|some|near) )?{_YEARS}|since (?:19|20)\d\d)\b"
)
#: A person lived there: a verb of a life in the past or present perfect.
_LIFE_VERB = compiled(
    r"\b(?:lived|lives|living|ran|run|worked|works|farmed|fished|taught|nursed|drove|kept"
    r"|owned|raised|grew up|has been|had been|'s been|was born)\b"
)
#: The sentence is the author's or a colleague's, not a client's.
_NOT_THIRD = compiled(
    r"(?i)\b(?:i|we|i'm|i've|we've|us|me|colleague|co-?worker|supervisor|mentor|manager|boss"
    r"|friend|practice|clinic|service|team|dr|prof|speaker|keynote|author|presenter|guest)\b"
    r"|\b(?i:my|our) "
    r"(?!(?:[\w-]+ ){0,2}(?:client|patient|pt|resident|service user)s?\b)"
)
#: Someone other than a client, for a school: the author may be invited ("invited me").
_OTHERS = compiled(
    r"(?i)\b(?:colleague|co-?worker|supervisor|mentor|manager|boss|friend|dr|prof|speaker)s?\b"
    r"|\b(?i:my|our) (?!(?:[\w-]+ ){0,2}(?:client|patient|pt|resident|service user)s?\b)"
)
#: The author's own kin named before a birthday: "my girl is six on Friday! her birthday ...".
_OWN_KIN = compiled(
    rf"(?i)\b(?:my|our) (?:[\w-]+ )?(?:{_KIN}|girl|boy|youngest|eldest|oldest|baby|wee one)s?\b"
)
_CLIENT = compiled(r"(?i)\b(?:client|patient|pt|resident)s?\b")
_PLACE_NOT = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Christmas", "Easter", "The", "Mental", "Health"}
)  # fmt: skip

_CHILD = (
    r"(?:grand)?(?:son|daughter|kids?|children|child|boy|girl|wean|weans)|wee (?:one|lad|girl)"
    r"|grandkids?|grandchildren"
)
_EVENT = (
    r"(?:assembly|graduation|prize-?giving|sports day|formal|carnival|concert|nativity"
    r"|open day|parents' evening|athletics|swimming carnival)"
)
_SCHOOL_NAME = (
    r"(?P<place>St\.? [A-Z][a-z]+'s|(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ (?:School|College|Primary"
    r"|High|Academy|Grammar|Secondary)|[A-Z][a-z]{3,})"
)
#: A third person's child or school event, at a school named bare.
_SCHOOL = compiled(
    rf"\b(?i:his|her|their)\b(?: [\w'-]+){{0,3}}? (?i:{_CHILD}|{_EVENT})s? "
    rf"(?:at|goes to|attends|from) {_SCHOOL_NAME}"
)


def owned_identifiers(text: str, folded: str, public: Hits) -> list[Span]:
    """Spans of owned initials, a birthday's weekday, a lived-in place and a bare school.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s.
        public: where the draft speaks of public or historical things.

    Returns:
        (start, end, kind, advice) spans.
    """
    found: list[Span] = company_initials(text, folded)
    if "'s " in text:
        for m in _OWNED.finditer(text):
            if m.group("name").replace(".", "") not in _ACRONYMS:
                found.append((*m.span("name"), *_NAME))
    if "birthday" in folded:
        for m in _BIRTHDAY.finditer(text):
            s, _ = sentence_bounds(text, m.start())
            if _OTHERS.search(text, max(s, m.start() - 40), m.start()):
                continue
            if not _OWN_KIN.search(text, 0, m.start()) or _CLIENT.search(text, 0, m.start()):
                found.append((*m.span("day"), *_DATE))
    if " years" in folded or "since " in folded:
        for m in _TENURE.finditer(text):
            if m.group("place").split(" ")[0] in _PLACE_NOT:
                continue
            s, _ = sentence_bounds(text, m.start())
            if not _LIFE_VERB.search(text, s, m.start()) or _NOT_THIRD.search(text, s, m.start()):
                continue
            if not public.within(s, m.start()):  # "since 1958" itself reads as history
                found.append((*m.span("place"), *_PLACE))
    if " at " in folded or " goes to " in folded or " attends " in folded:
        for m in _SCHOOL.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if not _OTHERS.search(text, max(s, m.start() - 40), m.start()) and not public.within(
                s, e
            ):
                found.append((*m.span("place"), *_PLACE))
    return found
