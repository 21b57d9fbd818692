"""`phi`: where someone lives or studies, said the way Spanish and Malaysian English say it.

A person's home estate or neighbourhood, or the school of a child in their
town, is a place smaller than a state. Four shapes that the English
triggers ("lives in", "from") do not read:

- a housing estate or gated neighbourhood by its kind, beside someone:
  "la familia de la Urb. Los Almendros", "Residencial Las Gladiolas",
  "the auntie from Blok C PPR Seri Pantai", "Taman Melawati";
- a Spanish verb of living in the third person: "viven en Villa Palmeras",
  "se mudó a Trujillo Alto" (not the author's own family's, not a group);
- someone known by their town, Puerto Rican style: "la de Carolina que
  canceló", "el de Cayey que";
- a child's school by its level and town: "nena de 9 en una elemental de
  Cidra", "un chamaco de la intermedia en Naranjito".

The practice's own address ("our new office: Urb. ..."), a sentence about
the author's own family and public sentences stay quiet.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_places import small
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]
_KIND = "a place smaller than a state"
#: A capitalised place of one to four words ("Santa Rosa", "Las Gladiolas", "Seri Pantai").
_NAMED = r"[A-Z][\w'\u2019-]+(?: (?:de |del |la |las |los )?[A-Z][\w'\u2019-]+){0,3}"
#: A housing estate or neighbourhood by its kind, then its name (a block letter allowed).
_ESTATE = compiled(
    r"\b(?P<place>(?:Urb\.|Urbanizaci[o\u00f3]n|Residencial|Res\.|Caser[i\u00ed]o|Barriada"
    r"|Parcelas|Bo\.|Barrio|Condominio|PPR|Blok|Taman|Kampung|Kg\.|Pangsapuri|Rumah Pangsa"
    rf"|Flat)\s+(?:[A-Z]\d?\s+(?:(?:PPR|Flat|Taman)\s+)?)?{_NAMED})"
)
#: What `_ESTATE` needs in the lower-cased draft.
_ESTATE_HINTS = (
    "urb", "residencial", "res.", "caser", "barria", "parcelas", "bo.", "barrio", "condominio",
    "ppr", "blok", "taman", "kampung", "kg.", "pangsa", "flat ",
)  # fmt: skip
#: A Spanish verb of living or moving, in the third person, then the place.
_LIVES = compiled(
    r"\b(?i:viven?|viv\u00edan?|se mud(?:\u00f3|aron) (?:a|pa|para)|creci(?:\u00f3|eron) en"
    r"|se cri(?:\u00f3|aron) en)\s+(?:en\s+)?(?:(?i:el|la|los|las)\s+)?"
    rf"(?P<place>{_NAMED})"
)
#: A group or someone unspecified before the verb: their place is no one's.
_GROUP = compiled(
    r"\b(?i:gente|personas|familias|quienes|los que|las que|muchos|muchas|todos|todas|ni\u00f1os"
    r"|j\u00f3venes|pacientes|clientes|nadie|alguien)\s+(?:que\s+)?(?:\w+\s+)?$"
)
#: "la de Carolina que": someone known by their town, then a clause about them.
_ONE_FROM = compiled(rf"\b(?:[Ll]a|[Ee]l) de (?P<place>{_NAMED}) que\b")
#: A child's school by its level and town: "una elemental de Cidra".
_SCHOOL = compiled(
    r"\b(?:elemental|intermedia|escuela superior|primaria|secundaria|escuelita|kinder"
    rf"|k\u00ednder) (?:de|en) (?P<place>{_NAMED})"
)
#: A child or a student in the sentence, for `_SCHOOL`.
_CHILD = compiled(
    r"\b(?i:nen[ea]|ni\u00f1[oa]|chamac[oa]|chic[oa]|muchach[oa]|estudiante|alumn[oa]"
    r"|hij[oa]|kiddo|adolescente|joven|var\u00f3n)\b"
)
#: Someone other than the author in the sentence, for `_ESTATE`.
_SOMEONE = compiled(
    rf"\b(?:(?i:{pp.PERSON_NOUN}|he|she|him|her|his|they|their|makcik|pakcik|auntie|aunty"
    r"|uncle|puan|encik)s?\b|(?i:familia|nen[ea]|ni\u00f1[oa]|se\u00f1or[a]?|do\u00f1a|don"
    r"|mam\u00e1|pap\u00e1|madre|padre|paciente|cliente|clienta|ella|ellos|ellas|su|sus"
    r"|estudiante|joven|chic[oa])\b)"
)
#: The author's own family or the practice's own rooms: their address is no client's.
_OWN = compiled(
    r"\b(?i:mi|mis|our|my|we|we're|nos|nuestr[oa]s?|oficina|consultorio|office|suite|clinic"
    r"|cl\u00ednica|centro)\b"
)
#: A street's name going on past the place to its number: "Rua das Flores 210".
_STREET_GOES_ON = compiled(r"(?:\s+[a-z]{1,3}\s+[A-Z][\w'-]+)*,?\s+\d")
_HINTS = (" en ", " a ", " de ", *_ESTATE_HINTS)


def homes(text: str, folded: str, public: Hits) -> list[Span]:
    """Spans of a person's estate, town or child's school in the shapes above.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased with the same offsets.
        public: where the draft speaks of public things.

    Returns:
        (start, end, kind, advice) spans.
    """
    if not holds_any(folded, _HINTS):
        return []
    found: list[Span] = []
    if holds_any(folded, _ESTATE_HINTS):
        for m in _ESTATE.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if _SOMEONE.search(text, s, e) and not _OWN.search(text, s, e):
                found.append(_span(m, public, s, e))
    if "viv" in folded or "se mud" in folded or "creci" in folded or "se cri" in folded:
        for m in _LIVES.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if _GROUP.search(text, max(s, m.start() - 30), m.start()):
                continue
            if pp.OWN_FAMILY.search(text, s, e) or _OWN_KIN.search(text, s, m.start()):
                continue  # "mi mamá vive en Ponce": the author's own family
            if _STREET_GOES_ON.match(text, m.end()):
                continue  # "vive en Rua das Flores 210": a street address, read whole elsewhere
            found.append(_span(m, public, s, e))
    if " de " in folded and " que " in folded:
        for m in _ONE_FROM.finditer(text):
            found.append(_span(m, public, *sentence_bounds(text, m.start())))
    if " de " in folded or " en " in folded:
        for m in _SCHOOL.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if _CHILD.search(text, s, e) and not _OWN_KIN.search(text, s, e):
                found.append(_span(m, public, s, e))
    return [span for span in found if span[0] >= 0]


#: The author's own kin in Spanish: "mi mamá", "mis hijos", "mi tía".
_OWN_KIN = compiled(
    r"\b(?i:mi|mis|nuestr[oa]s?)\s+(?i:mam\u00e1|mami|pap\u00e1|papi|madre|padre|hij[oa]s?"
    r"|herman[oa]s?|t\u00ed[oa]s?|abuel[oa]s?|prim[oa]s?|suegr[oa]s?|esposo|esposa|pareja"
    r"|nen[ea]s?|familia|sobrin[oa]s?)\b"
)


def _span(m: re.Match[str], public: Hits, s: int, e: int) -> Span:
    """The place's span, or a negative start (dropped) when it is public or a known word."""
    place = m.group("place")
    if public.within(s, e) or not small(place):
        return (-1, -1, _KIND, "")
    return (*m.span("place"), _KIND, "")
