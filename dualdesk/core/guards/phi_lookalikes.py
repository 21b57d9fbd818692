"""What looks like a Safe Harbor identifier and is not: scores, groups of people.

`phi_patterns.py` says what an identifier looks like; these tables say when
a match is something else: "9/10" as a score rather than a day, "the lads at
the Bell" as a group of people rather than one person's place, "let's call her
Miss Dot" as a made-up name, "her pet rat ... he's called Gerald" as an animal's.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import staff_named
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_patterns import INITIALS_NOT_NAMES, PERSON_NOUN

#: A score out of 5, 10 or 100 read as a date ("landing 9/10 in training", "pain 7/10").
SCORE = compiled(r"(?P<n>\d{1,3})/(?P<of>5|10|100)$")
SCORE_BEFORE = compiled(
    r"\b(?:land\w*|scor\w*|rat\w*|hit\w*|mak\w*|got|gets|getting|a|an|solid|pain|mood|anxiety"
    r"|distress|suds|sleep|energy|confidence|cravings?|urges?)\s+$",
    re.IGNORECASE,
)
SCORE_AFTER = compiled(
    r"\s+(?:in (?:training|practice|games?|matches|sessions?)|on the|of the time|shots|times"
    r"|attempts)\b",
    re.IGNORECASE,
)
#: A group of people before "at" or "from" ("the lads at the Bell"): no one person's place.
GROUP_BEFORE = compiled(r"\b(?:the|my|our|all the|us|with the) $", re.IGNORECASE)


def is_score(text: str, date: re.Match[str]) -> bool:
    """Whether a "9/10" is a score ("landing 9/10 in training"), not a day."""
    score = SCORE.match(date.group())
    if score is None or int(score.group("n")) > int(score.group("of")):
        return False
    before = SCORE_BEFORE.search(text, max(0, date.start() - 14), date.start())
    return before is not None or SCORE_AFTER.match(text, date.end()) is not None


#: A name the post says it made up, right before it: "Let's call her Miss Dot.", "I'll call him".
_MADE_UP_BEFORE = compiled(r"\b(?i:let'?s|let us|we'll|i'll|i will) call (?i:him|her|them)\s+$")


def made_up(text: str, name: re.Match[str]) -> bool:
    """Whether a matched name (with any title) is the pseudonym the post gives someone."""
    return _MADE_UP_BEFORE.search(text, max(0, name.start() - 20), name.start()) is not None


#: An animal in the post, and a name given just before the word: "her pet rat ... he's called".
_PET = compiled(
    r"\b(?:pets?|dogs?|pup|puppy|cats?|kitten|rats?|hamster|rabbit|bunny|guinea pig|parrot"
    r"|budgie|goldfish|fish|snake|lizard|gecko|tortoise|turtle|ferret|pony|horse|chicken|hen)\b",
    re.IGNORECASE,
)
_GIVEN_NAME = compiled(
    r"\b(?i:he's|she's|it's|he is|she is|it is|they're|they are|(?:pets?|dogs?|cats?|rats?"
    r"|puppy|kitten|hamster|rabbit|parrot|fish|snake|lizard|tortoise|pony|horse|thing|critter"
    r"|creature|beast)) (?i:called|named)\s+$"
)


def pet_name(text: str, start: int) -> bool:
    """Whether a name at `start` is given to an animal in the post ("he's called Gerald")."""
    window = max(0, start - 24)
    return _GIVEN_NAME.search(text, window, start) is not None and _PET.search(text) is not None


#: Before "A.M." or "P.M." when it is a time: a number ("10 A.M."), or "the"/"this"/"by".
_TIME_BEFORE = compiled(
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


#: A sentence about something on a screen: a school named in it is a show's title
#: ("Watching Abbott Elementary and yelling at the TV").
_SCREEN = compiled(
    r"\b(?:tv|telly|episodes?|series|sitcom|netflix|hulu|streaming|watching|watched"
    r"|binge\w*|re-?watch\w*)\b",
    re.IGNORECASE,
)
#: A name followed by ", our <role>": a member of staff introduced by the practice, when the
#: role's last word is a job's ("our diagnostician", "our night charge nurse of 19 years"),
#: not a person it cares for ("Vernie, our oldest resident", "our most regular regular").
_CARED_FOR = compiled(rf"\b(?:{PERSON_NOUN}|resident)s?\b", re.IGNORECASE)


def on_screen(text: str, start: int) -> bool:
    """Whether the sentence around `start` speaks of a show: a school in it is a title."""
    return _SCREEN.search(text, *sentence_bounds(text, start)) is not None


def staff_post(text: str) -> bool:
    """Whether a post is about a colleague it introduces, with no one cared for in it.

    "Shoutout to Tameka, our night charge nurse... She retires Dec 18": the
    "she" of a date is the colleague's, not a client's.
    """
    return staff_named.names_colleague(text) and _CARED_FOR.search(text) is None


def persons(text: str, date: re.Match[str], public: Hits, sentence: tuple[int, int]) -> bool:
    """Whether a date beside a date cue may be a person's, not a score, "24/7" or public.

    Args:
        text: the draft, plain.
        date: the date's match.
        public: where the draft speaks of public or historical things.
        sentence: the date's sentence bounds.

    Returns:
        False for a score ("7/10"), "24/7", a colleague's day in a post about staff
        (`staff_post`), or a date in a public sentence; a year inside the date itself
        ("born on March 3, 1990") is no sign of history.
    """
    s, e = sentence
    if public.within(s, date.start()) or public.within(date.end(), e):
        return False
    return not is_score(text, date) and date.group() != "24/7" and not staff_post(text)


#: The author's own relative just before: "my abuela's", "our gran is".
_OWN_KIN = compiled(r"\b(?i:my|our) [a-z]+(?:'s| is| was| turned| turns)\s+$")
#: A medicine's name just before, by its ending: "sertraline 100", "quetiapine 100" is a
#: dose written without its unit, not an age.
_MEDICINE = compiled(
    r"\b[a-z]{3,}(?:ine|ole|ol|am|one|ide|ate|il|ex|ax|yl|mab|done|pine|xin|lin|ium)\s+$"
)


#: A decade in Spanish: "de los 90", "los años 90"; not an age: "a los 92 (años)".
_DECADE = compiled(r"\b(?i:(?<!\ba )los|años|década de(?: los)?)\s+$")
_YEARS_OLD = compiled(r"\d+\s+(?i:años)\b")


#: A phone number's lead-in: "ring 111", "NHS 24 on 111", "Samaritans on 116 123".
_DIALLED = compiled(r"\b(?i:call|ring|dial|phone|text|on|line|helpline|number)\s+$")
#: Another group of digits right after: "116 123" is one number, not an age and a count.
_MORE_DIGITS = compiled(r"\d+[ -]\d")


def not_an_age(text: str, start: int) -> bool:
    """Whether a number from 90 to 120 at `start` is kin's age, a dose, a decade or a phone."""
    before = max(0, start - 30)
    return bool(
        _MORE_DIGITS.match(text, start)
        or _DIALLED.search(text, max(0, start - 12), start)
        or _OWN_KIN.search(text, before, start)
        or _MEDICINE.search(text, before, start)
        or (_DECADE.search(text, before, start) and not _YEARS_OLD.match(text, start))
    )
