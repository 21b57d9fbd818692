"""`phi`: a client known through their family: "Mateo's mom", "her dad ... in San Marcos".

Two shapes place a person through a relative rather than through a field:

- a first name owning a parent ("Mateo's mom thanked me", "Aroha's nan rang
  me"), in a sentence the author is part of, in a post about care or school
  work: the name is the child's, and the parent dealt with the author as
  the child's clinician. A parent possessed by a character or a public
  figure stays out (public sentences), as do titles before the name.
- the home or work town of a third person's or a client's relative ("her dad
  works nights at the warehouse in San Marcos", "my client's mum drives out
  of Timaru"): a place smaller than a state tied to the client through
  their family. The author's own kin ("my mum and her sister in Cork") and
  the kin of a colleague or public person the post is about ("Dr. Smith ...
  her mum flew in from Gisborne", with no one cared for in it) are not a
  client's.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_places import small
from dualdesk.core.guards.phi_words import COLLEAGUE, known_word

Span = tuple[int, int, str, str]

_KIN = (
    r"mom|mum|mam|mama|mommy|mummy|mother|dad|daddy|papa|father|parents?|step-?(?:dad|mom|mum)"
    r"|grandma|grandmother|granny|gran|nan|nana|grandpa|grandad|granddad|grandfather|abuela"
    r"|abuelo|aunt|auntie|aunty|uncle|foster (?:mom|mum|dad|parents?|carers?)|carers?"
    r"|caregivers?|guardians?"
)
#: A parent or carer after "'s ", and the first name owning them: "Mateo's mom".
KIN_AFTER = compiled(rf"(?i:{_KIN})\b")
NAME_BEFORE = compiled(rf"(?P<name>\b{pp.NAME})$")
#: The author in the sentence: the parent dealt with them.
_AUTHOR = compiled(r"\b(?:me|my|i|i'm|i've|us|we)\b", re.IGNORECASE)
#: Words of care or school work that make the author the child's clinician.
_WORK = compiled(
    r"\b(?:ard|iep|504|fie|eval|evaluation|meeting|conference|case ?load|counsel\w*|psych\w*"
    r"|school|class|student|referral|consent|clinic|ward|unit|intake|therapist)\b",
    re.IGNORECASE,
)
#: A screen or a page: the name is a character's.
_SCREEN = compiled(
    r"\b(?:tv|show|film|movie|series|episode|cartoon|novel|book|character|season)s?\b",
    re.IGNORECASE,
)
#: A relative of a third person ("her dad", "his nan", "their foster mum").
#: Lower case: it is matched on the lower-cased draft right after "his ", "her ", "their ".
THIRD_KIN = compiled(rf"(?:{_KIN}|brother|sister|family)\b")
_OWNERS = ("his ", "her ", "their ", "client's ", "patient's ", "student's ", "pupil's ")
#: In the post: a colleague or a public person ("Dr. Aroha Smith", "our receptionist"),
#: whose relatives these may be when no one cared for is in it (`_CARED`). Lower case.
_STAFF = compiled(
    r"\b(?:dr|prof|professor)\.? [a-z]|\b(?:receptionist|admin|nurse|doctor|gp|teacher"
    r"|principal|director|coordinator|colleague|supervisor|manager|boss|mentor|speaker"
    r"|author|coworker|co-worker)s?\b"
)
_CARED = compiled(
    r"\b(?:client|(?<!be )patient|service user|kiddo|caseload|session|therapy|treatment|referral"
    r"|student|pupil|kid|teen|boy|girl|lad|lass|youngster|family)s?\b"
)
#: The author's own kin in the sentence: "my aunt", or a kin word used as a name ("taking
#: Mama to see her sister in Knoxville"), whose relatives are the author's family too.
#: The first runs on the lower-cased draft, the second (capitals) on the draft itself.
_OWN_KIN = compiled(rf"\b(?:my|our) (?:[\w-]+ )?(?:{_KIN}|brother|sister|cousin|friend|family)\b")
_KIN_AS_NAME = compiled(
    r"(?<!his )(?<!her )(?<!their )(?<!'s )\b(?:Mama|Mum|Mom|Mam|Dad|Papa|Nan|Nana|Gran|Granny"
    r"|Grandma|Grandpa|Grandad|Auntie|Aunty|Uncle)\b"
)
#: A colleague in the sentence (lower case): their relatives are no client's.
_COLLEAGUE = compiled(
    r"\b(?:supervis|colleague|co-?worker|mentor|consultation|intern\b|trainee|co-?therapist"
    r"|co-?facilitat|manager|my team|boss)"
)
#: A place word after the relative: "in", "near", "from", "out past", "up in".
_WHERE = compiled(
    r"\b(?:(?:out|up|down|over|back) )?(?:in|near|from|past|outside|beyond)\s+(?=[A-Z])"
    r"|\b(?:out of|on)\s+(?=[A-Z])"
)
_STREET = compiled(
    r" (?:Road|Rd|Street|St|Way|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Crescent|Cres|Terrace"
    r"|Place|Court|Grove|Gardens|Park|Estate|Boulevard|Blvd)$"
)
#: How far after the relative a place may sit: within one clause.
_REACH = 70


def kin_identifiers(text: str, folded: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of a name owning a parent and of a place tied to a client's relative.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s ("" when they would move).
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's own names.

    Returns:
        (start, end, kind, advice) spans.
    """
    return [*_named_kin(text, public, own), *_kin_places(text, folded, public)]


