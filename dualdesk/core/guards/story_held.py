"""One person the author held, admitted or assessed, told as an event.

A clinician who tells of a hold, an admission or an assessment often leaves
the person unnamed and unlabelled: "held someone on a Section 12 today who
begged me not to", "sectioned a young mum last night", "assessed a man this
morning who…". The act is the author's, the person is one, and a time or a
clause about them makes it an event. "Held someone's hand", a condition ("if
you've ever admitted someone…") and advice are not a case.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: The author's act of care on one unnamed person, then a time or a clause about them.
HELD = compiled(
    r"\b(?:held|sectioned|detained|committed|restrained|admitted|discharged|assessed"
    r"|evaluated|intubated|pink-slipped|5150(?:'d|ed))\s+(?:someone|somebody|a\s+(?:young\s+)?"
    r"(?:man|woman|guy|lady|kid|teen|girl|boy|mom|mum|dad|father|mother|gentleman|lad|lass))"
    r"(?!['\u2019]s)\b[^.!?\n]{0,40}?\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon"
    r"|evening|week)|last\s+(?:night|week)|who|on\s+an?)\b",
    re.IGNORECASE,
)
#: Words that make the act anyone's: a condition, a habit, advice.
_GENERAL = compiled(
    r"\b(?:if|when|whenever|ever|every|each|before|you|should|never)\b", re.IGNORECASE
)
#: The acts every match opens with, looked for before the pattern runs.
_GATE = (
    "held ",
    "section",
    "detain",
    "committ",
    "restrain",
    "admitted ",
    "discharged ",
    "assessed ",
    "evaluated ",
    "intubated ",
    "5150",
    "pink-slip",
)


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of an unnamed person the author held, admitted or assessed.

    Args:
        text: The draft, plain.
        folded: `text` lower-cased ("" when offsets would move).

    Returns:
        (start, end) spans; empty when no such act is told.
    """
    low = folded or text.lower()
    if not holds_any(low, _GATE):
        return []
    found = []
    for m in HELD.finditer(text):
        clause = max(text.rfind(c, 0, m.start()) for c in ".!?;:\n") + 1
        if _GENERAL.search(text, clause, m.start()) is None:
            found.append(m.span())
    return found
