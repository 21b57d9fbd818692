"""`phi` by the shape of a sentence: a person described, named with an age, or on record.

These read the grammar around an identifier rather than its words, so they
carry over to a writer whose names, towns and nouns were never seen:

- a described person from a place: "A retired wharfie from Port Adelaide
  described his...", "Farmer from out Kapunda way, 80s, told me he..." (an
  indefinite or bare noun opening the sentence, "from" and a capitalised
  place, and a he or she later: the place is where that person is from);
- a name with an age in apposition: "Beryl, late 80s, ...", "Tom, 47,";
- a record number with a local prefix: "UR 4471029", "NHI 1234567" (one to
  three capitals, a space and six or more digits standing alone);
- a name opening a sentence and acting in it, on the professional account:
  "Doreen hasn't known what year it is ... and said '...'" (a capitalised
  word no list knows, a verb after it and a speech verb or "me" in the
  sentence).
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_no_ones import public_or_venue as venue
from dualdesk.core.guards.phi_places import small
from dualdesk.core.guards.phi_practice import SOMEONE
from dualdesk.core.guards.phi_words import CLOSED, COMMON, ROLES, written_in_lower_case

Span = tuple[int, int, str, str]

_RUN = r"[A-Z][a-z\u00e0-\u00ff]+(?:[ -][A-Z][a-z\u00e0-\u00ff]+){0,3}"
#: What opens a sentence before "from": a described person ("A retired wharfie", "Farmer").
_DESCRIBED = compiled(
    r"\s*(?:(?:A|An|One|Some)\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*|[A-Z][a-z]+),?\s+$"
)
#: What follows "from": a capitalised place, perhaps "out" or "the" before it.
_PLACE_AFTER = compiled(
    r"\s+(?:(?:out|up|down|over|round|around)\s+)?(?:the\s+)?(?P<place>" + _RUN + r")"
)
#: Words before "from" that make the person a colleague, a source or no one in particular.
_NOT_A_CLIENT = compiled(
    r"(?i:colleague|speaker|presenter|researcher|author|team|study|paper|report|trial"
    r"|review|survey|letter|email|message|call|friend|reader|listener|group|panel|guest"
    r"|delegate|visitor|journalist|student|registrar|nurse|doctor|gp|psychiatrist"
    r"|psychologist|counsellor|counselor|therapist|clinician|worker)s?\b"
)
_HE_OR_SHE = compiled(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
#: A name, then its age in apposition: "Beryl, late 80s,", "Tom, 47,"; not "in Vancouver, 70s".
NAME_AGED = compiled(
    r"(?<![\w.])(?<!\b(?i:in|at) )(?<!from )(?<!near )"  # "in Vancouver, late 70s": a decade
    r"(?P<name>[A-Z][a-z]+),\s+(?:(?i:early|mid|late)[- ]?)?\d{2}s?"
    r"(?:\s?(?i:yo|y/o|yrs?))?(?=[,.;)]|\s+(?:and|with|who|has|had|is|was)\b)"
)
#: A comma and an age: what must be in a draft for `NAME_AGED` to be tried.
_AGE_APPOSED = compiled(r", (?:(?:early|mid|late)[- ]?)?\d\d")
_STOP = compiled(r"[.!?\n]")
_SIX_DIGITS = compiled(r"\d{6}")
#: Words of an act on the author: what must be in a draft for `OPENS_ACTING` to be tried.
_ACT_HINTS = ("said", " me", "today", "this morning", "yesterday", "last night")
#: A street named without its number: "King William Rd", "the corner of Park St".
STREET = compiled(
    r"(?<![\w.])(?:[A-Z][a-z\u00e0-\u00ff\u0101-\u017f]+ ){1,3}(?:St|Rd|Ave|Tce|Pde|Cres|Hwy"
    r"|Ln|Blvd|Street|Road|Avenue|Lane|Terrace|Parade|Crescent)\b"
)
#: A street written in lower case after "on": "on puketapu rd", "on kings st".
LOWER_STREET = compiled(
    r"\bon (?!the |a |an |my |our |his |her |their |this |that )(?P<place>[a-z\u0101-\u017f]{3,}"
    r" (?:st|rd|street|road|ave|avenue|tce|terrace|cres|crescent|lane|drive))\b"
)
#: A long lower-case word (after "in", "from", "at" or "near"; then read for its shape).
_LOWER_WORD = compiled(r"(?P<place>[a-z\u0101-\u017f]{7,})\b")
_BEFORE_PLACE = (" in ", " from ", " at ", " near ")
#: Street words in lower case: what must be in a draft for `LOWER_STREET` to be tried.
_LOWER_STREET_WORDS = (" rd", " st ", " st.", " st,", " road", " street", " ave", " tce",
                       " terrace", " cres", " lane", " drive")  # fmt: skip
#: A word made only of Māori syllables ("waipukurau", "porangahau"): a place name, not English.
_MAORI_SHAPE = compiled(r"(?:(?:[hkmnprtw]|ng|wh)?[aeiou\u0101\u0113\u012b\u014d\u016b]){4,}")
#: A named school or workplace after "at ": "Waipawa School", "the Takapau works".
INSTITUTION = compiled(
    r"(?:the )?(?P<place>(?:[A-Z][a-z\u00e0-\u00ff\u0101-\u017f]+ ){1,2}(?:School|College"
    r"|Intermediate|Kindergarten|Kura|Academy|Preschool|Nursery|works|plant|mill|factory"
    r"|freezing works|meatworks))\b"
)
#: One person (not a group): whose school or workplace a named one can be.
_ONE_PERSON = compiled(rf"\b(?:he|she|him|her|his|hers|{pp.PERSON_NOUN})\b", re.IGNORECASE)
#: A street word anywhere: what must be in a draft for `STREET` to be tried.
_STREET_WORD = compiled(
    r"(?:St|Rd|Ave|Tce|Pde|Cres|Hwy|Ln|Blvd|Street|Road|Avenue|Lane|Terrace|Parade|Crescent)\b"
)
#: One to three capitals, a space, six to nine digits standing alone: a local record number.
LOCAL_RECORD = compiled(r"(?<![\w-])(?P<prefix>[A-Z]{1,3}) (?P<num>\d{6,9})(?![\w/:.-]|\s\d)")
#: Prefixes that number a business, a product or a charity, not a person.
_NOT_PERSONAL = frozenset({"ABN", "ACN", "ISBN", "EIN", "VAT", "CRN", "NPI", "BSB", "UK", "US"})
#: A capitalised word opening a sentence, then a verb: "Doreen hasn't", "Reg told".
OPENS_ACTING = compiled(
    r"\s*(?P<name>[A-Z][a-z]{2,14})\s+(?P<verb>has|hasn't|had|hadn't|was|wasn't"
    r"|is|isn't|did|didn't|does|doesn't|won't|can't|couldn't|wouldn't|says|said|told|asked"
    r"|[a-z]+ed)\b"
)
#: Speech or an act on the author in the sentence: the opener is a person in a story.
_ACTS_ON_AUTHOR = compiled(
    r"\b(?:said|told me|asked me|showed me|beat me|called me|texted me|thanked me"
    r"|hugged me)\b|\b(?:today|this morning|yesterday|last night)\b.*['\"\u2018\u201c]"
)
#: Another subject before the act: the act is that person's, not the opener's.
_SUBJECT = compiled(r"\b(?:he|she|they|I|we|you)\b")
#: Pronouns and words for anyone, which open sentences as names do.
_PRONOUN_WORDS = """
    someone somebody anyone anybody everyone everybody nobody noone none mine yours ours
    theirs hers his each both either neither another other others few many most several
    all some nothing something everything anything"""
_PRONOUNS = frozenset(_PRONOUN_WORDS.split())
#: A person noun ("Parent called me", "Resident told me"): a role, not a name.
_PERSON_WORD = compiled(
    rf"(?:{pp.PERSON_NOUN}|parent|carer|caregiver|resident|relative|member|neighbou?r)s?$"
)
#: Word endings of common nouns, not names: "Parking", "Supervision", "Research".
_COMMON_NOUN_END = compiled(r"(?:ing|tion|sion|ment|ness|ity|ism|ance|ence|ship|search|body)$")


def described_identifiers(
    text: str, public: Hits, own: frozenset[str], professional: bool
) -> list[Span]:
    """Return identifier spans found by the shape of the sentence around them.

    Args:
        text: the draft, plain.
        public: where public things (organisations, helplines, famous names) are.
        own: lower-cased words of the user's own names.
        professional: whether the draft is for the professional account.

    Returns:
        (start, end, kind, advice) spans.
    """
    found: list[Span] = []
    at = text.find("from")
    while at >= 0:
        found.extend(_described_from(text, at, public, own))
        at = text.find("from", at + 4)
    if "," in text and _AGE_APPOSED.search(text):
        for m in NAME_AGED.finditer(text):
            name = m.group("name")
            if _known_word(name, own) or public.within(*sentence_bounds(text, m.start())):
                continue
            found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    for m in LOCAL_RECORD.finditer(text) if _SIX_DIGITS.search(text) else ():
        if m.group("prefix") not in _NOT_PERSONAL:
            found.append((*m.span(), "a record or account number", "Remove the number."))
    if _STREET_WORD.search(text):
        found.extend(_streets(text, public))
    found.extend(_lower_places(text, public))
    found.extend(_institutions(text, public))
    if professional and any(hint in text for hint in _ACT_HINTS):
        found.extend(_opening_names(text, public, own))
    return found


def _streets(text: str, public: Hits) -> list[Span]:
    """Streets named after someone else: "he walks to King William Rd", "the whānau on Elm St"."""
    found: list[Span] = []
    for m in STREET.finditer(text):
        s, e = sentence_bounds(text, m.start())
        if SOMEONE.search(text, s, m.start()) and not venue(text, m.start(), public, s, e):
            found.append((*m.span(), "a place smaller than a state", ""))
    return found


def _institutions(text: str, public: Hits) -> list[Span]:
    """A named school or workplace in a sentence about one person, not the author's family."""
    found: list[Span] = []
    at = text.find("at ")
    while at >= 0:
        m = INSTITUTION.match(text, at + 3) if at == 0 or not text[at - 1].isalnum() else None
        at = text.find("at ", at + 3)
        if m is None:
            continue
        s, e = sentence_bounds(text, m.start())
        family = [f.span() for f in pp.OWN_FAMILY.finditer(text, s, e)]
        ones = [p.start() for p in _ONE_PERSON.finditer(text, s, e)]
        someone = any(not any(a <= o < b for a, b in family) for o in ones)
        if someone and not public.within(s, e) and not pp.ORGANISATION.search(m["place"]):
            found.append((*m.span("place"), "a place smaller than a state", ""))
    return found


