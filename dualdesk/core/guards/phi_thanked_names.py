"""`phi`: a client named where the author thanks, praises or addresses them.

"Thank you Kezia for the card you left after our last session", "To Marcus,
who finished treatment today: you did that", "Shout out to Tanisha who walked
out of rehab today": a first name after a word of thanks, praise or address,
in a sentence that tells of that person's own care (a session with the
author, finishing treatment, leaving rehab, trusting the author with their
story), is a client's name, on either account.

A thank-you sent the other way names a client too: "A card from Tomasz on my
desk: 'you got me through that year'", "thank-you note from Precious today":
a card, note, letter or drawing from a first name, with thanks in the phrase
or the author's help told in the sentence or the next.

The thanks that are no client's are known by their setting: a title before
the name ("Dr. Patel"), or a colleague's work in the post (covering,
supervision, a talk, a conference, a book, a podcast, training, a team).
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_words import known_word
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

#: A word of thanks, praise or address, then a first name.
THANKED = compiled(
    r"(?i:\b(?:thank(?:s| you)(?: so much)?,?(?: to)?|shout[- ]?out,?(?: to)?|(?:so )?proud of"
    r"|congrat(?:s|ulations),?(?: to)?|dear|well done,?|(?:^|(?<=[.!?]\s))to))\s+"
    r"(?P<name>[A-Z][a-z\u00e0-\u00ff]{2,14})\b(?!['\u2019]s\b)"
)
#: The named person's own care, told in the sentence (or the one after).
_OWN_CARE = compiled(
    r"\b(?:our (?:last |first |final |\d+\w* )?(?:session|appointment|sessions)"
    r"|(?:finished|completed|left|walked out of|graduated from|got out of|made it through"
    r"|through|out of|back from) (?:treatment|rehab|detox|therapy|the program(?:me)?"
    r"|hospital|the unit|the ward|residential|inpatient)"
    r"|trust(?:ing|ed) me|your (?:story|recovery|courage|progress|sobriety)"
    r"|(?:days?|weeks?|months?|years?) (?:sober|clean)|discharged)\b",
    re.IGNORECASE,
)
#: A colleague's work in the post: the thanks are a colleague's, a speaker's or an author's.
_COLLEAGUES_WORK = compiled(
    r"\b(?:cover(?:ing|ed)?|supervis\w*|colleague\w*|mentor\w*|team|talk|webinar|conference"
    r"|podcast|book|workshop|training|lecture|panel|keynote|article|paper|episode|course"
    r"|cpd|ceu|referr\w*|lunch|coffee|cake|shift)\b",
    re.IGNORECASE,
)
#: What must be in the lower-cased draft for `THANKED` to be tried.
_HINTS = ("thank", "shout", "proud", "congrat", "dear", "well done")


def thanked_names(text: str, folded: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of a first name thanked, praised or addressed for their own care.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s ("" when they would move).
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's own names.

    Returns:
        (start, end, kind, advice) spans.
    """
    addressed = text.startswith("To ") or ". To " in text or "\nTo " in text
    if not (addressed or holds_any(folded, _HINTS)):
        return gifted_names(text, folded, public, own)
    found: list[Span] = gifted_names(text, folded, public, own)
    for m in THANKED.finditer(text):
        if _COLLEAGUES_WORK.search(text):
            return []  # "Thanks Sarah for covering my clients": a colleague thanked
        name = m.group("name")
        if known_word(name, own) or pp.TITLED.search(text, max(0, m.start() - 30), m.start()):
            continue
        s, e = sentence_bounds(text, m.start())
        after = sentence_bounds(text, min(len(text) - 1, e + 1))[1] if e < len(text) else e
        if public.within(s, e) or not _OWN_CARE.search(text, s, after):
            continue
        found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    return found


#: A card, note or gift from a first name: "thank-you card from Amira", "a drawing from Leo".
GIFT_FROM = compiled(
    r"(?i:\b(?P<thanks>thank[- ]?you |thanks )?(?:card|note|letter"
    r"|drawing|painting|gift|present|flowers|message|email|text|voicemail|poem)s?"
    r" (?:\w+ )?from)\s+(?P<name>[A-Z][a-z\u00e0-\u00ff]{2,14})\b(?!['\u2019]s\b| [A-Z])"
)
#: The author's help told back to them: "you helped me", "got me through", "saved my life".
_HELPED = compiled(
    r"\b(?:you (?:helped|saved|believed|listened|got me|gave me|taught me|showed me|made me)"
    r"|(?:got|get|pulled) me through|because of you|without you|saved my life)\b",
    re.IGNORECASE,
)
#: The gift words, without a plural "s": one must be among the two words before "from".
_GIFTS = frozenset(("card", "note", "letter", "drawing", "painting", "gift", "present", "flower",
                    "message", "email", "text", "voicemail", "poem"))  # fmt: skip


def gifted_names(text: str, folded: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of a first name that sent the author thanks for their help (see the docstring).

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s ("" when they would move).
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's own names.
    """
    folded = folded or text.lower()
    at = folded.find(" from ")
    while at != -1 and _GIFTS.isdisjoint(
        w.rstrip("s") for w in folded[max(0, at - 24) : at].split()[-2:]
    ):
        at = folded.find(" from ", at + 6)
    if at == -1:
        return []  # no card, note or gift just before any "from"
    found: list[Span] = []
    for m in GIFT_FROM.finditer(text):
        name = m.group("name")
        if known_word(name, own) or _COLLEAGUES_WORK.search(text):
            continue
        s, e = sentence_bounds(text, m.start())
        after = sentence_bounds(text, min(len(text) - 1, e + 1))[1] if e < len(text) else e
        if public.within(s, e):
            continue
        if m.group("thanks") or _HELPED.search(text, s, after) or _OWN_CARE.search(text, s, after):
            found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    return found
