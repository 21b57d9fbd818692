"""A session written as a script: two or more turns of third persons ("She: '…' Him: …")."""

from __future__ import annotations

from dualdesk.core.guards.case_patterns import DIALOGUE_QUOTE, DIALOGUE_TAG


def turns(text: str) -> list[tuple[int, int]]:
    """Return the speaker tags of a script of two or more turns, else nothing.

    Args:
        text: the draft, plain.
    """
    found = []
    colon = text.find(":")
    while colon >= 0:
        tag = DIALOGUE_TAG.search(text, max(0, colon - 9), colon)
        if tag and DIALOGUE_QUOTE.match(text, colon + 1):
            found.append((tag.start(), colon + 1))
        colon = text.find(":", colon + 1)
    return found if len(found) >= 2 else []
