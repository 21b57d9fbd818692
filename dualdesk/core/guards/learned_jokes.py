"""Jokes of the trade, which the clinical model reads as sessions.

"How many psychologists does it take to change a light bulb? Only one, but the
bulb has to really want to change": the bag of words sees a therapist, a want to
change and "supervision group today", and scores a session. A joke's own frame
("how many X does it take", "walks into a bar", "knock knock", "why did the X
cross", "a joke from ...:") tells of nobody, so `learned_gates.clinical_margin`
asks the model for JOKE_MARGIN more on such a draft. The rules still read it: a
client quoted telling the joke is their story.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: Log-odds above its threshold the clinical model needs on a joke. Over the corpus the one
#: such false alarm scored under 3 above the threshold; no client story has the frame.
JOKE_MARGIN = 4.0
_KEYS = ("joke", "does it take", "walks into", "walked into", "knock knock", "why did the")
_JOKE = compiled(
    r"\bhow many (?:[\w-]+ ){1,3}does it take to\b|\b(?:walks|walked) into a (?:bar|pub)\b"
    r"|\bknock,? knock\b|\bwhy did the [\w-]+ cross\b"
    r"|^\W*(?:[\w'-]+ ){0,2}jokes?\b[^\n:]{0,60}:",
    re.IGNORECASE,
)


def joke(text: str) -> bool:
    """Whether the draft is told in a joke's frame."""
    low = text.lower()
    return holds_any(low, _KEYS) and _JOKE.search(text) is not None
