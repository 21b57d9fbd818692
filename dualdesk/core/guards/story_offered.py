"""Help offered to the reader, not asked for a case: "Need help over the break? Call 111".

`story_filters.CURRENT` reads "need help" or "need advice" as a case on the author's desk
("need advice: teen client who…"). Put to the reader it is an offer instead: a question
that opens its sentence with the need and has no "I", "me" or "my" in it ("Need help over
the holidays?", "Need someone to talk to tonight?"), or a need that is the reader's ("if
you need help", "anyone who needs support").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: The reader, or anyone, as the one in need, just before the need.
_READER_BEFORE = compiled(
    r"\b(?:you|anyone|anybody|someone|somebody|whoever)(?:\s+\w+)?\s+\Z", re.IGNORECASE
)
#: The author in the question: "need help, I'm stuck with a case?" asks for the author.
_AUTHOR = compiled(r"\b(?:i|i'm|i've|me|my)\b", re.IGNORECASE)


def offered(text: str, start: int) -> bool:
    """Whether the need found at `start` ("need help") is offered to the reader.

    Args:
        text: the draft.
        start: where the "need" phrase begins.
    """
    if _READER_BEFORE.search(text, max(0, start - 24), start):
        return True  # "if you need help", "anyone who needs advice"
    s, e = sentence_bounds(text, start)
    if text[s:start].strip() or "?" not in text[start : e + 1]:
        return False
    return _AUTHOR.search(text, start, e) is None
