"""A meeting word and a place as the subject of a claim about a field, for `whereabouts`.

"Training in Cork" is a trip when the author goes to it, but "Family therapy
training in Nigeria is still too thin" speaks of a whole field in a country:
the noun phrase is the subject of a present-tense "is", "are", "remains" or
"has", and the sentence has no "I", "we" or "my" and no when ("this week",
"tomorrow"). Such a sentence says nothing about where the author is.

A stay somewhere named as what does not cure a thing is a claim too:
"Burnout isn't fixed by a week in Bali", "A weekend in the Lakes won't cure
a toxic job": anyone's trip, as a remedy that fails, with no author and no
when in the sentence.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

_I = re.IGNORECASE
#: Right after the place: a present-tense predicate of the field ("is still too thin").
_CLAIM_AFTER = compiled(
    r"\s+(?:(?:is|are|remains?|has|have|needs?|lacks?)(?:n't| not)?|still|(?:has|have) been)\b"
    r"(?!\s+(?:on|at|in|this|next|tomorrow|tonight|today)\b)",
    _I,
)
#: The author, or a when, anywhere in the sentence: then the meeting may be theirs.
_OWN_OR_WHEN = compiled(
    r"\b(?:i|i'm|i'll|i've|me|my|we|we're|we'll|our|us|today|tonight|tomorrow|this (?:week"
    r"|weekend|month|morning|afternoon|evening)|next (?:week|month|year|weekend)|on (?:mon"
    r"|tues|wednes|thurs|fri|satur|sun)day)\b",
    _I,
)
#: The meeting leads `whereabouts_named` reads; travel verbs are not claims.
_MEETING = compiled(
    r"(?:conference|summit|training|workshop|retreat|convention|meeting|congress|symposium"
    r"|seminar|course|festival|tournament)\s+(?:in|at)\s",
    _I,
)


#: A stay somewhere, at the start of the span: "weekend in", "a week at".
_STAY = compiled(
    r"(?:weekend|week|fortnight|holiday|vacation|trip|break|getaway|retreat|spa day|day)s?"
    r"\s+(?:in|at|on|away in)\s",
    _I,
)
#: Before the stay: the thing it does not cure ("isn't cured by one", "won't be fixed by a").
_CURE_BEFORE = compiled(
    r"\b(?:cured|fixed|solved|healed|undone|reversed|erased|repaired|sorted|recovered)\s+"
    r"(?:by|with)\s+(?:just\s+|only\s+)?(?:one|a|a single|that|another|some|the odd)\s+"
    r"(?:long\s+|nice\s+|quick\s+)?$",
    _I,
)
#: After the stay: it does not cure ("... won't fix burnout").
_CURE_AFTER = compiled(
    r"[^.!?\n]{0,20}?\s(?:won't|will not|doesn't|does not|can't|cannot|isn't going to"
    r"|is not going to|never)\s+(?:fix|cure|solve|heal|undo|reverse|erase|repair)\b",
    _I,
)


def remedy_claim(text: str, start: int, end: int) -> bool:
    """Whether a stay somewhere (text[start:end]) is told as a remedy that does not cure.

    Args:
        text: the draft.
        start: where the stay ("weekend in") starts.
        end: where the place name ends.
    """
    if _STAY.match(text, start) is None:
        return False
    cure = _CURE_BEFORE.search(text, max(0, start - 50), start) or _CURE_AFTER.match(text, end)
    if cure is None:
        return False
    s, e = sentence_bounds(text, start)
    return _OWN_OR_WHEN.search(text, s, e) is None


def field_claim(text: str, start: int, end: int) -> bool:
    """Whether a meeting in a place (text[start:end]) is the subject of a claim about a field.

    Args:
        text: the draft.
        start: where the lead ("training in") starts.
        end: where the place name ends.

    Returns:
        True when a present-tense predicate follows the place and the sentence
        names neither the author nor a when.
    """
    if remedy_claim(text, start, end):
        return True  # "burnout isn't cured by a weekend in Kilifi"
    if _MEETING.match(text, start) is None or _CLAIM_AFTER.match(text, end) is None:
        return False
    s, e = sentence_bounds(text, start)
    return _OWN_OR_WHEN.search(text, s, e) is None
