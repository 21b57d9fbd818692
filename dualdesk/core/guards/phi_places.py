"""Places smaller than a state tied to a person, for the `phi` guard.

"She lives in Dorchester", "a teen from Kengeri", "Kayla from Ten Sleep",
"the Small Heath lad", "(förskola in Hägersten)": a place tied to someone
the author speaks about. A country, a state, a group of people ("clients
at Deaf events") or someone unspecified ("written by someone in
Louisville") ties no place to one person.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_lookalikes as pl
from dualdesk.core.guards import phi_no_ones as no_ones
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Folding, Hits, sentence_bounds
from dualdesk.core.guards.phi_countries import COUNTRIES, PLACE_NOT_SMALL
from dualdesk.core.guards.phi_word_origins import word_origin
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]
_THIRD_PERSON = Folding(pp.THIRD_PERSON)
_PLACE_TRIGGER = Folding(pp.PLACE_TRIGGER)
_KIND = "a place smaller than a state"
#: "in person in": how sessions are held, not a person.
_IN_PERSON = compiled(r"(?i:in person in )")
#: Just before a school trigger: its own bracket or a name's ("(förskola in", "Alva's nursery
#: at"), which ties the school to the person spoken about wherever they are in the sentence.
SCHOOL_OPENS = compiled(r"(?:\(|'s |\u2019s )(?=\w)")
#: "the Hendersons from ...": a family's name before "from".
PLURAL_FROM = compiled(r"\b[A-Z][a-z]+s from\s+")
#: Triggers that carry their own person: a student by year, a soldier by rank ("a first-year
#: at Dawson", "PFC from Copperas Cove"), and a school in any language ("(förskola in").
#: Lower case only, run on the lower-cased text.
OWN_PERSON_TRIGGER = compiled(
    r"\b(?:(?:(?:first|second|third|final)[- ]year|fresher|freshman|sophomore|soldier|sailor"
    r"|airman|marine|pfc|spc|cpl|sgt|sergeant|corporal|recruit|cadet|trooper|reservist)s?"
    r" (?:from|in|at|near|fae|frae)|(school|preschool|pre-school|nursery|daycare"
    r"|kindergarten|kita|f\u00f6rskola|skola|\u00e9cole|ecole|escuela|colegio|scuola|schule"
    r"|creche|cr\u00e8che) (?:in|at))\s+",
    re.IGNORECASE,
)
_OWN_PERSON = Folding(OWN_PERSON_TRIGGER)
#: OWN_PERSON_TRIGGER is tried only on a draft with one of these in its lower case.
_OWN_PERSON_WORDS = (
    "year", "fresh", "sophomore", "soldier", "sailor", "airm", "marine", "pfc", "spc", "cpl",
    "sgt", "sergeant", "corporal", "recruit", "cadet", "trooper", "reservist", "school",
    "nursery", "daycare", "kindergarten", "kita", "skola", "cole", "escuela", "colegio",
    "schule", "creche", "cr\u00e8che",
)  # fmt: skip
#: A venue with its town: "at St. Mary's in National City", "at Kingfisher Leisure Centre in
#: Redruth". Tied to a person the same way as the triggers above.
VENUE_IN = compiled(
    r"at (?:the )?(?:St\.? |Saint )?[A-Z][a-z'\u2019]+(?: [A-Z][a-z'\u2019]+){0,3} in\s+"
)
#: Plural people before "at" or "from": a group, whose place is no one person's.
_PLURAL_PEOPLE = compiled(rf"^(?:{pp.PERSON_NOUN})s$|^(?:people|folks|children|men|women)$")
#: People the author does not know or does not mean: their place identifies no one.
_UNSPECIFIED = frozenset({"someone", "somebody", "anyone", "anybody", "people"})
#: "the Small Heath lad", "a Hackney teen": a place said before the person it describes.
PLACE_BEFORE = compiled(
    r"(?P<place>[A-Z][a-z\u00e0-\u00ff]+(?:[ -][A-Z][a-z\u00e0-\u00ff]+)?)\s+(?:lad|lass|teen"
    r"|teenager|kid|kiddo|boy|girl|bloke|fella|youngster|client|patient|family|mum|mom|dad"
    r"|grandad|grandma|nan|widow|widower|veteran|student)\b(?!\s+(?:therap|model|approach|stud"
    r"|research|program|service|court|system|support|group|work|cent|clinic|hub|team|night"
    r"|day|week|session|event|room|ward|unit|law|life|guide|handbook|book))"
)
#: What PLACE_BEFORE needs before the place: an article or determiner ("the", "a", "my").
_DETERMINER = compiled(r"(?:^|[^\w'])(?i:the|a|an|this|that|our|my)\s+$")
#: Capitalised words before a person noun that say what kind, not where: "the Deaf kid".
_NOT_PLACE_BEFORE = compiled(
    r"^(?:deaf|black|white|brown|asian|latin[oax]|muslim|jewish|christian|catholic|sikh|hindu"
    r"|buddhist|mormon|amish|queer|trans|gay|lesbian|autistic|adhd|new|old|young|first|last"
    r"|other|same|year|grade|form|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|christmas|easter|eid|diwali|ramadan|halloween|summer|winter|spring|autumn|fall|poor"
    r"|little|big|quiet|angry|sad|shy|lovely|brave|ptsd|ocd|nhs|va|er|icu|mh|ed|dbt|cbt"
    r"|emdr|ifs|act|intake|referral|crisis|gen|z|indigenous|native|aboriginal|maori|irish"
    r"|welsh|scots|dutch|french|greek|thai|swiss|czech|roma|inuit|sami|kiwi|aussie|brit"
    r"|cornish|geordie|scouse|brummie|cockney|tamil|baptist|quaker|orthodox|autism|down"
    r"|tiktok|instagram|insta|youtube|netflix|zoom|teams|whatsapp|snapchat|discord|roblox"
    r"|minecraft|fortnite|xbox|playstation|lego|disney|marvel|pokemon|google|facebook"
    r"|evangelical|pentecostal|[a-z]+(?:ish|ese|ian|an|ic|i|ino|ina|ite|ais|aise|ing|ed))$",
    re.IGNORECASE,
)

#: A colleague described in apposition just before the trigger's person: "my supervisor, a
#: woman from...", "our consultant, the lad from...".
_APPOSED = compiled(
    r"\b(?i:supervisor|colleague|mentor|manager|boss|lecturer|tutor|professor|trainer"
    r"|consultant|co-?worker)s?,\s+(?i:a|an|the|this|one)\s+(?:[a-z-]+\s+){0,3}$"
)


WORD = compiled(r"[^\W\d_]+")


def is_own(name: str, own: frozenset[str]) -> bool:
    """Whether every word of `name` is a word of the user's own display names."""
    words = WORD.findall(name)
    return bool(words) and all(w.lower() in own for w in words)


