"""`phi`: an age over 89 in the shapes `phi_patterns.AGE` leaves: an adverb, an apposition.

"the oldest man I ever assessed is now 97", "she was nearly 95 when...",
"one of the old gentlemen I see, 94 years, told me", "Mrs S (96) still
walks in": a late age said with an adverb between the verb and the number,
or set beside the person in commas or brackets, with or without "years" (or
another language's word for it: "år", "Jahre", "ans", "años"). A list of
numbers ("scored 88, 94, 97"), a quantity ("94 years of the charity") or
the author's own relative ("my gran, 96, ...") is no one's age.
"""

from __future__ import annotations

from dualdesk.core.guards import phi_numbers as numbers
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

Span = tuple[int, int, str, str]

_LATE = r"(?:9\d|1[01]\d)"
#: Units and nouns after a number that make it a quantity, not an age.
_NOT_AGE_AFTER = (
    r"(?!\s*(?:%|\u00b0|percent|per\b|min|hours?|hrs?|mg|ml|km|kg|lbs?|days|weeks|months"
    r"|pounds|dollars|cents|miles|pages|beds|people|points|patients|clients|times|degrees"
    r"|mph|[fc]\b))"
)
#: A late age after a verb and an adverb: "is now 97", "was nearly 95", "'s still 90".
_ADVERB_AGE = compiled(
    r"\b(?i:is|was|be|turned|turns|(?<=\w)'s|(?<=\w)\u2019s)\s+(?i:now|nearly|almost|just"
    rf"|only|still|already|about|around|probably|over|past|well over)\s+(?P<age>{_LATE})\b"
    r"(?![.,]\d)" + _NOT_AGE_AFTER
)
#: A late age set beside a person: "gentleman, 94 years, told", "Mrs S (96) walks in".
_APPOSED_AGE = compiled(
    rf"(?<=[A-Za-z\u00c0-\u017f.])(?:,\s*|\s*\()(?P<age>{_LATE})(?:\s*(?i:years?(?: old)?|yrs?"
    r"|y/?o|\u00e5r|jahre|ans|a\u00f1os|anni|jaar|lat))?(?:\s*\)|,(?!\s*\d)|\s+(?=(?i:and|who"
    r"|told|said|asked|still|is|was|has|had)\b))"
)
#: A title before the age: "Mr O (97)", "Mrs Okafor, 94,".
_TITLE = compiled(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Sr|Fr)\.? [A-Z]")
_KIND = "an age over 89"
_ADVICE = "Say \u201c90 or older\u201d, or leave it out."


def late_ages(text: str) -> list[Span]:
    """Spans of ages over 89 said with an adverb or set beside a person.

    Args:
        text: the draft, plain.

    Returns:
        (start, end, kind, advice) spans of the ages.
    """
    if " 9" not in text and " 1" not in text and "(9" not in text and "(1" not in text:
        return []
    found: list[Span] = []
    for pattern in (_ADVERB_AGE, _APPOSED_AGE):
        for m in pattern.finditer(text):
            start = m.start("age")
            s, e = sentence_bounds(text, start)
            if not (
                pp.THIRD_PERSON.search(text, s, e)
                or _TITLE.search(text, max(s, start - 16), start)
            ):
                continue  # "the clinic is now 95 years old": no one in the sentence to be 95
            if numbers.own_or_public_age(text, start):
                continue  # "my gran, 96, still bakes": the author's own relative
            found.append((start, m.end("age"), _KIND, _ADVICE))
    return found
