"""Person words that are a role, a roster or a public condolence, not a client in a story.

Psychoeducation names people without telling of anyone the author sees:

- a role given to a character or a place in a system: "Bruno = the
  identified patient", "Dad -> the rescuer" (a label after "=" or an arrow);
- the last of a roster of professionals in a room: "GP, school nurse,
  psychiatrist and the family around one table" (the parties to a meeting,
  any meeting);
- a condolence to a family in the news: "Condolences to the family",
  "thoughts are with the family", "pole sana to the family";
- a scene told to the reader as their own, with no "I" in it: "you open the
  session, set the agenda, and the patient says ...": any clinician's day.

Except for a label, the person is "the" one of its kind ("the family", "the
patient"): "Sending love to D.M." or "you spend an hour with a teenager" is
one person.

The caller (`clinical_story.story_spans`) asks about each person it found.
Each pattern is bounded and tried on a short window, so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

_I = re.IGNORECASE
#: A label given right before the person: "= ", "-> ", "→ ".
_LABEL = compiled(r"(?:=|->|→|⇒)\s*$")
#: Professionals listed before "and the family": at least two items, one of them a role.
_ROSTER = compiled(
    r"(?:[\w'’-]+(?: [\w'’-]+)?,\s+){2,}(?:[\w'’-]+(?: [\w'’-]+)?\s+)?(?:and|&)\s+$", _I
)
_ROLE = compiled(
    r"\b(?:social workers?|counsell?ors?|psychiatrists?|psychologists?|therapists?|teachers?"
    r"|nurses?|GPs?|doctors?|paediatricians?|pediatricians?|OTs?|SENCOs?|police|officers?"
    r"|case ?workers?|key ?workers?|probation|school|CAMHS|midwi(?:fe|ves)|health visitors?)\b",
    _I,
)
#: A condolence right before the person: "condolences to ", "thoughts are with ".
_CONDOLENCE = compiled(
    r"\b(?:pole(?: sana)?|condolences|sympathies|sympathy|thoughts|prayers|love|strength"
    r"|peace)(?: (?:are|go|goes|going))?(?: out)? (?:to|with)\s+$",
    _I,
)
#: The reader opening a clinician's hour in the sentence: "you open the session".
_YOU_DO = compiled(r"\byou (?:open|start|begin|set up|kick off)\b", _I)
_FIRST = frozenset(("i", "i'm", "i've", "i'd", "me", "my", "we", "we're", "our", "us"))
_PUNCT = "\"'“”‘’()[],.;:!?…*_-—–"


def _has_first(text: str, start: int, end: int) -> bool:
    """Whether the author is in text[start:end] (quotes aside: the caller strips them)."""
    words = text[start:end].lower().replace("’", "'").split()
    return not _FIRST.isdisjoint(w.strip(_PUNCT) for w in words)


def no_story(text: str, unquoted: str, start: int) -> bool:
    """Whether the person found at `start` is a role, a roster, a condolence or a reader's scene.

    Args:
        text: the draft.
        unquoted: the draft with its quotations blanked (same length).
        start: where the person's words start.
    """
    if _LABEL.search(text, max(0, start - 4), start):
        return True
    if text[start : start + 4].lower() != "the ":
        return False  # a condolence, a roster or a scene speaks of "the" family, "the" patient
    before = max(0, start - 80)
    if _CONDOLENCE.search(text, max(0, start - 30), start):
        return True
    roster = _ROSTER.search(text, before, start)
    if roster is not None and _ROLE.search(text, roster.start(), start):
        return True
    s, e = sentence_bounds(text, start)
    return _YOU_DO.search(unquoted, s, start) is not None and not _has_first(unquoted, s, e)