def small(place: str) -> bool:
    """Whether a capitalised place is smaller than a state: not a state, a country or a word."""
    return not PLACE_NOT_SMALL.match(place) and place.lower() not in COUNTRIES


def named_from(text: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of "Kayla from Ten Sleep": a first name with where the person is from.

    Only in a post about someone (a third person, or "you" in a message to
    them), and not a colleague or public figure (a title before the name, a
    hospital or university after the place, a public sentence).
    """
    if not ("from" in text or "fae" in text or "frae" in text):
        return []
    if not (pp.THIRD_PERSON.search(text) or pp.ADDRESSED.search(text)):
        return []
    found = []
    for m in pp.NAME_FROM.finditer(text):
        name, place = m.group("name"), m.group("place")
        if pp.NOT_NAMES.match(name) or pp.NAME_FROM_NOT.match(name) or is_own(name, own):
            continue
        if not small(place) or pp.ORGANISATION.search(place):
            continue
        if pp.TITLED.search(text, max(0, m.start() - 30), m.start()) or no_ones.character_from(
            text
        ):
            continue  # "Dr Ana from Leeds"; "Kashaf from Zindagi Gulzar Hai" in a post on dramas
        if public.within(*sentence_bounds(text, m.start())):
            continue
        found.append((*m.span(), "a name with a place smaller than a state", ""))
    return found


def someone_else(text: str, start: int, end: int, family: list[tuple[int, int]]) -> bool:
    """Whether a person other than the author's own family is named in [start, end)."""
    return any(
        not any(a <= p.start() < b for a, b in family)
        for p in pp.THIRD_PERSON.finditer(text, start, end)
    )


#: Someone with the author right after a place: "at Groote Schuur with a client": there too.
_WITH_SOMEONE = compiled(
    rf"[^.!?\n]{{0,12}}?\bwith (?i:a|an|my|the|one of my|our) (?:[\w-]+ )?(?i:{pp.PERSON_NOUN})\b"
)


def about_someone(text: str, start: int, end: int, place_end: int) -> bool:
    """Whether someone other than the author's own family ("my mam in ...") is in the span,
    or is with the author right after the place ("in casualty at the General with a client")."""
    if (m := _WITH_SOMEONE.match(text, place_end)) and not pp.OWN_FAMILY.search(
        text, place_end, m.end()
    ):
        return True  # "with a client"; not "with the family", the author's own
    return someone_else(
        text, start, end, [f.span() for f in pp.OWN_FAMILY.finditer(text, start, end)]
    )


def tied_places(text: str, low: str | None, public: Hits) -> list[Span]:
    """Spans of places tied to someone: "she lives in Dorchester", "a teen from Kengeri".

    The person (a pronoun, a person noun, an appointment slot) must come
    before the place in its sentence, or anywhere in it for a school or
    nursery ("(förskola in Hägersten) finally said her first sentence"),
    and not be only the author's own family ("with the kids at Nantasket").
    """
    third_person = _THIRD_PERSON.hits(text, low)
    family: list[tuple[int, int]] | None = None
    found: list[Span] = []
    triggers = [(t, False) for t in _PLACE_TRIGGER.finditer(text, low)]
    triggers.extend((t, False) for t in PLURAL_FROM.finditer(text))
    if " in " in text:
        triggers.extend(
            (t, False)
            for t in VENUE_IN.finditer(text)
            if t.start() == 0 or not text[t.start() - 1].isalnum()
        )
    folded = text.lower() if low is None else low
    if holds_any(folded, _OWN_PERSON_WORDS):
        triggers.extend((t, True) for t in _OWN_PERSON.finditer(text, low))
    for trigger, own_person in triggers:
        if _IN_PERSON.match(text, max(0, trigger.start() - 3), trigger.end()):
            continue  # "sessions in person in Leeds or by video": the practice's rooms, no one's
        where = pp.PLACE_AFTER.match(text, trigger.end())
        if where is None or not small(where.group("place")):
            continue
        start = where.start("place")
        s, e = sentence_bounds(text, trigger.start())
        school = own_person and trigger.group(1) is not None
        if school and SCHOOL_OPENS.search(text, max(0, trigger.start() - 4), trigger.start() + 1):
            needed = e  # "(förskola in Hägersten) finally said her first word"
        elif own_person and not school:
            needed = s  # the student or the soldier is the person
        else:
            needed = start
        if (needed > s and not third_person.within(s, needed)) or public.within(s, e):
            continue
        if word_origin(text, s, e):
            continue  # "'Patient' comes from Latin": a language, not a place
        if trigger.re is not PLURAL_FROM and _group_at(text, trigger, own_person):
            continue
        if _APPOSED.search(text, max(s, trigger.start() - 60), trigger.start()):
            continue  # "my first supervisor, a terrifying woman fae Fife": a colleague's place
        if _SOUGHT.search(text, max(s, trigger.start() - 50), trigger.start()) or (
            no_ones.kind_in_place(text, trigger.start(), where.end("place"))
        ):
            continue  # "anyone know a good web person in Leeds?"; "a child in Leeds deserves"
        if family is None:
            family = [f.span() for f in pp.OWN_FAMILY.finditer(text)]
        if family and not own_person and not someone_else(text, s, start, family):
            continue
        found.append((*where.span("place"), _KIND, ""))
    for m in PLACE_BEFORE.finditer(text):
        if not _DETERMINER.search(text, max(0, m.start() - 6), m.start()):
            continue
        place = m.group("place")
        if _NOT_PLACE_BEFORE.match(place) or not small(place) or pp.NOT_NAMES.match(place):
            continue
        if not public.within(*sentence_bounds(text, m.start())):
            found.append((*m.span("place"), _KIND, ""))
    return found


#: Someone sought, not known: "anybody know a good", "can anyone recommend an".
_SOUGHT = compiled(
    r"\b(?:know|recommend|suggest|looking for|need|find)\s+(?:of\s+)?(?:a|an|any|some)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Trigger words ending in "s" that are a verb or a vehicle, never a group of people.
_VERBS_IN_S = ("lives", "attends", "resides", "comes", "works", "goes", "bus", "buses")
_MOVES = ("commut", "travel", "driv", "cycl", "walk")


def _group_at(text: str, trigger: re.Match[str], own_person: bool = False) -> bool:
    """Whether a trigger is a group ("the lads at", "freshers at") or no one in particular."""
    noun = trigger.group().split(" ", 1)[0].lower()
    if noun in _UNSPECIFIED or _PLURAL_PEOPLE.match(noun) or (own_person and noun[-1:] == "s"):
        return True
    if not noun.endswith("s") or noun in _VERBS_IN_S or noun.startswith(_MOVES):
        return False
    return pl.GROUP_BEFORE.search(text, max(0, trigger.start() - 9), trigger.start()) is not None
