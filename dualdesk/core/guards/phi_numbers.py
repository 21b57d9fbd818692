"""Numbers that identify a person, for the `phi` guard: phones of any country, ages in words.

`lexicon.PHONE` reads North American and "+" international numbers; these
are the national forms written with a leading 0 ("07700 900482", "020
7946 0018"). A line published by an organisation ("Befrienders Kenya: +254
...", "Samaritans helpline 0800 ...", "call us on ...") is not a person's number. An age over
89 is an identifier in words as in digits ("ninety-three this autumn"), and
in a birthday's count ("her 92nd birthday").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import MONTH, PHONE, TOLL_FREE, Hits, sentence_bounds
from dualdesk.core.guards.phi_patterns import CARE_CUE, THIRD_PERSON
from dualdesk.core.guards.phi_phone_cues import caller_before, cued_phones, persons_line
from dualdesk.core.guards.phi_thing_ages import thing_age

Span = tuple[int, int, str, str]

#: A national number with a trunk 0: "07700 900482", "020 7946 0018", "0412 345 678".
NATIONAL_PHONE = compiled(r"0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w/-])")
#: A number in small groups: "073-912 44 07" (Sweden), "06 12 34 56 78" (France), and with
#: the country's code: "+46 73 912 44 07", "+33 6 12 34 56 78".
GROUPED_PHONE = compiled(
    r"(?:0\d{1,3}|\+\d{1,3}[\s.-]\(?0?\)?\d{1,3})(?:[\s.-]\d{2,3}){2,4}(?![\w/-]|[.,]\d)"
)
#: How many digits a national number has, by (in small groups, with a country's code).
_DIGITS = {(False, False): (10, 11), (True, False): (9, 11), (True, True): (10, 13)}
#: What may come just before a national number: a start, a space, a bracket or a colon.
_NOT_BEFORE = compiled(r"[\w/.+-]")
#: National free and shared-cost prefixes: an organisation's line (0800, 0808, 1800), Chile's
#: shared-cost "600 360 7777" (ten digits, no person's number starts so) and Colombia's
#: free "01 8000 ...".
_FREEPHONE = compiled(  # not Nigeria's 0802-0807 mobiles
    r"^(?:0800|0808|0500|1800|1300|01[\s.-]?8000|(?:\+?56[\s.-]?)?600[\s.-]?\d{3}[\s.-]?\d{4}$)"
)
#: Just before a number: it is an organisation's line ("Befrienders Kenya:", "helpline on",
#: "Línea de la Vida de Lima", up to a few words of the line's name).
_LINE_BEFORE = compiled(
    r"\b(?:helplines?|hotlines?|lifelines?|crisis|samaritans|befrienders|line|textline"
    r"|l[ií]neas?|linha|ligne|urgencias?|emergencias?|ayuda|fono|responde|llam(?:[aáe]|en) al"
    r"|support|service|services|centres?|centers?|foundation|trust|charity|24/7|24 hours"
    r"|distress|help ?phone|warmlines?"
    r"|free(?:phone)?|toll[- ]free|reception|front desk|office|switchboard|clinic|practice"
    r"|surgery|bookings?|enquiries|inquiries|appointments|(?:call|ring|text|contact|reach) us"
    r"|our (?:new )?(?:number|phone|line|mobile)"
    # the practice's own, in Spanish: "Mismo teléfono,", "llámanos al", "citas al"
    r"|(?:mism[oa]|nuestr[oa]) (?:nuevo )?(?:teléfono|número|celular|whatsapp)"
    r"|llámanos|escríbenos|contáctanos|llámenos|escríbanos|contáctenos|comuníquen?se)\b"
    r"[^.!?\n\d]{0,40}$",
    re.IGNORECASE,
)
#: A star or hash code just before a number: a mobile network's short line ("*4141 o Salud
#: Responde ...", "#123 or ..."), listed with another of the same kind.
_STAR_BEFORE = compiled(r"(?<![\w*#])[*#]\d{3,5}\b[^.!?\n\d]{0,40}$")
#: Between two numbers of one list: "0917-... or 0966-...", "0800 ..., (24h) 0161 ...".
_LIST_JOIN = compiled(r"\s*(?:\([^()]{0,30}\))?\s*[,;/]?\s*(?:or|and|/)?\s*")
#: A post that gives its number to the reader: with no one else in it, the line is public;
#: the author's own number ("my cell", "reach me") is not one.
_TO_READER = compiled(r"\b(?:you|your|please|pls|reach out|save it|share)\b", re.IGNORECASE)
_MINE = compiled(r"\b(?:my|me)\b", re.IGNORECASE)
#: The reader's own number given back to them ("you left your number wrong"): a person's.
_YOURS = compiled(r"\byour (?:own )?(?:(?:phone|mobile|cell|contact) )?number\b", re.I)
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
#: Just after a number: what it is for ("0161 496 0000 for bookings").
_LINE_AFTER = compiled(
    r"\s*,?\s*(?:for|to) (?:book|bookings?|appointments?|enquiries|inquiries|referrals)\b",
    re.IGNORECASE,
)
#: An age of 90 or more in words, with what makes it an age ("years old", "this autumn",
#: "turned"); only in a sentence about someone.
WORD_AGE = compiled(
    rf"\b(?:ninety(?:[- ]{_UNITS})?|(?:a|one) hundred(?: and {_UNITS})?)(?:[- ]years?[- ]old\b"
    r"|(?= (?:this|next|last) (?:year|month|week|spring|summer|autumn|fall|winter|birthday)\b)"
    rf"|(?= (?:in|on) (?:{MONTH})\b))"
    rf"|\b(?:aged?|turned|turns|turning|(?:she|he|they)(?:'s|\u2019s| is| was)(?: now| nearly"
    rf"| almost| just)?) (?:ninety(?:[- ]{_UNITS})?|(?:a|one) hundred(?: and {_UNITS})?)\b"
    r"(?! (?:percent|minutes|mins|miles|pounds|dollars|degrees|times|pages)\b)",
    re.IGNORECASE,
)


#: A birthday counted past 89: "her 92nd birthday", "Happy 100th bday".
ORDINAL_AGE = compiled(
    r"(?<![\w.])(?:9\d|1[01]\d)(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b", re.IGNORECASE
)
#: The author's own relative, before ("my nan's 90th") or after ("90th birthday to my gran").
_OWN_KIN = compiled(
    r"\b(?:my|our)\s+(?:[a-z]+\s+)?(?:nan|nana|nanna|gran|granny|grandma|grandmother|grandad"
    r"|grandpa|grandfather|mum|mom|dad|mother|father|aunt|auntie|aunty|uncle|great-\w+)\b",
    re.IGNORECASE,
)

#: Kin written as a name ("Dad turned 93", "went to see Gran, she is 97"): the author's own.
_KIN_NAME = compiled(
    r"\b(?:Mum|Mom|Mam|Dad|Nan|Nana|Nanna|Gran|Granny|Grandma|Grandad|Grandpa|Nonna|Oma|Opa)\b"
)
#: A client in the sentence: "my client's nan is 94" is the client's relative.
_CLIENT = compiled(r"\b(?:client|patient|resident|service user)", re.IGNORECASE)
#: A full name or a public title just before an age: "David Attenborough turned 99".
_FULL_NAME_BEFORE = compiled(
    r"(?:\b(?:Sir|Dame|Lord|Lady|Prof\.?|Professor) [A-Z][a-z]+"
    r"|\b(?!M[rsx]s?\b|Miss\b)[A-Z][a-z]+ [A-Z][a-z]+)(?: [A-Z][a-z]+)?,?\s+$"
)


def own_or_public_age(text: str, start: int) -> bool:
    """Whether the age at `start` is the author's relative's or a public figure's.

    The author's own kin before it in the sentence ("my grandad turned 95", "Dad is 93") and
    no client there; or a full name or a public title just before it ("David Attenborough
    turned 99") in a post that says nothing about care.
    """
    if thing_age(text, start):
        return True  # "The clinic is now 95 years old": no one's age
    s, _ = sentence_bounds(text, start)
    near = max(s, start - 16)  # the kin is the age's subject: "Dad turned 93", "Gran, she is"
    if _OWN_KIN.search(text, s, start) or _KIN_NAME.search(text, near, start):
        return not _CLIENT.search(text, s, start)
    return bool(_FULL_NAME_BEFORE.search(text, max(s, start - 40), start)) and not (
        CARE_CUE.search(text)
    )


def ordinal_ages(text: str) -> list[Span]:
    """Spans of a birthday past 89 ("92nd birthday"), unless it is the author's relative's."""
    low = text.lower()
    if "birthday" not in low and "bday" not in low and "b-day" not in low:
        return []
    found: list[Span] = []
    for m in ORDINAL_AGE.finditer(text):
        s, e = sentence_bounds(text, m.start())
        if not _OWN_KIN.search(text, s, e):
            found.append(
                (*m.span(), "an age over 89", "Say \u201c90 or older\u201d, or leave it out.")
            )
    return found


def phones(text: str) -> list[Span]:
    """Spans of phone numbers in `text` that are not an organisation's published line."""
    found: list[Span] = []
    line_end = -1  # where the last organisation's number ended: a list may go on from it
    cued = cued_phones(text, "")  # "his mobile 98765 43210", "texted from 612 …"
    numbers = sorted(
        [
            *cued,
            *PHONE.finditer(text),
            *NATIONAL_PHONE.finditer(text),
            *GROUPED_PHONE.finditer(text),
        ],
        key=lambda m: m.start(),
    )
    taken = -1  # where the last number ended: a grouped reading inside it is the same number
    taken_by_cue = False
    for m in numbers:
        number = m.group()
        if m.start() < taken and (m.re is GROUPED_PHONE or taken_by_cue):
            continue  # a shorter reading inside a number already read
        taken_by_cue = m in cued and m.end() > taken
        taken = max(taken, m.end())
        if TOLL_FREE.match(number) or _FREEPHONE.match(number):
            continue
        if line_end >= 0 and _LIST_JOIN.fullmatch(text, line_end, m.start()):
            line_end = m.end()  # "Hotline: 0917-... or 0966-...": the same line's numbers
            continue
        if (
            m.re is not PHONE
            and m not in cued
            and (
                not _DIGITS[m.re is GROUPED_PHONE, number[0] == "+"][0]
                <= sum(c.isdigit() for c in number)
                <= _DIGITS[m.re is GROUPED_PHONE, number[0] == "+"][1]
                or (m.start() > 0 and _NOT_BEFORE.match(text, m.start() - 1))
            )
        ):
            continue
        if taken_by_cue and caller_before(text, m.start()):
            found.append((*m.span(), "a phone number", "Remove the phone number."))
            continue  # "rang the practice line from 07700 ...": the caller's own number
        s, _ = sentence_bounds(text, m.start())
        window = max(s, m.start() - 45)
        line = _LINE_BEFORE.search(text, window, m.start())
        line = line or _STAR_BEFORE.search(text, window, m.start())
        if line is not None and not persons_line(text, line):
            line_end = m.end()
            continue
        if _LINE_AFTER.match(text, m.end()):
            continue
        if _TO_READER.search(text) and not (
            THIRD_PERSON.search(text) or _MINE.search(text) or _YOURS.search(text)
        ):
            continue  # "Inochi no Denwa 0570-783-556. Please reach out.": a line for anyone
        found.append((*m.span(), "a phone number", "Remove the phone number."))
    return found


def word_ages(text: str, third_person: Hits | None = None) -> list[Span]:
    """Spans of ages over 89 in words, about someone or set after a comma (", ninety-three")."""
    if "hundred" not in text and "inety" not in text:
        return []
    people = third_person or Hits(THIRD_PERSON, text)
    found: list[Span] = []
    for m in WORD_AGE.finditer(text):
        apposition = text[max(0, m.start() - 2) : m.start()] == ", "
        if apposition or people.within(*sentence_bounds(text, m.start())):
            found.append(
                (*m.span(), "an age over 89", "Say \u201c90 or older\u201d, or leave it out.")
            )
    return found
