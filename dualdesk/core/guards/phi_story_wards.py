"""`phi` inside a client story: a named hospital's ward by its number.

"staff nurse in <hospital> ward 9", "admitted to ward 12 at <hospital>": a
hospital by its initials or name with a ward number tells where a client
works or lies, down to the corridor (the corpus convention: a named ward or
hospital where a client is, is the client's identifier). `phi_story.py` reads
capitalised words and leaves acronyms alone, so the hospital's initials need
their own reading. A ward with no hospital named ("back on ward 6 today") and
a kind of unit ("ICU bed 4") stay quiet.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

Span = tuple[int, int, str, str]

#: A hospital by its initials or its capitalised name, then its ward's number; or the
#: ward first, then "at" or "in" the hospital.
_WARD = compiled(
    r"\b(?P<named>[A-Z][A-Z&]{1,5}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}) [Ww]ard \d{1,3}[A-Z]?\b"
    r"|\b[Ww]ard \d{1,3}[A-Z]? (?:at|in|of) (?P<after>[A-Z][A-Z&]{1,5}\b|[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+){0,3})"
)
#: Kinds of unit, not a hospital's name: "ICU ward 2" names no hospital.
_UNIT = re.compile(
    r"(?:ICU|CCU|NICU|PICU|HDU|ED|ER|A&E|OR|MAU|AMU|SCBU|The|A|Our|My|His|Her|Their|On|In"
    r"|At|To|Back|Medical|Surgical|Psych|Mental|General|Acute|Old|New|Main)$"
)


def named_wards(text: str) -> list[Span]:
    """Return the spans of a named hospital's numbered ward in a client story."""
    if "ward " not in text and "Ward " not in text:
        return []
    found: list[Span] = []
    for m in _WARD.finditer(text):
        named = m.group("named") or m.group("after")
        if _UNIT.match(named.rsplit(" ", 1)[-1]) or _UNIT.match(named.split(" ", 1)[0]):
            continue
        found.append((*m.span(), "a named hospital's ward", "Leave out the hospital and ward."))
    return found
