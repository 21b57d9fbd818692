"""A number offered to the reader, for the `phi` guard: the practice's line, not a client's.

An announcement asks the reader to get in touch: "Ring 0113 496 0712 or use
the form", "Call or text 555-0142 to book", "WhatsApp us on…", "Call/WhatsApp +254…". The number
follows a contact verb in the imperative, opening its sentence or clause, in
a post that speaks for a practice (its name from the profile, "we", "our",
referrals, bookings). A note to oneself ("ring back 073… (the daughter)")
names someone in its sentence, so it is no offer.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

_I = re.IGNORECASE
#: A contact verb in the imperative right before the number, opening a sentence or clause
#: (an emoji ends a clause too: "Bilingual sessions 🇲🇽 Call (915)…").
_OFFER = compiled(
    r"(?:^|[.!?:;,(\u2014\u2013\u2600-\u27bf\U0001f000-\U0001faff]\s*|\band\s+|\bor\s+|\n)"
    r"(?:just\s+|simply\s+|please\s+)?"
    r"(?:ring|call|phone|text|sms|whatsapp|message|contact|dial)"
    r"(?:(?:\s+(?:or|and)\s+|\s*/\s*)(?:ring|call|phone|text|whatsapp|message|sms|dm))?"
    r"(?:\s+(?:us|the (?:office|team|clinic|practice)|reception))?(?:\s+(?:on|at))?\s*:?\s*$",
    _I,
)
#: The post speaks for a practice or invites bookings.
_PRACTICE_POST = compiled(
    r"\b(?:we|we're|we've|our|us|referrals?|self-referral|bookings?|book|appointments?"
    r"|enquiries|inquiries|waitlist|waiting list|intake|new clients|website|form)\b",
    _I,
)
#: A person in the number's sentence: the number may be theirs.
_SOMEONE = compiled(
    r"\b(?:he|she|him|her|his|hers|they|them|their|mum|mom|dad|daughter|son|wife|husband"
    r"|client|patient|family|mr|mrs|ms|miss)\b",
    _I,
)


def offered(text: str, start: int, own: frozenset[str]) -> bool:
    """Whether the number at `start` is offered to the reader by the practice.

    Args:
        text: the draft, plain.
        start: where the number starts.
        own: lower-cased words of the user's names, handles and markers.

    Returns:
        True when an imperative contact verb leads to the number, its sentence
        names no one, and the post speaks for a practice or names it.
    """
    s, e = sentence_bounds(text, start)
    if _OFFER.search(text, max(0, s - 1, start - 40), start) is None:
        return False
    if _SOMEONE.search(text, s, e):
        return False
    if _PRACTICE_POST.search(text):
        return True
    return any(w.lower().strip(".,!?:;") in own for w in text.split() if w[:1].isupper())