def _named_kin(text: str, public: Hits, own: frozenset[str]) -> list[Span]:
    if "'s " not in text:
        return []
    found: list[Span] = []
    at = text.find("'s ")
    while at > 0:
        kin, before = KIN_AFTER.match(text, at + 3), NAME_BEFORE.search(text, max(0, at - 42), at)
        at = text.find("'s ", at + 3)
        if kin is None or before is None:
            continue
        m, name = before, before.group("name")
        if known_word(name, own) or pp.TITLED.search(text, max(0, m.start() - 30), m.start()):
            continue
        s, e = sentence_bounds(text, m.start())
        if public.within(s, e) or COLLEAGUE.search(text, s, e):
            continue
        if not _AUTHOR.search(text, s, e) or _SCREEN.search(text, s, e):
            continue  # "Bluey's dad is my parenting model": a character on a screen
        if not (_WORK.search(text) or pp.CARE_CUE.search(text)):
            continue  # "Emma's mum rang about the playdate": no care in it
        found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    return found


def _kin_places(text: str, folded: str, public: Hits) -> list[Span]:
    found: list[Span] = []
    kin = _third_kin(folded)
    if kin and _STAFF.search(folded) and not _CARED.search(folded):
        return []  # "Dr. Aroha Smith ... Her mum flew in from Gisborne": a colleague's
    for m in kin:
        s, e = sentence_bounds(text, m.start())
        place = _place_after(text, m.end(), min(e, m.end() + _REACH))
        if place is None or _OWN_KIN.search(folded, s, e) or _COLLEAGUE.search(folded, s, e):
            continue  # "my mum and her sister in Cork": the author's own kin
        if _KIN_AS_NAME.search(text, s, e):
            continue  # "taking Mama to see her sister in ...": the author's own kin
        if not public.within(s, e):
            found.append((*place, "a place smaller than a state", ""))
    return found


def _third_kin(folded: str) -> list[re.Match[str]]:
    """The relatives named after "his", "her" or "their" (found by `str.find`, which is fast)."""
    found = []
    for owner in _OWNERS:
        at = folded.find(owner)
        while at >= 0:
            if at == 0 or not folded[at - 1].isalpha():
                kin = THIRD_KIN.match(folded, at + len(owner))
                if kin is not None:
                    found.append(kin)
            at = folded.find(owner, at + 1)
    return found


def _place_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first place smaller than a state after a place word in [start, end)."""
    for where in _WHERE.finditer(text, start, end):
        place = pp.PLACE_AFTER.match(text, where.end())
        if place is None or not small(place.group("place")):
            continue
        if where.group().startswith("on") and not _STREET.search(place.group("place")):
            continue  # "on Thursday", "on Zoom": only a street is a place "on"
        if not known_word(place.group("place").split()[0], frozenset()):
            return place.span("place")  # not "in Spanish", "from Monday": a word
    return None
