"""`phi`: a person pointed at by a name, a school or a place, with the author as their carer.

Three shapes of a story that needs no client word:

- a first name set before a description whose clause makes the author the
  one who sees the person: "Achieng, the girl i've been seeing through
  work, texted", "Lucre, la piba de Ramos Mejía que atendí";
- a capitalised word used as a person's label before a person noun, in
  that same clause: "the Westerford boy I've been seeing", "the Kibera lad
  we support" (a school, an estate, a street standing for the person);
- a place after "from" in a clause about one person: "the comrade from
  Githurai 45 who used to miss every other session", "the form 4 from
  Alliance Girls who's sat in my office".

The author's tie (see, treat, counsel, support; in Spanish atender,
acompañar) and a word of care work in the sentence keep out the people the
author meets elsewhere ("the guy I've been seeing" is a date). Colleagues,
speakers and public figures, the author's own name, countries and states,
and organisations ("the nurse from Kenyatta Hospital who") are left alone.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards import phi_places as places
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import MONTH, WEEKDAY, Hits, sentence_bounds
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

_I = re.IGNORECASE
_NAME = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{1,20}"
#: The author's standing tie to the person just described, in English or Spanish.
_TIE = compiled(
    r"(?<![\w'])(?:(?:i|we)(?:'ve|\u2019ve|'m|\u2019m| have| am| was| had)?\s+(?:been\s+)?"
    r"(?:seeing|see|saw|seen|treat(?:ing|ed)?|counsel(?:l?ing|l?ed)?|support(?:ing|ed)?"
    r"|work(?:ing|ed)? with|walk(?:ing|ed)? (?:with|alongside)|sit(?:ting)? with)"
    r"|(?:atiendo|atend\u00ed|atend\u00eda|acompa\u00f1o|acompa\u00f1\u00e9|acompa\u00f1aba"
    r"|tuve en (?:terapia|tratamiento|an\u00e1lisis)|tengo en (?:terapia|tratamiento"
    r"|an\u00e1lisis)))\b",
    _I,
)
#: After the tie, a place the author meets people in, not their work: "I see at the gym".
_MET_AT = compiled(
    r"\s+(?:at|in|around|on|near|outside|by)\s+(?:the|my|our|a|church|school|mass)\b"
    r"(?!\s+(?:clinic|office|practice|sessions?|hospital|ward|counsel\w*|therapy|consulting))",
    _I,
)
#: Care in the sentence of a place after "from": a session, therapy, the author's room.
_FROM_CARE = compiled(
    r"\b(?:sessions?|therapy|treatment|counsell?ing|rehab|appointments?|intake|caseload"
    r"|my (?:office|room|couch|clinic|practice))\b",
    _I,
)
#: A sentence about a public or professional act: a talk, a book, a show; no one's care.
_PUBLIC_ACT = compiled(
    r"\b(?:keynote|conference|lecture|workshop|webinar|podcast|panel|book|article|research"
    r"|documentary|film|movie|episode|seminar|gave a talk)s?\b",
    _I,
)
#: Words of care work in the sentence: the tie is the author's work, not a date or a friend.
_CARE = compiled(
    r"\b(?:(?:through|for|at|from) work|office|clinic|caseload|counsel\w*|practice|sessions?"
    r"|therapy|treatment|panic|anxiety|depress\w*|grief|trauma|ptsd|adhd|rehab|recovery|referr\w*|terapia|consultorio"
    r"|residencia|hospital|tratamiento|an\u00e1lisis|sesi\u00f3n|sesiones|refusal|self-harm"
    r"|ocd|bipolar|psychosis|addiction|relapse|sober\w*|phobias?|insomnia|nightmares|burnout"
    r"|suicid\w*|bereave\w*|autism|tics|mutism|anger issues|eating disorder|ansiedad"
    r"|depresi\u00f3n|duelo|ataques? de p\u00e1nico)\b",
    _I,
)
_HEAD_WORDS = r"(?:[\w\u00c0-\u00ff-]+\s+){0,5}?"
#: A name, a comma and a description, ending where the tie starts.
_APPOSED = compiled(
    rf"(?<![\w'.])(?P<name>{_NAME}),\s+(?P<head>(?i:the|a|an|this|that|my|our|la|el|una|un|esta"
    rf"|este)\s+{_HEAD_WORDS})(?i:(?:who|whom|that|que|a quien)\s+)?$"
)
#: A capitalised label before a person noun, ending where the tie starts.
_LABELLED = compiled(
    r"\b(?i:the|this|that|a|an|my|our)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+"
    rf"(?i:{pp.PERSON_NOUN})\s+(?i:(?:who|whom|that)\s+)?$"
)
#: One person, a place after "from", then "who" or the tie.
_FROM = compiled(
    r"\b(?P<head>(?i:the|this|that|a|an|one|my)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"(?:\s+\d{1,2})?)\s+from\s+(?:the\s+)?(?P<place>[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+"
    r"|\d{1,3}(?![\w.,]))){0,3})\s*,?\s+(?=(?i:who|whose|that)\b|(?i:i|we)\b)"
)
#: Heads that are not a client: colleagues, speakers, officials, the author's own people.
_NOT_CLIENT = compiled(
    r"\b(?:colleague|co-?worker|supervisor|mentor|staff|team|speaker|presenter|panel\w*"
    r"|trainer|lecturer|professor|teacher|nurse|doctor|gp|psychiatrist|psychologist"
    r"|counsell?or|therapist|social worker|rep|representative|officer|journalist|reporter"
    r"|researcher|author|guest|host|pastor|priest|imam|chief|minister|mp|senator|friend"
    r"|neighbou?r|cousin|sister|brother|aunt\w*|uncle|(?:my|our) (?:\w+ )?(?:mum|mom|dad|wife"
    r"|husband|partner|son|daughter|kid)"
    r"|boss|manager|director|receptionist|intern|student nurse|students|people|folks|group"
    r"|colega|supervisora?|profesora?|amig[oa]|vecin[oa]|prima?|herman[oa]|t\u00edas?)s?\b",
    _I,
)
#: Words that name a people, a faith or a weekday, not a place a person could be found by.
_NOT_LABEL = compiled(
    rf"^(?:{WEEKDAY}|{MONTH}|\w*(?:an|ese|ish)|Somali|Pakistani|Iraqi|Israeli|Saudi|Bengali"
    r"|Punjabi|Catholic|Muslim|Jewish|Hindu|Sikh|Black|White|English|French|Dutch|Swiss|Thai"
    r"|Greek|Welsh|Irish|Scottish|Zulu|Xhosa|Yoruba|Igbo|Hausa|Kikuyu|Luo|Maasai|Coloured)$",
    _I,
)
_KIND_NAME = "a name or initial"
_KIND_PLACE = "a place smaller than a state"


def pointed(text: str, folded: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of names, labels and places that point at a person the author cares for.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s.
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's own display names.

    Returns:
        (start, end, kind, advice) spans.
    """
    found: list[Span] = []
    if " from " in folded and holds_any(folded, _FROM_HINTS):
        found.extend(_from_spans(text, public))
    for tie in _ties(text, folded):
        s, e = sentence_bounds(text, tie.start())
        if not _CARE.search(text, s, e) or _MET_AT.match(text, tie.end()):
            continue
        if public.within(s, e) or _PUBLIC_ACT.search(text, s, e):
            continue
        window = max(s, tie.start() - 90)
        if _SEE.match(tie.group()) and not _care_after(text, tie.end(), e):
            continue  # "Dave, the guy I've been seeing, says my therapy voice is scary"
        m = _APPOSED.search(text, window, tie.start())
        if m is not None and _a_name(m.group("name"), own) and not _NOT_CLIENT.search(m["head"]):
            found.append((*m.span("name"), _KIND_NAME, "Remove the name or initial."))
            continue
        m = _LABELLED.search(text, window, tie.start())
        if m is not None and _a_label(m.group("name"), own):
            found.append((*m.span("name"), _KIND_PLACE, ""))
    return found


