"""A client's act told in a clause of cause or time: "because a client walked up the stairs".

A sentence can open in general or modal terms ("I should not be sobbing in
my car", "as a counsellor I'm supposed to stay neutral") and then tell what
one client did, in a clause after "because", "after", "since" or "when my
client...". The clause narrates whatever the main clause says, so it is read
apart from the sentence's general frame.

Not a case: a conditional or a habit ("if a client walked out", "when a client
walks in late"), or people who are not clients.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled

#: "because a client walked", "after my patient told me", "when my client told me": a past
#: act of one client after a word of cause or time ("when" only with "my"). Lower-case text.
CLAUSE_CASE = compiled(
    r"(?=[abcsw'])\b(?:(?:because|after|since|cause|'cause|cos|coz)\s+"
    r"(?:a|my|one|this|that|one of my)"
    r"|when\s+(?:my|one of my))\s+(?:[\w-]+\s+)?(?:client|patient|pt|service user)\s+"
    r"(?:[a-z]{3,}ed|told|said|came|went|brought|made|took|gave|got|ran|wrote|sent|left"
    r"|found|won|sang|drew|hugged|stood|sat|spoke|threw|broke|rang|hid|lost|fell|wore|drove"
    r"|flew|began|knew|saw|met|kept|held|paid|caught|bought|thought)\b"
)


def clause_cases(folded: str) -> list[tuple[int, int]]:
    """Return spans of one client's past act in a clause of cause or time.

    Args:
        folded: the draft lower-cased, offsets unchanged.

    Returns:
        One span per such clause.
    """
    if "client" not in folded and "patient" not in folded and "pt " not in folded:
        return []
    if "service user" not in folded and not any(
        w in folded for w in ("because", "after", "since", "cause", "cos", "coz", "when")
    ):
        return []
    return [m.span() for m in CLAUSE_CASE.finditer(folded)]
