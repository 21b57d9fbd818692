"""One person, named by what they are, doing a therapy's own work in the author's room.

A trauma therapist tells of a session by the client's trade or kind and the
work done: "A paramedic processed a peds code", "a teacher finally disclosed
the assault", "an ex-soldier relived the convoy and stayed with it". The verb
is one only a client does in therapy, so the person is a client whatever
noun stands for them.

A study, a team, a system or a form "processes" things too; a question of
what would happen ("if a client processed…") is general; a colleague is
left to the clinical rule's filters. Read on the professional account only,
where the author's room is a therapy room.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: "A <kind of person> processed / disclosed / relived ...".
WORKED_THROUGH = compiled(
    r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?P<who>[a-z-]{3,})\s+"
    r"(?:finally\s+|just\s+|fully\s+|actually\s+)?(?:processed|reprocessed|disclosed|relived"
    r"|worked through|talked through)\b",
    _I,
)
#: Things, groups and places that process, disclose or work through too.
_NOT_A_PERSON = frozenset(
    (
        *("study", "paper", "trial", "team", "lab", "system", "model", "survey", "review"),
        *("audit", "report", "machine", "court", "app", "tool", "program", "programme"),
        *("service", "hospital", "clinic", "company", "bank", "algorithm", "computer"),
        *("server", "pipeline", "form", "board", "committee", "panel", "agency", "office"),
        *("department", "school", "article", "book", "meta-analysis", "group", "document"),
    )
)
#: A supposition or a rule before the person: "if a client processed…", "once a patient…".
_SUPPOSED = compiled(r"\b(?:if|when|whenever|once|unless|until|after)\b[^.!?\n]*$", _I)


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of one person, named by a kind, doing a therapy's work.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, offsets equal to `text`'s ("" when they would move).
        professional: Whether the draft is for the professional account.

    Returns:
        The span from the article to the verb, for each such person.
    """
    if not professional:
        return []
    folded = folded or text.lower()
    if not (
        "processed" in folded
        or "disclosed" in folded
        or "relived" in folded
        or "worked through" in folded
        or "talked through" in folded
    ):
        return []
    found: list[tuple[int, int]] = []
    for m in WORKED_THROUGH.finditer(text):
        if m.group("who").lower() in _NOT_A_PERSON:
            continue
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if _SUPPOSED.search(text, start, m.start()):
            continue
        found.append(m.span())
    return found
