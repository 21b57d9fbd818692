"""Lessons and listicles of the trade, which the whereabouts model reads as a day out.

The bag of words scores "at", "2am", "sleep" and "after 6pm" as a night out
or a sleepless author, and "café", "voy" and "en" as a trip. Two kinds of
professional post carry those words without placing anyone:

- a lesson under a title: "Sleep hygiene for exam season: ...", "Burnout
  101: ...", "Tip: ...", "Myth: ..."; its clock times and places are the
  reader's, even with an aside in the first person ("I know, the power goes
  at 2am");
- the trade's listicle, a joke's frame: "The three stages of every
  therapist: 1) ... 2) ...", "Las tres etapas de toda psicóloga: ...", "Tipos
  de pacientes según ...".

On such a draft `learned_gates.whereabouts_margin` asks the model for
LESSON_MARGIN more. The rules still read it: an author who writes "Sleep
hygiene who? 3am and scrolling again" is caught by the night readers.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: Log-odds above its threshold the whereabouts model needs on a lesson or a listicle. Over
#: the corpus the model's own false alarms of this kind scored under 3.7 above it; its own
#: catches on titled drafts are days told under a title ("Tuesday: ...") that this does not
#: read as a lesson.
LESSON_MARGIN = 4.0
_KEYS = ("hygiene", "101", "tip", "myth", "fact", "psychoeducation", "how to", "reminder")
#: A title that opens the draft and ends at a colon, naming a lesson.
_LESSON = compiled(
    r"^\W*(?:[\w'’-]+ ){0,4}?(?:sleep hygiene|hygiene|101|tips?|myths?|facts?|psychoeducation"
    r"|how to|reminder)\b[^\n:.!?]{0,40}:",
    re.IGNORECASE,
)
_LIST_KEYS = ("stage", "phase", "type", "kinds", "etapa", "fase", "tipos")
#: The trade's listicle: "the three stages of every therapist", "las etapas de toda".
_LISTICLE = compiled(
    r"\b(?:stages|phases|types|kinds|etapas|fases|tipos) (?:of (?:every|any|a|being an?)"
    r"|de (?:toda|todo|cada|un|una|ser))\b",
    re.IGNORECASE,
)


def lesson(text: str, low: str) -> bool:
    """Whether the draft is a lesson under a title or the trade's listicle.

    Args:
        text: the professional draft.
        low: `text` lower-cased.
    """
    # (a title ends at a colon, and a listicle's kinds are "of" or "de" something)
    if ":" in text and holds_any(low, _KEYS) and _LESSON.match(text) is not None:
        return True
    if "of " not in low and "de " not in low:
        return False
    return holds_any(low, _LIST_KEYS) and _LISTICLE.search(text) is not None
