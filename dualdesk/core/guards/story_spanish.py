"""A story told in Spanish: one person, picked out by an article, who did something to "me".

A counsellor writing Spanish singles out one person with an article and a
noun for a child, student or parent ("una niña", "el papá de un alumno") and
tells what they did to the author with "me" and a preterite ("me dijo",
"me preguntó", "me abrazó"). The author's own family takes "mi"/"mis" ("mi
hija me dijo"), and a colleague ("la maestra", "una amiga") is no client, so
neither is in the nouns.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_spanish_grammar import SETTING

_I = re.IGNORECASE

_PERSON = (
    r"(?:niñ(?:it|ic)?[oa]|chic[oa]|muchach[oa]|estudiante|alumn[oa]|adolescente|cliente"
    r"|pacient(?:e|it[oa]|ic[oa])"
    r"|mam[aá]|pap[aá]|madre|padre|señora?|joven|nene|nena|abuel[oa]|chamac[oa]|morr[oa]"
    r"|peque(?:ñ[oa])?)"
)
_VERBS = (
    r"(?:dijo|hizo|trajo|puso|dio|pidió|escribió|contó|preguntó|enseñó|abrazó|regaló|mandó"
    r"|llamó|confesó|mostró|explicó|gritó|miró|buscó|esperó)"
)
#: "me dijo", "nos contó": the cheap gate before `TOLD_ME`.
_VERB = compiled(rf"(?:me|nos) {_VERBS}\b")
#: "una niña me dijo", "el papá de un alumno me preguntó", "una mamá nos contó".
TOLD_ME = compiled(
    rf"\b(?:un|una|el|la|este|esta|ese|esa|otr[oa])\s+(?:[\w\u00e0-\u00ff]+\s+)?{_PERSON}\b"
    r"(?:\s+(?:de|del)\s+(?:[\w\u00e0-\u00ff]+\s+){0,3}?[\w\u00e0-\u00ff]+)?"
    r"(?:\s+(?:hoy|ayer|esta mañana|esta tarde))?"
    rf"\s+(?:me|nos)\s+{_VERBS}\b",
    _I,
)

#: A relative of a child named by the child ("la abuela de una niña"): the family of
#: someone the author serves, not a stranger.
_KIN_OF_ONE = compiled(r"\bde (?:un|una|uno de mis|una de mis) ")


def spans(text: str, folded: str, professional: bool = True) -> list[tuple[int, int]]:
    """Spans of a Spanish clause where one person did something to the author.

    On the personal account a stranger does things to the author too ("el chico del
    delivery me trajo…"), so there the post must also name a setting of care or work.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, for the cheap gate.
        professional: Whether the draft is for the professional account.

    Returns:
        Spans of each such clause.
    """
    if (
        not (
            "ó" in folded
            or "dijo" in folded
            or "hizo" in folded
            or "trajo" in folded
            or "puso" in folded
            or " dio" in folded
        )
        or _VERB.search(folded) is None
    ):
        return []
    return [
        m.span()
        for m in TOLD_ME.finditer(text)
        if professional or SETTING.search(folded) or _KIN_OF_ONE.search(folded, *m.span())
    ]
