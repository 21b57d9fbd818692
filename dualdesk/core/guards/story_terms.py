"""Person words that name no one: a term weighed, a thing for a group, a trainee's progress.

A word for a client or a carer is often no person at all:

- a term set against another ("the patient vs client debate", "client/patient",
  "service user versus client"): the word itself is the topic;
- the first word of a compound that names a thing made for a group ("our carer
  songbook", "the parent guide", "our client portal"): a resource, not someone;
- the author's student or trainee, in a post about their training ("our student
  passed her placement", "my trainee's viva"): a learner, not a client.

`no_one(text, start, end)` says whether one of these holds for a span another
check found; it runs only on such spans.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: Right after a person word: another term it is weighed against.
CONTRASTED = compiled(
    r"\s*(?:vs\.?|versus|/|or\s+(?=\w+\s+(?:debate|question|label|thing)))\s*[a-z]", _I
)
#: Right after a person word: the thing it names ("songbook", "guide", "portal").
THING_AFTER = compiled(
    r"\s+(?:song ?books?|guides?|guidebooks?|handbooks?|workbooks?|booklets?|leaflets?|toolkits?"
    r"|resources?|packs?|newsletters?|podcasts?|webinars?|portals?|surveys?|forums?|handouts?"
    r"|playlists?|apps?|information|info|charters?|panels?|voices? (?:group|panel)|charter)\b",
    _I,
)
#: The author's learner: "our student", "my trainee", "our placement student".
LEARNER = compiled(
    r"(?:our|my)\s+(?:(?:new|first|last|final-year|placement|psychology|nursing|OT|MSW|social"
    r"\s+work)\s+)?(?:students?|trainees?|interns?|placement students?|residents?|registrars?)\b",
    _I,
)
#: Training words that make the learner the author's, not a client at school.
TRAINING = compiled(
    r"\b(?:placements?|practicums?|rotations?|internships?|fieldwork|viva|qualif\w+"
    r"|registration|supervised hours|clinical hours|graduat\w+|cohort)\b",
    _I,
)


def no_one(text: str, start: int, end: int) -> bool:
    """Whether the person word at [start, end) names no one (see the module docstring)."""
    word_end = end - len(text[start:end]) + len(text[start:end].rstrip(" ,"))
    if not text[start:word_end][-1:].isalpha():
        return False  # "DOB 4/12": a number, not a word set against a word
    if CONTRASTED.match(text, word_end) or THING_AFTER.match(text, word_end):
        return True
    return LEARNER.fullmatch(text, start, word_end) is not None and bool(TRAINING.search(text))
