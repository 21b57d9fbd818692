"""The user called by a trade title and their own name, for the `identity_link` guard.

At work people meet the user as "Nurse Nkechi", "Dr Lennie" or "Sister
Okafor": a title of the trade before the first name or the surname of the
professional display name. Which titles count is read from the profile,
not from a list of people: the titles it uses itself (in the display name
or the handle: "NurseNkechiPMH") and those its trade implies (a nurse's
credentials give "Nurse" and "Sister"; a doctorate or a doctor's grades
give "Dr").
"""

from __future__ import annotations

import re
from functools import lru_cache

from dualdesk.core.guards.alternation_trie import compiled

#: The titles of the trades, the key that finds them in a profile and the spellings used in
#: a sentence.
_TITLES = {
    "nurse": r"(?:nurse|sister|matron)",
    "doctor": r"(?:dra?\.?|doctora?|doc)",
    # Spanish-speaking countries' graduate title: "Lic. Salvatierra", "Licenciada Julieta"
    "licentiate": r"(?:lic\.?|licenciad[oa]|licda\.?|lcd[oa]\.?)",
    "professor": r"(?:prof\.?|professor)",
    "courtesy": r"(?:mrs\.?|ms\.?|mr\.?|miss|mx\.?)",
}
#: What in a profile says the user carries a title: the title written there, or a credential
#: of the trade (identity_profile._TRADES reads the same signs for the trade words).
_SIGNS = {
    "nurse": compiled(
        r"nurse|matron|\b(?:RN|RMN|RPN|CPN|PMHNP|APRN|NP|RGN|RPsychN)\b|PMHNP", re.IGNORECASE
    ),
    "doctor": compiled(
        r"^(?:[Dd]ra?|[Dd]oc)\b|\b[Dd]r\.? |^[Dd]r(?=[A-Z_])|[Pp]sychiatri"
        r"|\b(?:MD|MBBS|MBChB|MRCPsych|FRCPsych|FWACP|FRANZCP|FRCPC|PhD|PsyD|DClinPsy|DPsych|EdD|DSW|DNP)\b",
    ),
    "licentiate": compiled(
        r"^@?[Ll]ic(?:\.|da\b|(?=[A-Z_]))|\b[Ll]ic\. |[Ll]icenciad|\b[Ll]cd[oa]\b"
    ),
    "professor": compiled(r"^[Pp]rof\b|\b[Pp]rof\.? |^[Pp]rof(?=[A-Z_])|[Pp]rofessor"),
    # a school's staff go by "Ms. Avendaño": a handle or name that opens with it says so
    "courtesy": compiled(r"^@?(?:Mrs|Ms|Mr|Miss|Mx)(?:\.? |(?=[A-Z_]))"),
}
#: What ends the name in a display name: a comma, a bracket, a bar, a dash.
_AFTER_NAME = compiled(r",|\s*[(\[]|\s[|\u2013\u2014\u00b7-]\s|\|")
_HONORIFIC = compiled(
    r"^(?:dra?|mr|mrs|ms|mx|prof|nurse|sister|lic|licda|lcda|lcdo)\.?\s+", re.IGNORECASE
)
#: A capitalised name word: "Nkechi", "Okafor-Bello", "O'Brien"; not a credential ("RN").
_NAME_WORD = compiled(
    r"^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019]+)?$"
)


@lru_cache(maxsize=8)
def _name_words(display_name: str) -> tuple[str, ...]:
    """The first name and the surname (and a double surname's halves) of a display name."""
    named = _AFTER_NAME.split(display_name.strip(), maxsplit=1)[0].strip()
    words = [w for w in _HONORIFIC.sub("", named).split() if _NAME_WORD.match(w)]
    if len(words) < 2:
        return ()
    found = {words[0], words[-1], *words[-1].split("-")}
    return tuple(sorted((w for w in found if len(w) >= 3), key=len, reverse=True))


@lru_cache(maxsize=8)
def titled_name_pattern(display_name: str, handle: str) -> re.Pattern[str] | None:
    """A trade title of the profile before the user's first name or surname, or None.

    "Nkechi Okafor-Bello, RN PMHNP" (handle "NurseNkechiPMH") gives a pattern
    for "Nurse Nkechi", "Sister Okafor" and the like. A one-word name or a
    profile with no title of a trade gives None.

    Args:
        display_name: The professional display name.
        handle: The professional handle, without "@".
    """
    names = _name_words(display_name)
    titles = [
        spelling
        for trade, spelling in _TITLES.items()
        if _SIGNS[trade].search(display_name) or _SIGNS[trade].search(handle)
    ]
    if not names or not titles:
        return None
    name = "|".join(re.escape(n) for n in names)
    return compiled(rf"(?<![\w@#])(?:{'|'.join(titles)})\s+(?:{name})(?![\w-])", re.IGNORECASE)


def titled_name_matches(
    text: str, low: str, display_name: str, handle: str
) -> list[re.Match[str]]:
    """Matches in `text` of the user's own name after a title of their trade.

    Args:
        text: The draft, quotes made plain.
        low: `text` lower-cased: the pattern runs only when one of the names is in it.
        display_name: The professional display name.
        handle: The professional handle, without "@".
    """
    if not any(n.lower() in low for n in _name_words(display_name)):
        return []
    pattern = titled_name_pattern(display_name, handle)
    return list(pattern.finditer(text)) if pattern is not None else []
