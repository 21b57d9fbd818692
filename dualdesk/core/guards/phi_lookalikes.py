"""What looks like a Safe Harbor identifier and is not: scores, groups of people.

`phi_patterns.py` says what an identifier looks like; these tables say when
a match is something else: "9/10" as a score rather than a day, "the lads at
the Bell" as a group of people rather than one person's place.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.phi_patterns import INITIALS_NOT_NAMES

#: A score out of 5, 10 or 100 read as a date ("landing 9/10 in training", "pain 7/10").
SCORE = re.compile(r"(?P<n>\d{1,3})/(?P<of>5|10|100)$")
SCORE_BEFORE = re.compile(
    r"\b(?:land\w*|scor\w*|rat\w*|hit\w*|mak\w*|got|gets|getting|a|an|solid|pain|mood|anxiety"
    r"|distress|suds|sleep|energy|confidence|cravings?|urges?)\s+$",
    re.IGNORECASE,
)
SCORE_AFTER = re.compile(
    r"\s+(?:in (?:training|practice|games?|matches|sessions?)|on the|of the time|shots|times"
    r"|attempts)\b",
    re.IGNORECASE,
)
#: A group of people before "at" or "from" ("the lads at the Bell"): no one person's place.
GROUP_BEFORE = re.compile(r"\b(?:the|my|our|all the|us|with the) $", re.IGNORECASE)


def is_score(text: str, date: re.Match[str]) -> bool:
    """Whether a "9/10" is a score ("landing 9/10 in training"), not a day."""
    score = SCORE.match(date.group())
    if score is None or int(score.group("n")) > int(score.group("of")):
        return False
    before = SCORE_BEFORE.search(text, max(0, date.start() - 14), date.start())
    return before is not None or SCORE_AFTER.match(text, date.end()) is not None


#: Before "A.M." or "P.M." when it is a time: a number ("10 A.M."), or "the"/"this"/"by".
_TIME_BEFORE = re.compile(
    r"(?:\d|\b(?:the|this|by|in|till|until|every|each|per|early|late|one|from))\s*$", re.IGNORECASE
)


def set_phrase(text: str, start: int, name: str) -> bool:
    """Whether initials found at `start` are a set phrase ("U.K.", "10 A.M."), not a person's.

    "A.M." and "P.M." are times only after a number or "the"/"this" ("10 A.M.",
    "in the A.M."); elsewhere ("lil A.M. from work drew me") they are a
    person's initials like any other pair.
    """
    if name not in INITIALS_NOT_NAMES:
        return False
    if name not in ("A.M.", "P.M."):
        return True
    return _TIME_BEFORE.search(text, max(0, start - 8), start) is not None
