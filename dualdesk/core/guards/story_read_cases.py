"""A case the author read, not treated: "Read a case report years back about a man who...".

Case reports, old case books, textbook vignettes and archived notes tell of
people the author never saw as clients. A person word in a sentence where
the author says they read such material (or in the sentence right after
it) is that material's subject, not a client of theirs.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: Reading published or archived case material.
_READ_CASE = compiled(
    r"\b(?:read|reading|re-?read|came across|found|studied|studying)\b[^.!?\n]{0,30}?"
    r"\bcase (?:reports?|books?|stud(?:y|ies)|series|vignettes?)\b"
    r"|\bcase (?:reports?|stud(?:y|ies)|vignettes?) (?:i|we) (?:once |first )?read\b"
    r"|\b(?:published|classic|famous|historical|textbook) case\b",
    re.IGNORECASE,
)


def read_case(text: str, start: int) -> bool:
    """Whether the person at `start` is the subject of case material the author read.

    Args:
        text: the draft (plain quotes).
        start: where the person word starts.

    Returns:
        True when the sentence holding `start`, or the one before it, tells of
        reading a case report, case books or a published case.
    """
    low = text.lower()
    if "case" not in low:
        return False
    s, e = sentence_bounds(text, start)
    if _READ_CASE.search(text, s, e):
        return True
    before = sentence_bounds(text, s - 2)[0] if s > 1 else s
    return _READ_CASE.search(text, before, s) is not None