def _lower_places(text: str, public: Hits) -> list[Span]:
    """Places written in lower case after someone: "the family out in waipukurau"."""
    found: list[Span] = []
    shaped = []
    for before in _BEFORE_PLACE:
        at = text.find(before)
        while at >= 0:
            m = _LOWER_WORD.match(text, at + len(before))
            if m is not None and _MAORI_SHAPE.fullmatch(m["place"]):
                shaped.append(m)
            at = text.find(before, at + 1)
    streets = []
    if " on " in text and any(word in text for word in _LOWER_STREET_WORDS):
        streets = [*LOWER_STREET.finditer(text)]
    for m in (*shaped, *streets):
        s, e = sentence_bounds(text, m.start())
        if SOMEONE.search(text, s, m.start()) and not venue(text, m.start(), public, s, e):
            found.append((*m.span("place"), "a place smaller than a state", ""))
    return found


def _described_from(text: str, at: int, public: Hits, own: frozenset[str]) -> list[Span]:
    """The place after "from" at `at` when a described person opens the sentence before it."""
    s, e = sentence_bounds(text, at)
    if s == at or not _DESCRIBED.fullmatch(text, s, at):
        return []
    where = _PLACE_AFTER.match(text, at + 4)
    if where is None or _NOT_A_CLIENT.search(text, s, at):
        return []
    place = where.group("place")
    if not small(place) or pp.ORGANISATION.search(place) or place.lower() in own:
        return []
    if public.within(s, e) or not _HE_OR_SHE.search(text):
        return []
    return [(*where.span("place"), "a place smaller than a state", "")]


