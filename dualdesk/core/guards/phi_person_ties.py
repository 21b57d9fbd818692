"""`phi`: a birthday by its day, a person by when they were seen, a job or school by name.

Four families of identifier that need no client word beside them:

- a birthday given by its day: "pt turned 40 on Saturday", "she turns 16
  next Tuesday" (a date of birth under Safe Harbor); not the author's own
  kin's ("my son turned 5 on Monday") nor a practice's ("we turned 3").
- a first name picked out by when the author saw them: "thinking about
  Dafydd from this morning", "Ines from my 3pm": the time says the name is
  a person the author works with, not a friend from a place.
- an employer named after the work someone does: "pt drives a bus for the
  MBTA", "a lad who works up at Penrhyn quarry": a workplace smaller than
  a state, tied to the person; not the author's own ("I work at ...").
- two undotted initials acting as a person (`phi_initials_subject.py`).
- a school named by its word in another language, before its name:
  "Ysgol Dyffryn Conwy rang", "École Saint-Michel called about her son",
  or by the letters of its kind in Malaysia ("SMK Taman Melati", "SJKC Chung Hwa").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_initials_subject import initials_subjects
from dualdesk.core.guards.phi_patterns import OWN_FAMILY
from dualdesk.core.guards.phi_words import known_word
from dualdesk.core.guards.story_patterns import IRREGULAR
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?)"
)
#: Someone turning an age on a day: "turned 40 on Saturday", "turns 16 next tuesday".
_TURNED = compiled(
    r"\bturn(?:ed|s|ing) (?:\d{1,3}|[a-z]+(?:-[a-z]+)?) (?:on |this |last |next )(?:past )?"
    rf"{_DAY}\b"
)
#: Not a client's birthday: the author's, their kin's, a colleague's, a practice's.
_NOT_CLIENTS = compiled(
    r"(?:^|[.!?]\s+)(?:i|we)\b|\b(?:i|we) turn|\b(?:my|our) (?!pt\b|patient|client|\d)\w+"
    r"|\b(?:colleague|co-?worker|supervisor|mentor|boss|practice|clinic|service|podcast|blog"
    r"|dog|cat|puppy|kitten)s?\b"
)
#: The author's own kin named earlier in the post: "a week at my mother's. She turned 80".
_OWN_KIN = compiled(
    r"\b(?:my|our) (?:\w+ )?(?:mother|father|mum|mom|mam|dad|nan|gran\w*|grandm\w+|son"
    r"|daughter|kids?|children|husband|wife|partner|brother|sister|aunt\w*|uncle|niece"
    r"|nephew|cousin|baby|toddler|teen)s?\b"
)
#: A time the author saw someone, after a name: "Dafydd from this morning".
_SEEN_WHEN = compiled(
    r"(?<![\w'])(?P<name>[A-Z][a-z\u00e0-\u00ff]{2,14}) from (?:this (?:morning|afternoon"
    r"|evening)|today|yesterday|last (?:night|week)|earlier|(?:my|the) \d{1,2}(?::\d\d)?\s?"
    r"(?:am|pm)|(?:my|the) (?:morning|afternoon|evening) (?:clinic|session|list|round)s?)\b"
)
#: A client word in the sentence, over any kin named before it.
_CLIENT = compiled(r"\b(?:pt|patient|client|my \d{1,2}(?::\d\d)?\s?(?:am|pm))s?\b")
#: A verb, not a name, opening "Ran from my 9am ...": irregular pasts and "-ed" words.
_VERB = compiled(rf"(?:{IRREGULAR})|[a-z]+ed")
#: Small words that end an employer's name: "at Nandos and his manager".
_JOINS = r"(?:and|the|but|for|was|has|had|who|his|her|its|with|since|until|when|then|now)"
#: Work someone does for a named employer: "drives a bus for the MBTA", "works up at
#: Penrhyn quarry". The name: capitalised words, or an acronym.
_WORKS_FOR = compiled(
    r"\b(?P<who>pt|patient|client|lad|lass|guy|man|woman|bloke|fella|he|she|who|dad|mum|mom"
    r"|son|daughter|husband|wife)(?: (?:still|now|used to|also))? (?:works?|worked|working"
    r"|drives? (?:a |an )?\w+|drove (?:a |an )?\w+|teaches|taught|cleans|cooks|nurses|farms"
    r"|(?:is|was) an? (?:[\w-]+ ){1,2}?(?=at ))"
    r"(?: (?:nights|days|evenings|weekends|shifts|part[- ]time|full[- ]time))?"
    r"(?: (?:up|down|over|out))? ?(?:at|for) (?:the )?"
    r"(?P<name>(?-i:[A-Z]{2,6}\b|[A-Z][\w'-]+"
    rf"(?: (?:[A-Z][\w'-]+|(?!{_JOINS}\b)[a-z]{{3,9}}(?=[\s.,!?;:]|$)))?))",
    re.IGNORECASE,
)
#: Where someone the author treats comes from, in a relative clause, in any case: "couple
#: i see from eagle rock", "the family we work with from Eastfield".
_SEEN_FROM = compiled(
    r"\b(?:client|couple|family|pt|patient|guy|lady|man|woman|kid|teen|mum|mom|dad|lad|boy"
    r"|girl|widow(?:er)?|vet(?:eran)?)s? (?:i|we) (?:see|saw|work with|worked with|treat"
    r"|treated|support) from (?!(?:time|home|work|afar|a distance|the (?:waitlist|list|clinic"
    r"|practice|hospital|ward|start)|referrals?|online|zoom|telehealth|there|here|now|then"
    r"|day one|before|years?|weeks?|months?|\d)\b)"
    r"(?:(?:out|over|up|down|round|across) )?"
    r"(?P<name>[\w'-]{3,}(?: [\w'-]{2,}){0,2}?)(?=\s*[(),.!?;:\n]|\s+(?:way|who|and|is|was|has"
    rf"|had|finally|just|on|in|{IRREGULAR}|[a-z]+ed)\b)",
    re.IGNORECASE,
)
#: The word "school" in another language, before the school's name; not a professional body
#: named by its members ("Colegio de Psicólogos", "Colegio Oficial de Médicos").
_SCHOOL = compiled(
    r"(?<![\w'])(?P<name>(?:Ysgol|Scoil|Coleg|\u00c9cole|Ecole|Escuela"
    r"|Colegio(?! (?:Oficial|Profesional|de (?:la )?[A-Z]\w+(?:os|as|es))\b)|Coll\u00e8ge"
    r"|Lyc\u00e9e|Liceo|Scuola|Escola|Gymnasium|Grundschule|Sekolah|Skola|Basisschool"
    # Malaysia's and Indonesia's kinds of school by their letters; not the SK companies
    r"|SMKA?|SK(?! (?:Telecom|Hynix|Group|Innovation|Networks|Broadband|Energy|Bioscience))"
    r"|SJK ?\(?[CT]\)?|SMJK|MRSM|(?:SMA|SMP|SD) Negeri)"
    r"(?! (?:Oficial |Profesional )?de (?:la |los )?(?:Psic|M\u00e9dic|Medic|Abogad|Enfermer"
    r"|Trabajador|Farmac|Odont|Nutri|Kinesi|Fonoaudi|Terapeut|Educador))"  # a profession's body
    r"(?: (?:[A-Z][\w'\u00e0-\u00ff-]+|de|du|des|la|le|y|del|St\.?|Sant)){1,4})"
)
#: The author's own school, or one the author speaks at: "I went to", "dando una charla en".
_AUTHORS_SCHOOL = compiled(
    r"\b(?:i|we) (?:went|taught|trained|studied|work)"
    r"|\b(?:giving|gave|give|running|ran|doing|did) (?:a|an|the|our) (?:talk|workshop|session)"
    r"|\b(?:dando|di|doy|daré|dimos|damos|dictando|dicté|dicto|impartiendo|impartí|impartir"
    r"|dar) (?:una|un|la|el|otra|otro) (?:charla|taller|conferencia|capacitación|ponencia|clase)"
    r"|\b(?:estudié|trabajo|trabajé|doy clases|di clases|enseño|enseñé)\b"
)
#: What the draft must hold for `_SCHOOL` and for `_WORKS_FOR` to be looked for.
_SCHOOL_HINTS = (
    "ysgol", "scoil", "coleg", "cole", "escuela", "colegio", "lyc", "liceo", "scuola", "escola",
    "gymnasium", "schule", "sekolah", "skola", "basisschool", "smk", " sk ", "sjk", "smjk",
    "mrsm", "negeri",
)  # fmt: skip
_WORK_HINTS = ("work", "driv", "drove", "teach", "taught", "clean", "cook", "nurses", "farms")
_HINTS = ("turn", " from ", *_WORK_HINTS, *_SCHOOL_HINTS)  # fmt: skip


def person_ties(text: str, folded: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of a birthday's day, a name by when it was seen, an employer or a school.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s.
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's names and markers.

    Returns:
        (start, end, kind, advice) spans.
    """
    found: list[Span] = initials_subjects(text)
    if not holds_any(folded, _HINTS):
        return found
    if "turn" in folded:
        for m in _TURNED.finditer(folded):
            s, e = sentence_bounds(folded, m.start())
            if _NOT_CLIENTS.search(folded, s, m.start()) or OWN_FAMILY.search(folded, s, e):
                continue
            if _OWN_KIN.search(folded, 0, m.start()) and not _CLIENT.search(folded, s, e):
                continue  # "at my mother's. She turned 80 on Saturday": the author's kin
            if not public.within(s, e):
                found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    if " from " in folded:
        for m in _SEEN_WHEN.finditer(text):
            if _VERB.fullmatch(m.group("name").lower()):
                continue  # "Ran from my 9am to a home visit": a verb opening the sentence
            if not known_word(m.group("name"), own) and not public.within(m.start(), m.end()):
                found.append((*m.span("name"), "a name or initial", "Remove the name."))
    if " see from " in folded or "saw from " in folded or "with from " in folded:
        found.extend(
            (*m.span("name"), "a place smaller than a state", "")
            for m in _SEEN_FROM.finditer(text)
        )
    if holds_any(folded, _WORK_HINTS):
        for m in _WORKS_FOR.finditer(text):
            if _own_work(folded, m) or public.within(m.start(), m.end()):
                continue
            if m.group("name").lower() not in own:
                found.append((*m.span("name"), "a place smaller than a state", ""))
    for m in _SCHOOL.finditer(text) if holds_any(folded, _SCHOOL_HINTS) else ():
        s, e = sentence_bounds(folded, m.start())
        if _AUTHORS_SCHOOL.search(folded, s, e):
            continue  # the author's own school, or one the author gives a talk at
        found.append((*m.span("name"), "a place smaller than a state", ""))
    return found


#: Someone the author works beside, learns from or is related to: not a client.
_NOT_A_CLIENT = compiled(
    r"\b(?:colleague|co-?worker|supervisor|mentor|manager|boss|friend|partner|speaker|author"
    r"|professor|lecturer|teacher|student|trainee|intern|nurse|doctor|brother|sister|cousin"
    r"|neighbou?r)s?\b|\b(?:dr|prof)\b|\b(?:my|our) (?!(?:[\w-]+ )?(?:client|patient|pt)s?\b)"
)


def _own_work(folded: str, m: re.Match[str]) -> bool:
    """Whether the work is the author's, their kin's or a colleague's, not a client's."""
    start = m.start("who")
    s, _ = sentence_bounds(folded, start)
    return (
        _NOT_A_CLIENT.search(folded, s, m.end("who")) is not None
        or OWN_FAMILY.search(folded, s, m.end("who")) is not None
    )
