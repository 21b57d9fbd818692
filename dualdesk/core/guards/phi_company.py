"""`phi`: a lone initial the author kept company with, in a place of care.

"sat with J in the ED for three hours", "waited with T at the watch house
till the bed came": one capital after a verb of keeping someone company,
where care happens, is a person's initial. The pronoun "I" and the article
"A" are not initials; company kept on a beach or at a café, with no care
setting in the sentence, is left to be the author's own life.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

#: A verb of keeping company, then one capital standing alone.
_WITH_INITIAL = compiled(
    r"\b(?i:(?:sat|sitting|stayed|staying|waited|waiting|stuck) |spent (?:[\w-]+ ){1,3}?)with "
    r"(?P<name>[B-HJ-Z])(?=[ ,.;!?]|$)(?! (?:and|or|&) [A-Z]\b)"
)
#: Where care happens, in the same sentence: a ward, an emergency room, a cell, a bed.
_CARE_SETTING = compiled(
    r"(?i)\b(?:ed|er|a&e|emergency|hospital|ward|clinic|bed|beds|watch ?house|cells?|custody"
    r"|court|crisis|triage|assessment|session|admission|admitted|discharge)\b"
)
_HINTS = ("with ",)


def company_initials(text: str, folded: str) -> list[Span]:
    """Spans of a lone initial the author sat or waited with where care happens.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s.

    Returns:
        (start, end, kind, advice) spans.
    """
    if not holds_any(folded, _HINTS):
        return []
    found: list[Span] = []
    for m in _WITH_INITIAL.finditer(text):
        s, e = sentence_bounds(text, m.start())
        if _CARE_SETTING.search(text, s, e):
            found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    return found
