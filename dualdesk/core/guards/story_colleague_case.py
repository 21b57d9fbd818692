"""A client of a colleague or supervisee: "my supervisee's client disclosed abuse in session 6".

A supervisor, trainer or team member often tells of a case through the
colleague who holds it. The colleague is no client, so the readings that set
aside a sentence about a colleague must not set aside the client named with
them. Fires when the sentence, or the one after it, narrates.

Not a case: the colleague's caseload, notes or case presentation ("my
trainee's case formulation was excellent"), plural clients ("a colleague's
clients often ask"), or a general sentence ("if a trainee's client...").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_frames import Frames

#: "my supervisee's client", "a trainee's patient", "one of our registrars' patients" is plural.
COLLEAGUE_CASE = compiled(
    r"\b(?:my|a|an|our|one of my|one of our)\s+(?:[\w-]+\s+)?(?:supervisee|trainee|intern"
    r"|student|colleague|registrar|resident|mentee|junior|fellow|co-?worker|co-?therapist"
    r"|associate|team ?mate)['\u2019]s\s+(?:[\w-]+\s+)?(?:client|patient|pt|case)\b"
    r"(?!\s+(?:load|list|notes?|presentations?|conceptuali[sz]ation|formulation|files?|work"
    r"|management|review|study|report|portal|mix|numbers?)\b)",
    re.IGNORECASE,
)
#: A past event or a time on the author's days: "disclosed", "told", "today", "in session 6".
NARRATES = compiled(
    r"\b(?:[a-z]{3,}ed|told|said|came|went|brought|made|took|gave|got|left|ran|sent|wrote"
    r"|today|yesterday|tonight|this (?:week|morning|afternoon)|last (?:week|night)"
    r"|session \d+)\b",
    re.IGNORECASE,
)


def colleague_cases(text: str, folded: str, frames: Frames) -> list[tuple[int, int]]:
    """Return spans of a colleague's client in a sentence (or the next) that narrates.

    Args:
        text: the draft (straight quotes).
        folded: `text` lower-cased, offsets unchanged (for the cheap gate).
        frames: the draft's general readings.

    Returns:
        One span per colleague's client told of.
    """
    if "'s " not in folded and "\u2019s " not in folded:
        return []
    found: list[tuple[int, int]] = []
    for m in COLLEAGUE_CASE.finditer(text):
        s, e = sentence_bounds(text, m.start())
        if frames.general(s, e, m.start()):
            continue
        reach = sentence_bounds(text, e + 1)[1] if e + 1 < len(text) else e
        if NARRATES.search(text, m.end(), reach):
            found.append(m.span())
    return found
