"""Sentences about no client, told by what frames them rather than by their words.

`story_roles` reads the person's own span; these read the sentence around it:

- a lesson from the author's training: a supervisor, mentor or teacher earlier in the
  sentence who "once" or "used to" do or say something ("A supervisor once made me
  present a case", "my analyst used to say that every case..."): the story is theirs;
- a historical frame carried on: a sentence that opens with a capitalised name right
  after a sentence set in a past century or in history ("the 1950s Weyburn Mental
  Hospital ... Osmond coined it in a letter"): the name is a historical figure's;
- a maxim: a definite person word followed by "is always" or "is never" ("the real
  case is always the person in front of you"): a rule about everyone;
- the idiom "case in point", which points at an example, not at a case.

`no_client_here(text, start, end)` takes a person's span.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import PUBLIC, sentence_bounds

_I = re.IGNORECASE

#: A training memory: "A supervisor once", "my old training analyst, long gone, used to say".
_TEACHER_ONCE = compiled(
    r"\b(?:an?|my|one|our)\s+(?:[\w-]+\s+){0,2}?(?:supervisor|mentor|tutor|lecturer|teacher"
    r"|professor|trainer|preceptor|attending|consultant|analyst|boss)(?:,[^,.]{1,30},)?"
    r"\s+(?:once|used to|always|would (?:say|tell))\b",
    _I,
)
#: A sentence that opens with a name and a past-tense verb: "Osmond coined".
_NAME_ACTS = compiled(r"\s*[A-Z][a-z]{2,}\s+[a-z]+ed\b")
#: A present-tense rule right after a definite person word: "the real case is always".
_MAXIM_AFTER = compiled(r"\s+(?:is|are)\s+(?:always|never)\b")


def no_client_here(text: str, start: int, end: int) -> bool:
    """Whether the sentence around the person at text[start:end] frames them as no client.

    Args:
        text: the draft (straight quotes).
        start: where the person's span starts.
        end: where it ends.

    Returns:
        True in a training memory, in a sentence carrying on a historical frame, in a
        maxim about a definite person word, or in the idiom "case in point".
    """
    if text[start : start + 13].lower() == "case in point":
        return True
    first = text[start : start + 4].lower()
    if first == "the " and _MAXIM_AFTER.match(text, end):
        return True
    s = sentence_bounds(text, start)[0]
    if _TEACHER_ONCE.search(text, s, start):
        return True  # "my old analyst, long gone now, used to say that every case ..."
    if s > 1 and _NAME_ACTS.match(text, s):
        before = sentence_bounds(text, s - 2)[0]
        return PUBLIC.search(text, before, s) is not None
    return False
