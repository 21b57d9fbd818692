"""Whereabouts remarks that belong to the reader, to a question, or to a client's symptoms.

Three shapes, each with no "I" in the sentence, place no one now:

- the reader's own possibility: "you can read one in the pickup line", "you
  could do it on the bus": a suggestion, not the author's queue;
- "here in <place>" closing a question to colleagues about practice there
  ("Any guidance on school letters here in Kenya?"): the community the
  clinician serves, not a visit;
- a weekly slot opening a sentence ("Thursday mornings at the Eastside
  office.") in a post that offers a group or a class to join: the practice's
  timetable, not the author's week;
- a symptom list opened by a subjectless "couldn't sleep" right after a
  sentence about someone else, the next item in the same shape ("Couldn't
  sleep, couldn't eat"): that person's nights, not the author's.

Each check is a few string tests before a bounded pattern.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE
#: The reader's own possibility: "you can", "you could", "you'll".
_YOU_CAN = compiled(r"\byou(?:'ll| (?:can|could|might|may|will|would))\b", _I)
#: The rest of a question right after "here in <place>": a few words, then "?".
_QUESTION_END = compiled(r"[^.!?\n]{0,30}\?")
#: Practice matters a colleague asks about: what makes "here in X" the community served.
_PRACTICE_ASK = compiled(
    r"\b(?:experience|resources?|services?|letters?|polic(?:y|ies)|laws?|guidelines?|guidance"
    r"|referrals?|accommodations?|training|supervision|clinicians?|colleagues|practitioners"
    r"|therapists|psychologists|counsell?ors|providers?|schools?|insurance|funding)\b",
    _I,
)
#: The next item of a symptom list in the same shape: ", couldn't eat", ", can't focus".
_PARALLEL = compiled(
    r"\s*[,;]\s*(?:couldn'?t|can'?t|cannot|wouldn'?t|won'?t|didn'?t|not|no|stopped)\b", _I
)

#: The people a sentence can be about, the author's words kept apart in `_FIRST`.
_PERSON = compiled(r"\b(?:i|i'm|i've|me|my|myself|he|she|they|him|her|his|their|them)\b", _I)
_FIRST = frozenset(("i", "i'm", "i've", "me", "my", "myself"))


def readers_own(text: str, sentence_start: int, start: int) -> bool:
    """Whether a "you can" before the remark makes it the reader's possibility."""
    return "you" in text[sentence_start:start].lower() and bool(
        _YOU_CAN.search(text, sentence_start, start)
    )


def asked_here(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether "here in <place>" at text[start:end] closes a practice question."""
    if text[start : start + 8].lower() != "here in ":
        return False
    return _QUESTION_END.match(text, end) is not None and bool(
        _PRACTICE_ASK.search(text, *sentence)
    )


def symptom_opening(text: str, sentence_start: int, end: int) -> bool:
    """Whether a subjectless night remark ending at `end` opens a list of like symptoms.

    The person last named before the sentence must be a third one ("after his cousin
    was shot. Couldn't sleep, ..."): after "me" or "I" the list is the author's night.
    """
    if _PARALLEL.match(text, end) is None:
        return False
    person = None
    for m in _PERSON.finditer(text, max(0, sentence_start - 120), sentence_start):
        person = m.group()
    return person is not None and person.lower() not in _FIRST


#: A weekly slot opening a sentence: "Tuesdays", "Thursday evenings".
_WEEKLY = compiled(
    r"\s*(?:every )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s| (?:mornings|afternoons"
    r"|evenings|nights|lunchtimes))\b",
    _I,
)
#: An offer to readers: "sign up", "register", "call us", "spaces left".
_OFFER = compiled(
    r"\b(?:sign(?:ing)? up|sign-?ups?|register|registration|enrol(?:l|ment)?|call us|email us"
    r"|join us|book (?:now|a (?:place|spot|space))|spaces?|spots?|places (?:left|available))\b",
    _I,
)


def weekly_offer(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens on a weekly slot in a post offering a place."""
    return _WEEKLY.match(text, start) is not None and _OFFER.search(text) is not None
