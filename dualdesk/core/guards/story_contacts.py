"""A client's relative reached through a number: the handoff note posted by mistake.

A clinician passing on how to reach a patient's family writes a phone number
or an e-mail address next to a relative who belongs to a third person ("her
sister's cell is …", "Mr Ndlovu's son has a new number", "daughter wants all
updates to …") and a word of the care around them (discharge, intake, the
file, the family meeting). A record reference ("file HP-26-0917", "student
ID 40018273") in a post that speaks of "him" or "her" is the same slip.

A third person's relative who reached the author's personal number or account
("Amy's dad whatsapped my personal number again") is the same family, over a
line the author keeps from the work.

Crisis lines, the practice's own number and the author's own family have no
such relative: "my sister", "Mum's number" and "call the office" are no one's
kin but the author's, and a bare number with a name is no story.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: A phone number of nine or more digits (eight in two fours), or a personal e-mail address.
_PHONE = r"(?<![\w@./+-])\+?\(?\d[\d() .-]{7,16}\d(?![\w/-])"
CONTACT = compiled(rf"{_PHONE}|\b[\w.+-]+@[\w-]+\.[a-z]{{2,}}(?:\.[a-z]{{2,}})?", _I)
#: CONTACT in a draft without "@": the same matches, without trying an address at every word.
_PHONE_ONLY = compiled(_PHONE, _I)
_KIN = (
    r"(?:mom|mum|mam|mother|mama|dad|father|papa|sister|brother|son|daughter|wife|husband"
    r"|partner|aunt|auntie|uncle|niece|nephew|cousin|grandma|grandmother|grandpa|grandfather"
    r"|gran|nan|nana|granddaughter|grandson|fianc[eé]e?|carer|caregiver|guardian|step(?:mom"
    r"|mum|dad|son|daughter)|next of kin|nok)"
)
#: A relative who belongs to a third person: "her sister", "Mrs Abrahams' daughter", "Mrs
#: K's partner", a client family ("the Jenkins family", not "the Smith Family Clinic"); or a
#: bare relative as a clause's subject, as in a note: "daughter wants …".
#: "Mum's", "Dad's" written as names are the author's own.
OTHERS_KIN = compiled(
    rf"\b(?:her|his|their)\s+(?:(?:new|older|younger|eldest|oldest|youngest|little|big|adult"
    rf"|only)\s+)?{_KIN}\b"
    rf"|\b(?!(?:Mum|Mom|Dad|Mam|Nan|Gran|Nana|Papa|Mama|Grandma|Grandpa)\b)(?-i:[A-Z][a-z]*)"
    rf"(?:'s|'|\u2019s|\u2019)\s+{_KIN}\b|\bthe (?-i:[A-Z][a-z]+) family\b(?!\s+(?-i:[A-Z]))"
    r"|(?:^|(?<=[.!?:;]\s)|(?<=[\u2014\u2013]\s)|(?<=,\s))(?:son|daughter|sister|brother|wife"
    r"|husband|niece|nephew|grandson|granddaughter)\s+(?:(?:finally|just|already|still)\s+)?"
    r"(?:is|was|has|wants|will|would|says|said"
    r"|asked|called|rang|can|needs|prefers|lives)\b",
    _I,
)
#: Words of the care around a patient; a number for "Yesenia's grandma, call back" alone is
#: a pasted note, not a story.
CARE = compiled(
    r"\b(?:intake|discharg\w*|d/c|follow-?ups?|file|chart|face ?sheet|family meeting|visit\w*"
    r"|admi(?:ssion|tted|t)|referrals?|gp|letters?|sessions?|appointments?|appts?|ward|unit|bed|consent|roi"
    r"|meds|medication|treatment|therapy|assessment|evals?|handover|hand-?off|case|reception"
    r"|respite|hospice|meltdowns?|ward phone|collateral|hx|the team)\b",
    _I,
)
#: A record reference: "file HP-26-0917", "File 24-0871", "student ID 40018273".
RECORD = compiled(
    r"\b(?:file|(?:student|client|patient|pt|resident|service user)\s+(?:id|no\.?|number|#))"
    r"\s*:?\s*#?(?:[A-Z]{1,4}-\d[\d-]{3,}\d|\d[\d-]{4,}\d)\b",
    _I,
)
#: Someone reaching the author's own line, kept apart from the work: "whatsapped my personal
#: number", "found my private Instagram".
_PERSONAL_LINE = compiled(
    r"\b(?:texted|texting|whatsapp(?:ed|ing)?|messag(?:ed|ing)|called|calling|rang|ringing"
    r"|emailed|dm'?d|dm'?ing|found|got hold of|added|friended|followed)\b[^.!?\n]{0,20}?"
    r"\bmy (?:personal|private) (?:number|phone|mobile|cell|email|e-mail|instagram|insta"
    r"|facebook|fb|account|whatsapp|line)\b",
    _I,
)
#: The parents and carers of a child in care, who ring about them.
_PARENT = compiled(
    r"\b(?:mom|mum|mam|mother|mama|dad|father|papa|guardian|carer|caregiver|step(?:mom|mum|dad)"
    r"|grandma|grandmother|gran|nan|nana)\b",
    _I,
)
#: "he", "she", "him", "her", "his": a third person the post speaks of.
THIRD_PERSON = compiled(r"\b(?:he|she|him|her|his)\b", _I)
#: The author's own people or a crisis line next to the number.
_OWN_OR_LINE = compiled(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:mom|mum|mam|mother|dad|father|sister|brother|son|daughter"
    r"|wife|husband|partner|family)\b|\b(?:helpline|hotline|lifeline|crisis line|24/7|988)\b",
    _I,
)


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a relative's contact or a record reference in a post about one person.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, for the cheap gates.

    Returns:
        The span of each number or address next to another's relative, and of each record
        reference in a post that speaks of "him" or "her".
    """
    found: list[tuple[int, int]] = []
    if "personal" in folded or "private" in folded:
        found += _personal_line(text)
    if not has_digit(text) and "@" not in text:
        return found
    scan = CONTACT if "@" in text else _PHONE_ONLY
    contacts = [m.span() for m in scan.finditer(text) if _digits(m.group()) or "@" in m.group()]
    if (
        contacts
        and OTHERS_KIN.search(text)
        and CARE.search(text)
        and not _OWN_OR_LINE.search(text)
    ):
        found += contacts
    if not (
        "file" in folded
        or " id" in folded
        or " no" in folded
        or "number" in folded
        or "#" in folded
    ):
        return found
    records = [m.span() for m in RECORD.finditer(text)]
    if records and THIRD_PERSON.search(text):
        found += records
    return found


#: Eight digits in two groups of four, as Hong Kong and Singapore write a phone number
#: ("6123 8840"); not two years ("1998 2024").
_EIGHT = compiled(r"(?!(?:19|20)\d\d (?:19|20)\d\d)\d{4} \d{4}")


def _personal_line(text: str) -> list[tuple[int, int]]:
    """The parent of a third person who reached the author's own number ("Amy's dad
    texted my personal phone again"): the author keeps that number from the work. A
    sibling or a cousin ("Sarah's brother called about band practice") is anyone's."""
    if not _PERSONAL_LINE.search(text):
        return []
    return [m.span() for m in OTHERS_KIN.finditer(text) if _PARENT.search(m.group())]


def _digits(candidate: str) -> bool:
    """Whether a run of digits and separators holds as many digits as a phone number."""
    if "@" in candidate:
        return False
    return (
        9 <= sum(c.isdigit() for c in candidate) <= 13 or _EIGHT.fullmatch(candidate) is not None
    )


def has_digit(text: str) -> bool:
    """Whether a text holds an ASCII digit: ten substring tests, cheaper than a pattern."""
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    )
