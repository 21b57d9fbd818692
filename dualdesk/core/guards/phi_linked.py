"""`phi`: several kinds of identifier for one person at once, which blocks on its own.

One identifier is a warning: a name may be a colleague's or a public
figure's, a date may be an event's. A full name with a date of birth, or a
record number with a name or a date of birth (the number is unique, the
other says it is a person's), is how a chart identifies a patient ("Maria
Lopez (DOB 04/12/1987, MRN 4471823)"). Such a post identifies someone
whatever else it says, so it blocks without waiting for a clinical finding.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled

Span = tuple[int, int, str, str]

#: The kinds `phi.py` gives its spans, by what they identify.
NAME = "a name or initial"
DATE = "a date tied to a person"
RECORD = "a record or account number"

#: Two parts of a name: "Maria Lopez", "Ana-Maria Silva", "Marcus T.".
_FULL = compiled(r"\S[\s-]+\S")
#: A title before a surname makes it a full name too: "Mr. Okafor".
_TITLE = compiled(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?\s+$")


def linked(text: str, spans: list[Span]) -> bool:
    """Whether the spans identify one person by more than one kind at once.

    Args:
        text: the draft, plain.
        spans: (start, end, kind, advice) identifier spans found in it.

    Returns:
        True for a full name with a date, or a record number with a name or a date.
    """
    kinds = {kind for _, _, kind, _ in spans if kind in (DATE, RECORD)}
    if len(kinds) == 2:
        return True
    if not kinds:
        return False
    full = RECORD in kinds  # with a record number, a first name or an initial is enough
    return any(
        kind == NAME
        and (full or _FULL.search(text, s, e) or _TITLE.search(text, max(0, s - 6), s))
        for s, e, kind, _ in spans
    )
