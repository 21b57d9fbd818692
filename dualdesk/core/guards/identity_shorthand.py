"""The trade told in its own shorthand, for the `identity_link` guard.

Clinicians say what they do without a job title: by the credits they must
earn ("36 CE hours done", "12 CEUs to go", "my CPD points"), by the shape
of a doctor's training ("night float wk 2", "PGY-3", "post-call"), by the
chart's word for the people they treat ("my pt in bed 12", "my pts"), and
by a compound therapist's noun of another language said of themselves
("musicothérapeute by day", "je suis ergothérapeute"). Each is looked for
only when a key word is in the lower-cased draft.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: Credits only clinicians (and a few other licensed trades) must earn, by count or as
#: "my": "36 CE hours", "12 CEUs", "my CME credits", "20 CPD points". The acronym in capitals.
_CREDITS = (
    r"\b(?:\d{1,3}(?:\.\d)?|my|our) (?-i:CE|CEU|CME|CPD)s?"
    r"(?: (?:hours?|hrs?|credits?|units?|points?))?(?![\w-])"
    r"|\bcontinuing (?:education|ed|professional development) (?:hours|credits|units|points)\b"
)
#: A doctor's training named by its shifts and years: "night float", "PGY-2", "post-call".
_TRAINING = (
    r"\b(?:night float|pgy-?[1-8]|intern year|post-?call|q[2-4] call|call room|my residency"
    r"|residency (?:program|interview|match)|match day)\b"
)
#: The chart's word for the author's patients, in small letters ("my PT" is a trainer).
_MY_PATIENTS = r"\b(?i:my|our) (?:(?:new|fav(?:ou?rite)?|last|first|\d+(?:am|pm)) )?pts?\b(?!-)"
#: A compound therapist's noun of another language: "musicothérapeute", "ergoterapeuta".
_COMPOUND = r"\b[a-z\u00e0-\u00ff-]{2,12}(?:th[ée]rapeute|terapeut[ao]?|therapeut(?:in)?)s?\b"
#: The author being one: "... by day", "je suis ...", "as a ...", "I'm a ...".
_COMPOUND_SELF = (
    rf"(?:\b(?:je suis|j'suis|soy|sou|sono|ich bin|jag är|jeg er|ik ben|en tant que"
    rf"|i'?m an?|as an?) )(?:[\w-]+ )?{_COMPOUND}"
    rf"|{_COMPOUND} (?:by (?:day|trade|training)|de m[ée]tier|de profession)\b"
)
_TRAINING_KEYS = (
    "float", "pgy", "intern year", "post-call", "postcall", "call room", "q2 call", "q3 call",
    "q4 call", "residency", "match day",
)  # fmt: skip
_PATTERNS = (
    ((" ce ", " ceu", " cme", " cpd", "continuing"), compiled(_CREDITS, re.IGNORECASE)),
    (_TRAINING_KEYS, compiled(_TRAINING, re.IGNORECASE)),
    ((" pt",), compiled(_MY_PATIENTS)),
    (("peut", "rapeut"), compiled(_COMPOUND_SELF, re.IGNORECASE)),
)  # fmt: skip


def shorthand_matches(text: str, low: str) -> list[re.Match[str]]:
    """Matches of the trade told in shorthand.

    Args:
        text: The draft, quotes made plain.
        low: `text` lower-cased, offsets equal: a pattern runs only when its key is in it.
    """
    return [
        m for keys, pattern in _PATTERNS if holds_any(low, keys) for m in pattern.finditer(text)
    ]
