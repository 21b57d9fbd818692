"""The user's workplace and field told by their kind, for the `identity_link` guard.

A personal post rarely names the practice ("Torrens Memory Clinic"); it
names the kind of place the practice is ("long day at the memory clinic"),
or the field the professional display name gives ("Dr Meg Tregenza | Old
Age Psychiatry"), or what the author's day job is ("day job is clinical
psychology"). The kind and the field are read from the professional
profile, not from a list of places, so a memory clinic, an eating-disorder
unit or a crisis service is known as soon as the user has named it there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.identity_patterns import PROFESSION, QUALIFIER, base_letter, unaccented

#: The last word of a practice name that says it is a place of work.
_PLACE = frozenset(
    {"clinic", "clinics", "centre", "center", "unit", "ward", "hospital", "service", "services",
     "team", "surgery", "institute", "programme", "program", "hub", "house", "rooms"}
)  # fmt: skip
#: The name of a field, as a display name gives it after the person's name.
_FIELD = compiled(
    r"\b(?:psychiatry|psychology|psychotherapy|counsell?ing|social work|therapy|nursing)$",
    re.IGNORECASE,
)
#: What separates the parts of a display name (identity_profile._PARTS).
_PARTS = compiled(r"\s*(?:[,|()/\[\]\u00b7\u2013\u2014;]|\s-\s)\s*")
#: Words that say the place is somebody else's: "mum's memory clinic", "her clinic".
_NOT_MINE = (
    r"(?<!his )(?<!her )(?<!their )(?<!your )(?<!mum's )(?<!mom's )(?<!dad's )"
    r"(?<!nan's )(?<!gran's )(?<!vet )(?<!dental )"
)
#: The day job named, then within a few words a field, a profession or a service.
DAY_JOB = compiled(
    r"\bday[- ]job(?:'s| is| was| as| in|:| =| -| \u2014|\u2014)\s*(?:[\w'-]+\s+){0,4}?"
    rf"(?:{PROFESSION}|(?:[\w-]+ )?(?:psychiatry|psychology|psychotherapy|counsell?ing"
    r"|social work|mental health|therapy|nursing)\b|(?:[\w-]+ )?(?:clinic|ward|unit)\b)",
    re.IGNORECASE,
)


def workplace_kinds(markers: tuple[str, ...], display_name: str) -> list[str]:
    """Return the kinds of workplace and the fields a professional profile names.

    "Torrens Memory Clinic" gives "memory clinic" (the name's own first word
    is left out: it is the proper name); a display name part after the
    person's name that names a field in two words or more ("Old Age
    Psychiatry") gives that field. A one-word field ("Psychology") is too
    common to count.

    Args:
        markers: The professional profile's markers.
        display_name: The professional display name.

    Returns:
        The kinds and fields, lower-cased.
    """
    kinds = []
    for marker in markers:
        words = marker.split()
        if len(words) >= 3 and words[-1].lower() in _PLACE:
            kinds.append(" ".join(words[-2:]).lower())
    for index, part in enumerate(p for p in _PARTS.split(display_name.strip()) if p):
        if index and len(part.split()) >= 2 and _FIELD.search(part):
            kinds.append(part.lower())
    return kinds


#: What follows a practice's own first word when it stands for the whole place or its people:
#: "Northlight office", "the Sankofa clinic", "Braid team", "Harbourlight colleagues".
_SITE = (
    r"(?:clinic|office|offices|team|centre|center|practice|rooms|staff|reception|waiting room"
    r"|building|car park|parking lot|front desk|admin|inbox|phone"
    # the people who work there: "my Harbourlight colleagues", "the Northlight crew"
    r"|colleagues?|co-?workers?|workmates?|crew|squad|gang|lot|folks|peeps)"
)
#: First words of a practice name that are everyday words, not its own name.
_EVERYDAY_HEADS = frozenset(
    {"the", "family", "community", "city", "north", "south", "east", "west", "central", "new",
     "mind", "minds", "mental", "health", "child", "children", "care", "life", "open", "well"}
)  # fmt: skip


def practice_heads(markers: tuple[str, ...]) -> list[str]:
    """Return the first words of the practice names that stand for the practice.

    "Northlight Recovery Counseling" gives "Northlight": at work it is "the
    Northlight office". Websites, one-word names and everyday first words
    ("Family", "Community") give nothing.
    """
    heads = []
    for marker in markers:
        words = marker.split()
        if len(words) >= 2 and len(words[0]) >= 4 and words[0].lower() not in _EVERYDAY_HEADS:
            heads.append(words[0])
    return heads


#: What a field's own word is followed by when it stands for the author's work: "the
#: perinatal team", "forensic nursing", "perinatal on-call".
_CLINICAL_QUALIFIER = compiled(
    rf"(?!(?:art|music|drama|dance|play|family|child|health|community|recovery)$){QUALIFIER}"
)
_FIELD_WORK = (
    r"(?:team|unit|ward|wards|clinic|service|services|rota|on-?call|nurse|nurses|nursing"
    r"|consultant|registrar|reg|colleagues|patients|clients|mums|work|psychiatry|psychology"
    r"|shift|shifts)"
)


def field_heads(markers: tuple[str, ...], display_name: str) -> list[str]:
    """Return the words that name the user's own field in the profile.

    "Aroha Whitfield RN | Forensic MH Nursing" and "Te Awa Forensic Nursing"
    give "Forensic"; "Dr Orla Nolan | Perinatal Psychiatry" gives
    "Perinatal": the words before the field's name that narrow a clinical
    trade (identity_patterns.QUALIFIER), not a practice's own name ("High
    Plains Counseling") nor the arts (a "music team" is a church's too).
    """
    parts = [p for i, p in enumerate(_PARTS.split(display_name.strip())) if i and p]
    heads: list[str] = []
    for named in (*parts, *markers):
        words = named.split()
        if len(words) < 2 or not _FIELD.search(named):
            continue
        start = 1 if named in markers and len(words) >= 3 else 0
        heads.extend(w for w in words[start:-1] if len(w) >= 5 and w.isalpha() and not w.isupper())
    return [h for h in heads if _CLINICAL_QUALIFIER.fullmatch(h.lower())]


@lru_cache(maxsize=8)
def _kinds_pattern(markers: tuple[str, ...], display_name: str) -> re.Pattern[str] | None:
    kinds = workplace_kinds(markers, display_name)
    heads = practice_heads(markers)
    fields = field_heads(markers, display_name)
    if not kinds and not heads and not fields:
        return None
    alternatives = [r"\s+".join(re.escape(w) for w in k.split()) for k in kinds]
    alternatives.extend(rf"{unaccented(re.escape(h))}\s+{_SITE}" for h in heads)
    alternatives.extend(rf"{re.escape(f)}\s+{_FIELD_WORK}" for f in fields)
    return compiled(rf"{_NOT_MINE}(?<![\w@.#/-])(?:{'|'.join(alternatives)})(?![\w-])", re.I)


@lru_cache(maxsize=8)
def _keys(markers: tuple[str, ...], display_name: str) -> tuple[str, ...]:
    kinds = [k.split()[-1] for k in workplace_kinds(markers, display_name)]
    heads = practice_heads(markers)
    fields = [f.lower() for f in field_heads(markers, display_name)]
    return tuple(kinds + [h.lower() for h in heads] + [_unaccented_key(h) for h in heads] + fields)


def _unaccented_key(word: str) -> str:
    return "".join(base_letter(ch) for ch in word.lower())


def workplace_matches(
    text: str, low: str, markers: tuple[str, ...], display_name: str
) -> list[re.Match[str]]:
    """Matches in `text` of the profile's workplace kinds, fields and practice, and a day job.

    Args:
        text: The draft, quotes made plain.
        low: `text` lower-cased: each pattern runs only when its key word is in it.
        markers: The professional profile's markers.
        display_name: The professional display name.
    """
    found: list[re.Match[str]] = []
    if "day" in low and "job" in low:
        found.extend(DAY_JOB.finditer(text))
    if any(key in low for key in _keys(markers, display_name)):
        pattern = _kinds_pattern(markers, display_name)
        if pattern is not None:
            found.extend(pattern.finditer(text))
    return found
