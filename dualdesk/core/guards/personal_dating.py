"""Someone the author is dating, on the personal account: no client.

"Seeing" someone is how clinicians name their clients ("a girl I'm seeing
for anxiety") and how everyone names a date ("the girl I'm seeing ghosted
me"). On the personal account, with no word of client work in the draft,
the second reading is the likely one, so the clinical guard leaves a
passage alone when the person in it is only known as someone the author is
seeing or dating.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

#: The person the author is seeing or dating, named by nothing else.
_DATE = compiled(
    r"\b(?:the|a|this|that|some)\s+(?:new\s+|cute\s+)?(?:boy|girl|guy|gal|man|woman|person"
    r"|lad|lass|fella|bloke|dude|chick|someone)\s+(?:i|we)(?:'m| am|'ve been| have been"
    r"|'d been| had been| was| started)\s+(?:seeing|dating|talking to|going out with)\b",
    re.IGNORECASE,
)
_DATE_WORDS = ("seeing", "dating", "going out", "talking to")
#: Words of the author's client work: with one of them, "seeing" may be the work after all.
_WORK = compiled(
    r"\b(?:clients?|patients?|sessions?|therap\w*|counsel\w*|caseload|clinic|ward|referr\w*"
    r"|intake|cases?|appointments?|at work|for work|on shift|in my office|my practice)\b",
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
    return _DATE.search(text) is not None and _WORK.search(text) is None
