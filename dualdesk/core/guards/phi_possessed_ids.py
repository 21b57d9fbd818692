"""`phi`: a code given as a person's, whatever their country calls it.

Every country has its own identity, health and benefit numbers, and writers
name them by their own words: "her NIN 12345678901", "his IC
900101-14-5678", "her NRIC S8812345D", "his omang 123456789", "her Ghana
Card GHA-712345678-3", "the boy's birth cert number 4512-887-2024". No
list of kinds can keep up, so the shape is read: a person's possessive
("his", "her", "their", "the client's", "Thabo's"), a short name for the
code, then six digits or more (five with letters) in groups.

Money, counts and measures ("her rent 150 000", "his steps 12000"), a line
an organisation publishes ("their hotline"), and the user's own ("my
provider number") are not a person's identifier.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

_I = re.IGNORECASE
#: A person's possessive, a short name for the code, then the code.
_POSSESSED = compiled(
    r"\b(?:his|her|their|su|(?:client|patient|pt|boy|girl|kid|son|daughter|mum|mom|dad|man|woman"
    r"|lady|guy|lad|teen|child|baby)(?:'s|\u2019s)|(?!(?:men|women|children|people|kids|girls"
    r"|boys|parents|mothers|fathers|veterans|st|saint)\b)(?-i:[A-Z][a-z]{2,15})(?:'s|\u2019s))\s+"
    r"(?P<kind>(?:[\w.-]+\s+){0,2}?[\w.-]+)\s*(?:[:#=]\s*|(?:is|was|reads|es|era)\s+|\s)"
    r"(?P<num>(?:(?-i:[A-Z]{1,4})[- ]?)?\d(?:[ -]?\d){4,20}[a-z]?|[a-z]\d{6,12}[a-z]?)"
    r"(?![\w/-]|[.,]\d)",
    _I,
)
#: Kinds that are money, counts, measures or a published line, not an identifier.
_NOT_KIND = compiled(
    r"\b(?:rent|salary|pay|wages?|income|fees?|bills?|debts?|loans?|balance|savings|budget"
    r"|score|steps|followers|views|likes|points|marks|weight|height|words?|calls|messages"
    r"|texts|minutes|days|hours|km|miles|kg|total|count|age|year|years|class|grade|results?"
    r"|hotline|helpline|line|office|toll|website|page|address|shillings|bob|naira|rand|cedis"
    r"|dollars|pounds|euros|ksh|kes|zar|ngn|usd|birthday|dob|date|time|flight|bus|route"
    r"|seat|room|ward|bed|house|flat|plot)\b",
    _I,
)
#: After the code: what makes it money or a measure ("150 000 shillings", "12000 steps").
_UNIT_AFTER = compiled(
    r"\s*(?:k\b|m\b|bn\b|%|shillings|bob|naira|rand|cedis|dollars|usd|kes|ksh|steps|words"
    r"|views|followers|km|kg|people|times)",
    _I,
)
#: A sentence about a published line: "Women's Aid 24hr helpline ..., Men's Aid 01 ...".
_PUBLISHED = compiled(
    r"\b(?:helplines?|hotlines?|lifelines?|crisis|toll[- ]free|freephone|24 ?hrs?|24/7"
    r"|24 hours)\b",
    _I,
)
_KIND = "an identifying number"
_POSSESSIVES = ("his ", "her ", "their ", "'s ", "\u2019s ", "su ")


def possessed_ids(text: str, folded: str) -> list[Span]:
    """Spans of codes given as a person's: a possessive, a kind, six digits or more.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s.

    Returns:
        (start, end, kind, advice) spans.
    """
    if not holds_any(folded, _POSSESSIVES):
        return []
    if sum(map(folded.count, "0123456789")) < 6:
        return []
    found: list[Span] = []
    for m in _POSSESSED.finditer(text):
        num = m.group("num").rstrip(" -")
        digits = sum(c.isdigit() for c in num)
        if digits < (5 if any(c.isalpha() for c in num) else 6):
            continue
        if _NOT_KIND.search(m.group("kind")) or _UNIT_AFTER.match(text, m.end()):
            continue
        if _PUBLISHED.search(text, *sentence_bounds(text, m.start())):
            continue
        start = m.start("num")
        found.append((start, start + len(num), _KIND, "Remove the number."))
    return found
