"""Spanish sentences about someone else's whereabouts: "Mi supervisor se fue de vacaciones a…".

A Spanish sentence opening on a person ("Mi supervisor…", "Una paciente…",
"Mi compañera Marta…", "Mi hermana…") is about that person's trip or
outing, not the author's: a colleague, a client, a mentor or the
clinician's own family travels and the author stays put. The author is
back in the sentence when the subject is "X y yo", or the sentence says
"conmigo", "nosotros" or a first-person verb or pronoun ("me llevó al
aeropuerto", "nos fuimos"); "…y yo contando los días" later on leaves the
author at home.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: A person opening the sentence as its subject.
_SOMEONE = compiled(
    r"[¡¿\"“«(]?(?:mi|mis|un|una|unos|unas|el|la|los|las|nuestro|nuestra|tu|su|sus) "
    r"(?:supervisor[a]?|compañer[oa]s?|colegas?|jef[ae]s?|pacientes?|consultantes?"
    r"|analizantes?|maestr[oa]s?|profesor[a]?|profes?|director[a]?|residentes?|alumn[oa]s?"
    r"|chaval(?:a|es)?|chic[oa]s?|señor[a]?|hombre|mujer|nen[ea]s?|pib[ea]s?|adolescentes?"
    r"|madre|padre|mamá|papá|viej[oa]|herman[oa]s?|hij[oa]s?|espos[oa]|marido|pareja"
    r"|novi[oa]|abuel[oa]s?|suegr[oa]s?|prim[oa]s?|tí[oa]s?|sobrin[oa]s?|amig[oa]s?)\b"
    # the author joining the subject: "Mi pareja y yo…", "Mi compañera Marta y yo…"
    r"(?!(?: [\w-]+){0,3} (?:y|e) yo\b)"
)
#: Another person's going, just before the remark: "si él se va de vacaciones".
_THIRD_VERB_BEFORE = compiled(
    r"\b(?:él|ella|ellos|ellas|usted|ustedes)?\s?se (?:iba|va|fue|van|fueron|iban|irá|irán"
    r"|vaya|vayan|fuera|fueran)\s+$"
)
#: The author in the same sentence.
_AUTHOR = compiled(
    r"\b(?:conmigo|nosotr[oa]s|me|nos|estoy|estamos|voy|vamos|llegué|llegamos"
    r"|mío|mía)\b"
)


def someone_elses(low: str, pos: int) -> bool:
    """Whether the sentence holding `pos` opens on another person and leaves the author out.

    Args:
        low: the draft lower-cased.
        pos: an offset inside the sentence.

    Returns:
        True when the sentence is about another person's whereabouts.
    """
    if _THIRD_VERB_BEFORE.search(low, max(0, pos - 24), pos):
        return True  # "si él se va de vacaciones": another person's trip
    s, e = sentence_bounds(low, pos)
    while s < e and low[s].isspace():
        s += 1
    return _SOMEONE.match(low, s) is not None and _AUTHOR.search(low, s, e) is None