def _opening_names(text: str, public: Hits, own: frozenset[str]) -> list[Span]:
    found: list[Span] = []
    for at in (0, *(stop.end() for stop in _STOP.finditer(text))):
        m = OPENS_ACTING.match(text, at)
        if m is None:
            continue
        name = m.group("name")
        if _known_word(name, own) or _COMMON_NOUN_END.search(name.lower()):
            continue
        if written_in_lower_case(text, name):
            continue  # "'grand' ... Grand has never": a common word, not a name
        s, e = sentence_bounds(text, m.start("name"))
        acts = _ACTS_ON_AUTHOR.search(text, m.start("verb"), e)
        if acts is None or public.within(s, e) or _SUBJECT.search(text, m.end(), acts.start()):
            continue  # no act, or someone else ("but she asked me") is the one acting
        found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    return found


def _known_word(word: str, own: frozenset[str]) -> bool:
    """Whether a capitalised word is a known non-name: a common word, a role, a month."""
    low = word.lower()
    if low in COMMON or low in own or low in _PRONOUNS or low in ROLES or low in CLOSED:
        return True  # a common, closed-class or role word ("Detective called me"), the user's
    if pp.NOT_NAMES.match(low):
        return True
    return _PERSON_WORD.match(low) is not None or not small(word)
