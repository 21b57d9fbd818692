"""The patient in a clinician's shorthand: "pt" as one person who acts or is the author's.

Residents, nurses and prescribers write "pt" for the patient in notes and
carry it into posts. Written in lower case, singular, as a person noun, it is
one patient the author has met, whatever the specialty:

- owned by the author: "my pt from the north end", "my 3pm pt";
- the subject of a sentence with a verb of its own: "pt drives a cab and
  says…", "pt giving me her whole life story", "Pt refused lunch";
- a determiner, maybe a word or two, then a verb or a relative clause: "the
  quiet pt in bay 4 was…", "the pt who calls me 'kid'", "a pt for discharge
  who is refusing…".

Plural "pts" speaks of patients in general, "PT" is physical therapy, and a
"pt" inside quotes is a chart phrase being discussed ("never write 'pt is
manipulative'"). A sentence that frames the case as any case ("when the pt
writes it…", "if a pt asks…", "a pt should…") is general talk.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_patterns import IRREGULAR

#: A verb the patient does, right after "pt" (an adverb may come between): a present or
#: past tense, a gerund acting on someone, or a relative clause about them.
_ACTS = (
    r"(?:(?:just|finally|still|then|now|also|already|literally|actually|apparently|again"
    r"|suddenly|kept)\s+)?"
    rf"(?:[a-z]{{2,}}(?<!s)s|[a-z]{{3,}}ed|{IRREGULAR}|is|was|has|had|can't|won't|wouldn't"
    r"|[a-z]{3,}ing\s+(?:me|us|at|on|her|his|him|about|the|a|my)"
    r"|who|whose|that\s+(?:i|we)|(?:i|we)\s+(?:saw|see|had|met|admitted|followed|treated))\b"
)
#: "pt" after the author's "my" (a slot or a kind may come between); not the author's own
#: physio appointment or a list of patients.
OWN_PT = compiled(
    r"\bmy\s+(?:[\w-]+\s+){0,2}?(?-i:pt)\b(?!['\u2019]?s\b|\s+(?:appt|appointment|session"
    r"|exercises?|homework|list|notes?|load|portal|visit|clinic)\b)",
    re.IGNORECASE,
)
#: "pt" opening a sentence or a clause after a colon, then acting: "pt drives…", "Pt refused…".
SUBJECT_PT = compiled(
    rf"(?:^|(?<=[.!?:;]\s)|(?<=\n))(?-i:[Pp]t)\s+{_ACTS}",
    re.IGNORECASE,
)
#: A determiner, up to two words (a quoted label too), "pt", then a verb or a clause about
#: them, maybe after a short phrase: "the 'anxious' pt pulling at", "a pt for dc who is".
DETERMINED_PT = compiled(
    r"\b(?:the|a|this|that|one|another)\s+(?:[\"\u201c']?[\w-]+[\"\u201d']?\s+){0,2}?"
    rf"(?-i:pt)\s+(?:(?:for|from|in|on|w|with)\s+[\w/-]+(?:\s+\d+)?\s+(?=who\b))?{_ACTS}",
    re.IGNORECASE,
)
#: Words that make a sentence's case any case: a condition, a rule, advice.
_GENERAL_BEFORE = compiled(
    r"\b(?:if|when|whenever|unless|until|every time|each time|once|before|after|any|every)\b",
    re.IGNORECASE,
)
_MODAL_AFTER = compiled(
    r"\s*(?:should|may|might|must|can|could|will|would|needs? to|tends? to)\b", re.IGNORECASE
)
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
#: "pt" as a word (not inside "accept" or "script"): the gate for every shape here.
_PT = compiled(r"\bpt\b")


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of "pt" written as one patient the author met.

    Args:
        text: The draft, plain.
        folded: `text` lower-cased, for the cheap gate ("" when offsets would move).

    Returns:
        (start, end) spans; empty when the draft has no "pt".
    """
    low = folded or text.lower()
    if "pt" not in low or _PT.search(low) is None:
        return []
    found = [m.span() for m in OWN_PT.finditer(text)]
    for pattern in (SUBJECT_PT, DETERMINED_PT):
        for m in pattern.finditer(text):
            if not _general(text, m.start(), m.end()):
                found.append(m.span())
    return found


def _general(text: str, start: int, end: int) -> bool:
    """Whether the clause around a match frames it as any patient, or quotes a chart."""
    clause = max(text.rfind(c, 0, start) for c in ".!?;:\n")
    before = text[clause + 1 : start]
    if start > 0 and text[start - 1] in _QUOTES:
        return True  # "pt is manipulative": a chart phrase, discussed
    if before.count('"') % 2 or before.count("\u201c") > before.count("\u201d"):
        return True  # inside an open quotation
    if _GENERAL_BEFORE.search(before):
        return True
    pt = text.find("pt", start, end)
    return _MODAL_AFTER.match(text, pt + 2) is not None
