"""The user's own registration with a professional register, for the `identity_link` guard.

A clinician renews, pays for or keeps a licence to practise, and names the
body that holds it: "renewed my registration with the Nursing and
Midwifery Council", "paid my annual licence to the Board of Psychology",
"my practising certificate came through". The body is read by its shape (a
few capitalised words ending in Council, Board, Register, College or
Order, with a word of the care trades among them; or an acronym that is not
a licence everybody holds), so a register of any country is known without
a list of registers.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: Acronyms of bodies everybody deals with: vehicles, taxes, business names, housing.
_LAY = (
    r"(?:DMV|DVLA|DVSA|MVA|RMV|NZTA|LTA|IRS|IRD|HMRC|CRA|ATO|FIRS|SSA|ACRA|ICA|HDB|CPF|HOA"
    r"|CAC|NIMC|FRSC|TV|ID|SIM|TSA|FAA|PADI|RSPCA|AA|RAC|GP|NHS|HSE|DBS|CRB|PCP|ER|UCAS)"
)
#: Words of the care trades inside a register's name: "Nursing and Midwifery Council",
#: "Health and Care Professions Council", "Ordre des psychologues", "Colegio de Psicólogos";
#: not "health" alone (a patient deals with the Health Board too).
_CARE = (
    r"(?:nurs|midwi|psych|psic|medic|profession|social|counsel|therap|clinic|care|infirmi"
    r"|enfermer|allied)"
)
#: A named register, by its shape: an acronym, or capitalised words ending in the word for a
#: register ("Nursing and Midwifery Council"), or that word first ("Board of Psychology").
_BODY = (
    rf"(?P<body>(?!{_LAY}\b)[A-Z]{{2,7}}\b"
    r"|(?i:(?:[\w'-]+(?: (?:of|and|&|for|des|de|du|la|del))? ){1,5}(?:council|board|register"
    r"|registry|college|order|authority|society|association|england|wales|scotland)"
    r"(?: (?:of|for) (?:the )?[\w'-]+(?: [\w'-]+){0,2})?)\b"
    r"|(?i:(?:council|board|register|registry|college|order|ordre|colegio) (?:of|for|des|de"
    r"|du) (?:the )?(?:[\w'-]+ ){0,3}?[\w'-]+))"
)
#: The author's own licence to practise.
_LICENCE = (
    r"(?:(?:annual |professional |practi[sc]ing |yearly )*(?:registration|licen[cs]e|licensure"
    r"|certification|retention fee|practi[sc]ing certificate|annual fee))"
)
REGISTER_RENEWAL = compiled(
    # "renewed my registration with the Nursing and Midwifery Council", "paid my licence
    # fee to MDCN"; not "renewed my car registration with the DVLA"
    # "renewing registration with the Register of Psychologists": the renewal says it is the
    # author's even without "my"
    rf"\b(?:(?i:my|our) (?P<licence>{_LICENCE})|(?i:renew\w*|re-?regist\w*|recertif\w*)"
    rf"(?: (?i:my|our|the))?(?: (?P<renewed>{_LICENCE}))?)(?: [^.!?\n]{{0,30}}?)?"
    rf" (?i:with|to|from|at|by|for) (?:the )?{_BODY}"
    # "my practising certificate", "my annual practising licence": a licence to practise
    r"|\b(?i:my|our) (?i:annual )?(?i:practi[sc]ing) (?i:certificate|licen[cs]e|fees?)\b",
)
_CARE_NAME = compiled(_CARE, re.IGNORECASE)
_KEYS = ("regist", "licen", "certif", "fee", "practi", "renew")


def registers_renewed(text: str, low: str) -> list[re.Match[str]]:
    """Matches of REGISTER_RENEWAL whose body is a register (`_a_register`).

    Tried only when `low` holds a licence word or a renewal.

    Args:
        text: The draft, quotes made plain.
        low: `text` lower-cased.
    """
    if not holds_any(low, _KEYS):
        return []
    return [m for m in REGISTER_RENEWAL.finditer(text) if _a_register(m)]


def _a_register(m: re.Match[str]) -> bool:
    """Whether the body a match names is a register.

    It is when its name says a care trade, or when it is an acronym that a
    licence word shows to be one ("my registration with HPCSA"; not "renewed
    my subscription to the BBC").
    """
    body = m["body"]
    if body is None or _CARE_NAME.search(body):
        return True
    return body.isupper() and bool(m["licence"] or m["renewed"])
