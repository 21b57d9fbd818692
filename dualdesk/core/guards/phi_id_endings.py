"""`phi`: the last digits of a person's identity document, given as a clue to who they are.

A clinician who masks a number still gives it away in part: "cédula
terminada en 2093", "DNI que termina en 318", "los últimos cuatro del RUT:
5521", "SSN ending in 0912", "last 4 of his Medicare number 7781". The
tail of a national ID, a record or an account is a unique identifier
under Safe Harbor all the same (any "unique identifying number ... or
code"), and it matches the patient in a records search.

Quiet: a phone line or a card the reader is told to check ("tu tarjeta
terminada en…" is a bank's warning to its own reader, not a person's ID
posted by a clinician), which names no identity document; a year ("una
etapa que terminó en 2019"); a short count ("terminada en 2": one digit).
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

#: Identity documents, records and accounts, across countries and in English.
_DOCUMENT = (
    r"(?:c[eé]dula|dni|rut|run|curp|ine|nss|rfc|cuil|cuit|pasaporte|documento|carnet|carné"
    r"|expediente|historia cl[ií]nica|ficha|n[uú]mero de (?:afiliad[oa]|seguro|historia|ficha)"
    r"|seguro social|ssn|social security(?: number)?|social|medicare(?: number)?|medicaid"
    r"|nhs(?: number)?|nric|mrn|chart|record|account|passport|licen[cs]e|id(?: number)?"
    r"|health card|hkid|aadhaar|ird(?: number)?)"
)
_DIGITS = r"(?P<num>\d[\d -]{1,8}\d)"
#: The document, then its tail: "cédula terminada en 2093", "DNI que termina en 318".
_ENDING_AFTER = compiled(
    rf"\b{_DOCUMENT}(?: \w+){{0,2}}? (?:terminad[oa] en|que termina(?:ba)? en|acabad[oa] en"
    r"|que acaba en|ending(?: in| with)?|that ends (?:in|with)|ends (?:in|with))"
    rf"\s*:?\s*{_DIGITS}",
    re.IGNORECASE,
)
#: The tail, then the document: "los últimos cuatro del RUT: 5521", "last 4 of her SSN 0912".
_TAIL_OF = compiled(
    r"\b(?:(?:los )?últimos (?:3|4|5|tres|cuatro|cinco)(?: (?:dígitos|números))?"
    r"|last (?:3|4|5|three|four|five)(?: digits)?) (?:de la |del |de su |de |of (?:the |his |her"
    rf"|their )?){_DOCUMENT}\b[^.!?\d]{{0,12}}?{_DIGITS}",
    re.IGNORECASE,
)
_HINTS = ("termin", "acab", "ending", "ends ", "últimos", "last ")


def id_endings(text: str, folded: str) -> list[Span]:
    """Spans of the digits that end a person's identity document, record or account.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s.
    """
    if not holds_any(folded, _HINTS) or not any(c.isdigit() for c in folded):
        return []
    found: list[Span] = []
    for pattern in (_ENDING_AFTER, _TAIL_OF):
        for m in pattern.finditer(text):
            digits = sum(c.isdigit() for c in m.group("num"))
            if digits < 3 or re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
                continue  # "terminó en 2019": a year, not a number's tail
            found.append((*m.span("num"), "the end of an ID number", "Remove the number."))
    return found
