"""What the professional profile says the user is, for the `identity_link` guard.

A professional display name carries more than a name: credentials after a
comma or in brackets ("Marla Dykstra, LISW", "Marisol Vance, ATR-BC, LPC"),
the service's acronym ("Aoife Byrne, CAMHS CPN") and the job itself ("Serene
Goh (Counselling Psychologist)"); a handle often ends in the credential
("MWhitfieldLCSW"). Whatever the writer's words around them, these are the
user's own marks, so naming one on the personal account says who they are
at work. They are read from the profile, not from a list, so a credential
of any country or board is known as soon as the user has written it there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.identity_patterns import PROFESSION
from dualdesk.core.guards.substrings import holds_any

#: What separates the parts of a display name: commas, bars, brackets, slashes, dashes.
_PARTS = compiled(r"\s*(?:[,|()/\[\]\u00b7\u2013\u2014;]|\s-\s)\s*")
#: A credential or acronym: two or more capitals, perhaps a hyphen ("ATR-BC"), and the
#: doctorates written with small letters ("PsyD", "Psy.D.").
_CREDENTIAL = compiled(
    r"^(?:(?=[A-Za-z.-]*[A-Z][A-Za-z.-]*[A-Z])[A-Z][A-Za-z]{1,7}(?:-[A-Z]{1,4})?|Psy\.?D\.?)$"
)
#: A credential at the end of a handle: "MWhitfieldLCSW", "dr_lee_PsyD".
_HANDLE_CREDENTIAL = compiled(r"(?<=[a-z_\d])([A-Z]{4,6}(?:-?[A-Z]{2})?|PsyD)$")
#: Acronyms everybody writes (degrees shared by many trades, health services, countries).
_EVERYDAY = frozenset(
    {"PhD", "MSc", "BSc", "MBA", "MPH", "MEd", "MFA", "MPhil", "BA", "MA", "MS", "BS", "MD",
     "RN", "NHS", "HSE", "USA", "NYC", "UK", "US", "EU", "DC", "CEO", "PLLC", "LLC", "Inc"}
)  # fmt: skip
#: A credential next to a price, a number or a unit is something else: "MSW $18/kg".
_NOT_A_PRICE = r"(?!\s*(?:[$\u20ac\u00a3\u00a5]|\d|/kg|per\b))"
#: Words that say a job title is somebody else's, not the author's own.
_SOMEONE_ELSES = (
    r"(?<!my )(?<!your )(?<!his )(?<!her )(?<!their )(?<!our )(?<!a )(?<!the )(?<!an )"
    r"(?<!kid's )(?<!son's )(?<!daughter's )(?<!mum's )(?<!mom's )"
)
_PROFESSION = compiled(PROFESSION, re.IGNORECASE)
#: A profile that says the user is a nurse, or a medical doctor (a psychiatrist): then the
#: plain "nurse" or "doctor" in "as a nurse", "being a doctor" is the author's own trade.
_TRADES = (
    ("nurse", compiled(r"nurse|\b(?:RN|RMN|RPN|CPN|PMHNP|APRN|NP)\b|PMHNP")),
    (
        "doctor",
        compiled(
            r"[Pp]sychiatri|\b(?:MD|MBBS|MBChB|MRCPsych|FRCPsych|FWACP|FRANZCP|FRCPC|DNB)\b"
            r"|(?<=[a-z])(?:MD|Psychiatry)$"
        ),
    ),
)
#: The author saying they are of that trade: "As a nurse, ...", "I'm a night-shift nurse",
#: "forensic nurse by day", "after twelve hours as an RN", "asked my opinion as a doctor";
#: not "my sister works as a nurse".
_OF_THE_TRADE = (
    r"(?i:(?:(?:^|(?<=[.!?,;:] ))(?:as|being)|\bi(?:'m| am| became| work as| worked as"
    r"| trained as| qualified as)) (?:an?|the only) (?:[\w-]+ ){{0,2}}{trade}"
    # someone asking the author in that capacity: "asked my opinion 'as a doctor'"
    r"|\b(?:my (?:opinion|advice|view|take|verdict)|(?:asks?|asked|asking|consults?|consulted"
    r"|wants?|wanted) me),? [\"'\u2018\u201c]?as (?:an?|the) (?:[\w-]+ ){{0,2}}{trade}"
    r"|(?:^|(?<=[.!?] ))(?!(?:an?|the|my|his|her|their|your|our) )(?:[\w-]+ ){{0,2}}{trade}"
    r" by (?:day|trade|profession|training)"
    r"|(?:^|(?<=[.!?,;:] )|\bafter |\bi(?:'ve| have)? (?:done|spent|did|worked) )(?:[\w-]+ )?"
    r"(?:hours?|days?|shifts?|nights?|weeks?|months?|years?|decades?)"
    r" (?:(?:as|being) (?:an? )?|an? )"
    r"(?:[\w-]+ ){{0,2}}{trade}"
    # "I be nurse" (pidgin), "the double life of a nurse", "nurse life"
    r"|\bi be (?:an? )?(?:[\w-]+ ){{0,2}}{trade}"
    r"|(?<!about )(?<!into )(?<!on )(?<!of )\b(?:the|my|this) (?:[\w-]+ )?li(?:fe|ves) of an? "
    r"(?:[\w-]+ ){{0,2}}{trade}|\b(?:diary|confessions?|tales) of an? (?:[\w-]+ ){{0,2}}{trade}"
    r"|\b{trade} (?:life|problems|things|humou?r|struggles))(?![\w-])"
)
#: What the trade is called in a sentence: a nurse is also an RN; a doctor an MD, and by
#: grade a consultant, a registrar or a locum.
_TRADE_WORDS = {
    "nurse": r"(?:nurse|(?-i:RN))",
    "doctor": r"(?:doctor|medic|consultant|registrar|locum|(?-i:MD|NCHD|SHO|SpR))",
}
_TRADE_KEYS = {
    "nurse": ("rn",),
    "doctor": ("md", "medic", "consultant", "registrar", "locum", "nchd", "sho", "spr"),
}
_NURSE = compiled(r"\bnurse\b", re.IGNORECASE)


def own_marks(display_name: str, handle: str) -> tuple[list[str], list[str]]:
    """Return the credentials and job titles a professional profile names.

    "Aoife Byrne, CAMHS CPN" gives (["CAMHS", "CPN"], []); "Serene Goh
    (Counselling Psychologist)" gives ([], ["Counselling Psychologist"]). The
    first part of the display name is the person's name and gives nothing.

    Args:
        display_name: The professional display name.
        handle: The professional handle, without "@".

    Returns:
        The credentials (in their own capitals) and the job titles.
    """
    parts = [p for p in _PARTS.split(display_name.strip()) if p]
    credentials: list[str] = []
    titles: list[str] = []
    for index, part in enumerate(parts):
        words = part.split()
        found = [w.rstrip(".") if "." not in w[:-1] else w for w in words]
        found = [w for w in found if _CREDENTIAL.match(w) and w not in _EVERYDAY]
        credentials.extend(found)
        rest = " ".join(w for w in words if w not in found)
        if index and (_PROFESSION.search(rest) or _NURSE.search(rest)):
            titles.append(rest)
    for trade, signs in _TRADES:
        if signs.search(display_name) or signs.search(handle):
            titles.append(trade)
    tail = _HANDLE_CREDENTIAL.search(handle)
    if tail and tail.group(1) not in _EVERYDAY:
        credentials.append(tail.group(1))
    return credentials, titles


@lru_cache(maxsize=8)
def _keys(display_name: str, handle: str) -> tuple[str, ...]:
    credentials, titles = own_marks(display_name, handle)
    keys = {m.lower() for m in credentials} | {t.split()[-1].lower() for t in titles}
    keys |= {k for t in titles for k in _TRADE_KEYS.get(t, ())}
    return tuple(keys)


def own_mark_matches(text: str, low: str, display_name: str, handle: str) -> list[re.Match[str]]:
    """Matches in `text` of the marks of the professional profile with this name and handle.

    Args:
        text: The draft, quotes made plain.
        low: `text` lower-cased: the pattern runs only when a mark is in it.
        display_name: The professional display name.
        handle: The professional handle, without "@".
    """
    if not any(key in low for key in _keys(display_name, handle)):
        return []
    pattern = own_marks_pattern(display_name, handle)
    return list(pattern.finditer(text)) if pattern is not None else []


def renewed_credentials(text: str, low: str) -> list[re.Match[str]]:
    """Matches of RENEWED_CREDENTIAL, tried only when `low` holds one of its words."""
    if not holds_any(low, _RENEWAL_WORDS):
        return []
    return list(RENEWED_CREDENTIAL.finditer(text))


@lru_cache(maxsize=8)
def own_marks_pattern(display_name: str, handle: str) -> re.Pattern[str] | None:
    """The profile's credentials and job titles as one pattern, or None when it names none.

    Credentials match in their own capitals (a four-letter one also all in
    small letters), never beside a price or a number; a job title matches
    in any case unless it is said to be someone else's ("my psychologist").

    Args:
        display_name: The professional display name.
        handle: The professional handle, without "@".
    """
    credentials, titles = own_marks(display_name, handle)
    alternatives = []
    for cred in sorted(set(credentials), key=len, reverse=True):
        escaped = re.escape(cred)
        alternatives.append(f"(?i:{escaped})" if len(cred) >= 4 else escaped)
    for title in sorted(set(titles), key=len, reverse=True):
        if title in ("nurse", "doctor"):
            alternatives.append(_OF_THE_TRADE.format(trade=_TRADE_WORDS[title]))
            continue
        words = r"\s+".join(re.escape(w) for w in title.split())
        alternatives.append(f"{_SOMEONE_ELSES}(?i:{words})")
    if not alternatives:
        return None
    return compiled(rf"(?<![\w@.#/-])(?:{'|'.join(alternatives)})(?![\w-]){_NOT_A_PRICE}")


#: Acronyms of licences everybody holds: driving, television, background checks, first aid.
_LAY_LICENCE = r"(?:DMV|CDL|TV|DBS|CPR|BLS|RV|ID|IRS|HOA|PADI|FAA|GP|NRIC|SIM|NHS|TSA|SIA|RSA)"
#: Any credential renewed or registered, read by its shape and its capitals when the profile
#: does not spell it out: "renewed my SRP registration", "my HCPC renewal is due".
RENEWED_CREDENTIAL = compiled(
    rf"\b(?i:renew(?:ed|ing|al of)?|recertif(?:ied|ying)) (?i:my|our) (?!{_LAY_LICENCE}\b)"
    r"[A-Z]{2,6}(?:-[A-Z]{2,4})?\b(?! (?i:membership|subscription|card|pass|plan|account))"
    rf"|\b(?i:my|our) (?!{_LAY_LICENCE}\b)[A-Z]{{2,6}}(?:-[A-Z]{{2,4}})? (?i:registration"
    r"|licensure|recertification|ceus?|renewal|board exams?)\b"
)
_RENEWAL_WORDS = ("renew", "recertif", "registration", "licensure", "ceu", "board exam")
