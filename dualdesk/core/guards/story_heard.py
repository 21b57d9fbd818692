"""Words in the first person that the author just heard: one client speaking of themselves.

"Tuesday 4pm and I just heard 'I had a snack at school…'" quotes one person
telling the author about their own life, at a time on the author's day. A
quote heard at a talk, on a podcast or from a named speaker is someone's
published words, "heard" with no time of the author's day is no session, and words heard from
"my dad" are the author's own family's.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_telegraph import own

_I = re.IGNORECASE

#: "I just heard 'I …'", "heard this morning: 'I'm …'": a quote in the first person, heard now.
HEARD = compiled(
    r"\b(?:i|we)\s+(?:just\s+|finally\s+)?heard(?:\s+(?:today|this (?:morning|afternoon"
    r"|evening)|in session|at \d{1,2}(?::\d\d)?\s?(?:am|pm)))?\s*[:,]?\s*[\"\u201c\u2018']"
    r"\s*I(?:'m|\u2019m|'ve|\u2019ve|'d|\u2019d| )",
    _I,
)
#: A time on the author's day that makes the quote a session's.
_NOW = compiled(
    r"\b(?:just|today|this (?:morning|afternoon|evening)|in session"
    r"|\d{1,2}(?::\d\d)?\s?(?:am|pm))\b",
    _I,
)
#: Where published words are heard: not a client.
_PUBLISHED = compiled(
    r"\b(?:podcast|conference|keynote|talk|webinar|lecture|speaker|panel|radio|interview"
    r"|episode|audiobook|ted)\b",
    _I,
)


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a first-person quote the author just heard, unless it was a published talk.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, for the cheap gate.

    Returns:
        Spans of each such quote's opening.
    """
    if "heard" not in folded:
        return []
    found = [m.span() for m in HEARD.finditer(text)]
    if found and (not _NOW.search(text) or _PUBLISHED.search(text) or own(text)):
        return []
    return found
