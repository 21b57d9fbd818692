"""The author's own life on the personal account: a date, the author's own therapy.

"Seeing" someone is how clinicians name their clients ("a girl I'm seeing
for anxiety") and how everyone names a date ("the girl I'm seeing ghosted
me"). On the personal account, with no word of client work in the draft,
the second reading is the likely one, so the clinical guard leaves a
passage alone when the person in it is only known as someone the author is
seeing or dating.

The author in therapy is the other common case ("my therapist said she was
proud of me today", "had my own therapy session"): the rules read the
author as the client there, and the learned model, reading words, needs a
margin (`learned_own_people.personal_clinical_margin`).
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: The person the author is seeing or dating, named by nothing else.
_DATE = compiled(
    r"\b(?:the|a|this|that|some)\s+(?:new\s+|cute\s+)?(?:boy|girl|guy|gal|man|woman|person"
    r"|lad|lass|fella|bloke|dude|chick|someone)\s+(?:i|we)(?:'m| am|'ve been| have been"
    r"|'d been| had been| was| started)\s+(?:seeing|dating|talking to|going out with)\b",
    re.IGNORECASE,
)
_DATE_WORDS = ("seeing", "dating", "going out", "talking to")
_THERAPY_WORDS = ("therap", "counsel", "psych", "shrink", "analys")
#: Words of the author's client work: with one of them, "seeing" may be the work after all,
#: and the learned model's margins for the author's own life no longer apply.
CLIENT_WORK = compiled(
    r"\b(?:client|patient|session|therap|counsel|caseload|clinic|ward|referr|intake|case"
    r"|appointment|on shift|at work|for work|in my office|my practice)",
    re.IGNORECASE,
)


def dating(text: str, start: int, end: int) -> bool:
    """Whether the passage text[start:end] names a date of the author's, not a client.

    Args:
        text: the personal draft.
        start: where the clinical passage starts.
        end: where it ends.
    """
    return _DATE.search(text, start, end) is not None and names_a_date(text)


def names_a_date(text: str) -> bool:
    """Whether a personal draft speaks of someone the author is dating, with no client work."""
    low = text.lower()
    if (
        "seeing" not in low
        and "dating" not in low
        and "going out" not in low
        and "talking to" not in low
    ):
        return False
    return _DATE.search(text) is not None and CLIENT_WORK.search(text) is None


#: The author as a client: the author's own therapist, therapy or session.
_OWN_THERAPY = compiled(
    r"\bmy (?:own )?(?:[\w-]+ )?(?:therapist|counsell?or|psychologist|psychiatrist|shrink"
    r"|psychotherapist|analyst)\b|\bmy (?:own )?(?:therapy|counsell?ing|analysis)\b"
    r"|\b(?:in|after|before) (?:my own )?therapy (?:today|tonight|this (?:morning|week)|i)\b",
    re.IGNORECASE,
)
#: Words of someone else in the author's care: with one, the draft may be a story after all.
_ANY_CLIENT = compiled(r"\b(?:clients?|patients?|caseload|service users?)\b", re.IGNORECASE)


def own_therapy(text: str) -> bool:
    """Whether a personal draft tells the author's own therapy, with no client of the author's."""
    low = text.lower()
    if not holds_any(low, _THERAPY_WORDS):
        return False
    return _OWN_THERAPY.search(text) is not None and _ANY_CLIENT.search(text) is None