#: Roots of the tie's verbs: the tie is read only in a small window around one of them.
_TIE_ROOTS = ("see", "saw", "treat", "counsel", "support", "work with", "working with",
              "walk", "sit with", "sitting with", "atend", "acompa", "terapia", "tratamiento",
              "an\u00e1lisis")  # fmt: skip


def _ties(text: str, folded: str) -> list[re.Match[str]]:
    """The author's ties in the draft, read around each verb's root, not over the whole text."""
    ties: dict[int, re.Match[str]] = {}
    for root in _TIE_ROOTS:
        at = folded.find(root)
        while at >= 0:
            if at == 0 or not folded[at - 1].isalpha():  # not "riveracounseling.com"
                m = _TIE.search(text, max(0, at - 24), at + len(root) + 12)
                if m is not None:
                    ties.setdefault(m.start(), m)
            at = folded.find(root, at + 1)
    return [ties[k] for k in sorted(ties)]


#: A tie by seeing, which also means dating or meeting: it needs care in its own clause.
_SEE = compiled(r".*\b(?:seeing|see|saw|seen)$", _I)
#: The end of the tie's clause: a comma, a stop, a dash, a bracket.
_CLAUSE_END = compiled(r"[,.;:!?()\u2014\u2013\n]")


def _care_after(text: str, start: int, end: int) -> bool:
    """Whether care is named in the clause after a tie: "seeing through work", "for panic"."""
    stop = _CLAUSE_END.search(text, start, min(end, start + 50))
    return _CARE.search(text, start, stop.start() if stop else min(end, start + 50)) is not None


_FROM_HINTS = (" who", " that ", " i ", " i'", " i\u2019", " we ")


def _a_name(name: str, own: frozenset[str]) -> bool:
    """Whether a capitalised word before ", the ..." is a person's first name."""
    return not (pp.NOT_NAMES.match(name) or places.is_own(name, own))


def _a_label(name: str, own: frozenset[str]) -> bool:
    """Whether a capitalised label names a small place or a school, not a people or the user."""
    if name.isupper() or _NOT_LABEL.match(name) or not places.small(name):
        return False  # "an NS boy": an acronym names a service or a condition more than a place
    if places.is_own(name, own):
        return False
    return pp.ORGANISATION.search(name) is None


def _from_spans(text: str, public: Hits) -> list[Span]:
    """Spans of a place after "from" in a clause about one client."""
    found: list[Span] = []
    for m in _FROM.finditer(text):
        head, place = m.group("head"), m.group("place")
        if _NOT_CLIENT.search(head) or place.isupper() or not places.small(place.split(" ", 1)[0]):
            continue
        if pp.ORGANISATION.search(place) or pp.TITLED.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue
        s, e = sentence_bounds(text, m.start())
        if public.within(s, e) or _PUBLIC_ACT.search(text, s, e):
            continue
        if not (_FROM_CARE.search(text, s, e) or _TIE.search(text, s, e)):
            continue
        found.append((*m.span("place"), _KIND_PLACE, ""))
    return found
