"""A patient named by first name or initials, speaking or consenting, with no client word.

Clinicians in a hurry tell a case with the person's first name or initials as
the sentence's subject and a verb only a person does about their own care:

- initials, then consent or speech: "RK finally consented to the MRI once I
  drew it out", "M.B. told me the pills make her dizzy";
- a first name, then a present-tense report of what they say, think or
  want, in a post about care: "Gwen says the tablets make the walls hum",
  "Tomasz wants his dose halved".

Two-letter abbreviations for teams and roles ("ED called", "PD said", "HR
agreed"), a full name (a public figure quoted), a name with no word of care
in its sentence ("Kendra says hi!") and the personal account (where a first
name is a friend) are left alone.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_named import is_first_name

#: Where a sentence, a clause after a colon or a line starts.
_STARTS = compiled(r"[.!?:;\n]\s*")
#: A verb a person does about their own care or words.
_CONSENTS = (
    r"(?:(?:finally|just|still|now|then|eventually|reluctantly)\s+)?(?:agreed|consented"
    r"|refused|declined|denied|disclosed|admitted|told\s+me|asked\s+(?:me|if|for|to|whether)"
    r"|said|says|tells\s+me|swears|insists|wants|thinks|cried|laughed|signed|accepted)\b"
)
#: Initials as the subject: "JT finally agreed", "M.B. told me".
INITIALS = compiled(rf"(?-i:(?P<who>[A-Z]{{2}}|[A-Z]\.\s?[A-Z]\.))\s+{_CONSENTS}", re.I)
#: Two-letter teams, roles, places and family shorthand that act like a person.
_NOT_INITIALS = frozenset(
    (
        *("ED", "ER", "OR", "CL", "IM", "OB", "GI", "ID", "IT", "HR", "PT", "OT", "SW", "RN"),
        *("NP", "PA", "MD", "DO", "GP", "PD", "PI", "UK", "US", "EU", "AI", "TV", "PM", "AM"),
        *("OK", "IV", "NY", "LA", "DC", "MA", "CA", "TX", "UN", "BP", "DH", "DS", "DD", "DW"),
        *("SO", "BF", "GF", "AA", "NA", "CB", "ST", "SU", "PR", "QA"),
    )
)
#: A first name, then what they say, think or want now.
NAMED_SAYS = compiled(
    r"(?-i:(?P<who>[A-Z][a-z]{2,14}))\s+(?:(?:still|now|keeps|always)\s+)?(?:says|tells\s+me"
    r"|thinks|wants|swears|insists|believes|hears|reckons|asks\s+(?:me|if|for|whether))\b",
    re.I,
)
#: Words of the person's own care: symptoms, treatment, the record.
_CARE = compiled(
    r"\b(?:voices?|pills?|tablets?|meds?|medications?|dose|doses|injections?|note|notes|chart"
    r"|ward|unit|bed|consult|session|therapy|hx|lp|mri|ct|labs?|bloods?|procedure|surgery"
    r"|discharge|d/?c|admission|sleep|appetite|nightmares?|symptoms?)\b",
    re.I,
)


#: Any of the verbs above, looked for once before the clause starts are walked.
_VERBS = compiled(
    r"(?-i:[A-Z][\w.]*)\s+(?:\w+\s+)?(?:agreed|consented|refused|declined|denied|disclosed"
    r"|admitted|told|asked|asks|said|says|tells|swears|insists|wants|thinks|cried|laughed"
    r"|signed|accepted|believes|hears|reckons)\b"
)


def spans(text: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a first name or initials acting on their own care at a clause start.

    Args:
        text: The draft, plain.
        professional: whether the draft is for the professional account (the only one read).

    Returns:
        (start, end) spans; empty on the personal account or when no shape is present.
    """
    if not professional or _VERBS.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    for pos in (0, *(m.end() for m in _STARTS.finditer(text))):
        if not text[pos : pos + 1].isupper():
            continue
        m = INITIALS.match(text, pos)
        if m and m.group("who").replace(".", "").replace(" ", "") not in _NOT_INITIALS:
            if _CARE.search(text, m.end(), _sentence_end(text, m.end())):
                found.append(m.span())
            continue
        m = NAMED_SAYS.match(text, pos)
        if (
            m
            and _first_name(m.group("who"), text)
            and _CARE.search(text, m.end(), _sentence_end(text, m.end()))
        ):
            found.append(m.span())
    return found


def _first_name(word: str, text: str) -> bool:
    """Whether a word may be a first name; before a singular verb, "Dolores" or "James" too."""
    if is_first_name(word, text):
        return True
    lower = re.search(rf"\b{word.lower()}\b", text) is not None
    return word.endswith("s") and not lower and is_first_name(word[:-1], text)


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding `pos` ends, with the next sentence in reach."""
    stops = [i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0]
    return min(min(stops, default=len(text)) + 80, len(text))
