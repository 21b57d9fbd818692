"""A story retold: someone's words given to the author, a person headed or named as subject.

Stories from practice are often told without any client word at all: the
person's own words, then who heard them ("'...' - said to me today"); a
described person as a heading, then their words in the first person ("OCD
patient after homework: 'I touched it'"); initials acting as a sentence's
subject ("J.T. is off close obs"); a first name given an age ("Talia turns
21"); someone the author has followed for a long time ("someone I've
supported for years"); the author called by their title, or one person as they were
when the work began (`story_between.py`). Each shape is the grammar of a story, not its
vocabulary, and each match shows one person on its own, so
`clinical_story.py` needs no further narration nearby (see `shows`); its
usual filters (general talk, colleagues, public figures) still apply. Every
pattern is anchored or bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from dualdesk.core.guards import story_between as sb
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import PERSON
from dualdesk.core.guards.story_named import is_first_name
from dualdesk.core.guards.story_patterns import AGE_AFTER_COLON, IRREGULAR
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: A quotation closed, then the author named as the one who heard it: "'...' - said to me
#: today", "'...,' was whispered to me". Tried only on a draft with " me".
QUOTE_TO_ME = compiled(
    r"[\"'\u201d\u2019\u00bb][.!?,]?\s*(?:[-\u2014\u2013~]+\s*)?(?:(?:was|were|got)\s+)?"
    r"(?:said|told|asked|whispered|texted|written|shouted|yelled|muttered|blurted|emailed"
    r"|confided|admitted)\s+(?:to\s+)?me\b",
    _I,
)
#: A described person as a heading (no verb before the colon, at most a phrase of where or
#: when), then their words in the first person: "OCD patient after ERP homework: 'I ...'",
#: "Teen in group today: 'My mum ...'". HEADING is tried only on a clause that ends where
#: QUOTE_AFTER_COLON begins, which is searched for first.
HEADING = compiled(
    rf"(?:(?!(?:every|any|each|no|all|most|many|some|your|our|their|what|which|how|when|if"
    rf"|why)\b)[\w-]+\s+){{0,2}}?{PERSON}(?<!s)\b"
    r"(?:\s+(?:after|in|at|on|from|during|post|before|this|today|yesterday|last|mid)\b"
    r"[^.!?:\n\"]{0,32})?",
    _I,
)
QUOTE_AFTER_COLON = compiled(
    r":\s*[\"'\u201c\u2018\u00ab]\s*(?:I|I'm|I've|I'd|I'll|My|Me)\b(?!\.)"
)
#: Initials as a sentence's subject, with a verb in the singular: "J.T. is off close obs",
#: "K. has moved to the open ward". Not the abbreviations that look like initials.
INITIALS_ACTING = compiled(
    r"(?<![\w.])(?-i:(?!(?:U\.[SKN]|P\.S|A\.A|N\.A|D\.C|L\.A|E\.R|N\.Z|E\.U|B\.C|A\.D|B\.A|M\.A|M\.D"
    r"|R\.N|P\.M|A\.M|O\.T|Q\.E|D\.V|G\.P|U\.S\.A)\.)[A-Z]\.(?:\s?[A-Z]\.)?)\s+"
    r"(?:(?:just|finally|still|now|already)\s+)?(?:is|was|has|had|isn't|wasn't|hasn't|hadn't"
    rf"|did|didn't|won't|can't|[a-z]{{3,}}ed|[a-z]{{3,}}s|{IRREGULAR})\b",
)
#: A first name given an age by a verb: "Talia turns 21 on Saturday", "Ana is 16 and ...".
AGED_NAME = compiled(
    r"(?P<name>[A-Z][a-z]{2,14})(?:\s+(?:(?:just|finally|only)\s+)?|(?='))"
    r"(?P<verb>turns|turned|is|was|'s)\s+(?:(?:only|just|nearly|almost|barely)\s+)?\d{1,3}\b(?![\s.:/-]?\d)"
    r"(?!\s*(?:%|am|pm|mins?|minutes|hours?|days?|weeks?|months?|years? (?:of|since|ago)"
    r"|percent|times|people|of)\b)",
)
#: Someone the author has followed for a long time: "Someone I've followed up for years",
#: "a lad we've supported since 2019". The tail after the person (FOLLOWED_FOR) is searched
#: first, on a draft with "i've", "we have"...; the person (FOLLOWED) just before it.
FOLLOWED_FOR = compiled(
    r"\b(?:i|we)(?:'ve| have)\s+(?:been\s+)?(?:[a-z]{3,}ed|[a-z]{3,}ing|known|seen|met|held)"
    r"(?:\s+(?:up|with|alongside|after|about))?\s+(?:on and off\s+)?"
    r"(?:for (?:(?:[\w-]+|\d+)\s+)?(?:weeks?|months?|years?|ages|decades?)|since)\b",
    _I,
)
FOLLOWED = compiled(
    rf"\b(?:someone|somebody|(?:a|an|the|this|one)\s+(?:[\w-]+\s+)?(?:{PERSON}|{sb.FOLK}))"
    r"\s+(?:that\s+)?$",
    _I,
)
_FOLLOW_KEYS = ("i've ", "we've ", "i have ", "we have ")
#: The author's own past reply, at a sentence start: "I said I don't know", "I told her to
#: wait". After one person asked or told something (ONE_ASKED, earlier in the post), it makes
#: "when a client asks 'is he alive?'" one conversation that happened, not a general case.
AUTHOR_REPLIED = compiled(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"'\u201d\u2019]\s))(?-i:I) (?:just |only )?(?:said"
    r"|told (?:him|her|them)|answered|replied|responded|asked (?:him|her|them))\b",
    _I,
)
ONE_ASKED = compiled(
    rf"\b(?:a|an|the|my|this|one)\s+(?:[\w-]+\s+)?{PERSON}\s+(?:asks?|asked|tells?|told|says"
    r"|said)\b",
    _I,
)
_REPLY_KEYS = ("i said", "i told", "i answered", "i replied", "i responded", "i asked")
#: The same person back again, as a clause of its own: "round 4, same guy", "Same lady as
#: last week." Not shown on its own: narration nearby is still needed. Tried on "same ".
SAME_ONE = compiled(
    rf"(?:^|(?<=[,.;:!?\u2014(]\s)|(?<=[,;(]))same (?:(?:[\w-]+\s+)?{PERSON}|fella|bloke|gent|lad)"
    r"(?!s\b|-)\b",
    _I,
)
#: The shapes above whose match shows one person without narration nearby.
_SHOWN = (
    QUOTE_TO_ME,
    HEADING,
    INITIALS_ACTING,
    AGED_NAME,
    FOLLOWED,
    AUTHOR_REPLIED,
    *sb.SHOWN,
)
#: Who but a person is given an age: a pronoun for them later in the post ("Don't tell her").
_HIM_OR_HER = compiled(r"\b(?:she|he|her|him|his|hers|herself|himself)\b", _I)
_AGE_VERBS = (" turns ", " turned ", " is ", " was ", "'s ")
_AGE_HEDGES = frozenset(("only", "just", "nearly", "almost", "barely"))
_SENTENCE_ENDS = ".!?;:\n\u2014"
_CLAUSE_ENDS = ".!?:;,\u2014\u2013-\n"
_QUOTES = ("'", '"', "\u201c", "\u2018", "\u201d", "\u2019", "\u00ab", "\u00bb")


def retold(text: str, folded: str) -> Iterator[re.Match[str]]:
    """Matches of the shapes of a story retold (see the module docstring), each behind a gate."""
    quoted = holds_any(text, _QUOTES)
    if quoted and " me" in folded:
        yield from QUOTE_TO_ME.finditer(text)
    if quoted and ": " in text:
        yield from _headed(text)
    yield from sb.between(text, folded, quoted)
    yield from _initials(text)
    if "same " in folded:
        yield from SAME_ONE.finditer(text)
    for verb in _age_verbs(folded):
        m = AGED_NAME.search(text, max(0, verb - 16), verb + 40)
        if m is None or m.start("verb") != verb or not _at_clause_start(m):
            continue
        if is_first_name(m.group("name"), text) and _HIM_OR_HER.search(text, m.end()):
            yield m
    if holds_any(folded, _FOLLOW_KEYS):
        for tail in FOLLOWED_FOR.finditer(text):
            m = FOLLOWED.search(text, max(0, tail.start() - 48), tail.start())
            if m:
                yield m


def replied(text: str, folded: str) -> Iterator[re.Match[str]]:
    """The author's reply (see AUTHOR_REPLIED) to one person who asked or told them before.

    The caller keeps out posts about colleagues or the author's own family.
    """
    if not holds_any(folded, _REPLY_KEYS):
        return
    for m in AUTHOR_REPLIED.finditer(text):
        if ONE_ASKED.search(text, max(0, m.start() - 200), m.start()):
            yield m
            return


def _age_verbs(folded: str) -> Iterator[int]:
    """Where a verb that gives an age ("turns", "is") stands before a number."""
    for verb in _AGE_VERBS:
        i = folded.find(verb)
        while i >= 0:
            after = folded[i + len(verb) : i + len(verb) + 16].split(maxsplit=2)
            if after and after[0] in _AGE_HEDGES:
                after = after[1:]  # "is only 15"
            if after and after[0][:1].isdigit():
                yield i + 1 if verb[0] == " " else i
            i = folded.find(verb, i + 1)


def _headed(text: str) -> Iterator[re.Match[str]]:
    """Headings (see HEADING) of a clause that ends in a colon and first-person words."""
    for quote in QUOTE_AFTER_COLON.finditer(text):
        colon = quote.start()
        start = max(text.rfind(c, 0, colon) for c in _SENTENCE_ENDS) + 1
        while start < colon and text[start].isspace():
            start += 1
        if colon - start <= 64:
            m = HEADING.fullmatch(text, start, colon)
            if m:
                yield m


def _initials(text: str) -> Iterator[re.Match[str]]:
    """Initials acting (see INITIALS_ACTING), tried only where a capital stands before a stop."""
    stop = text.find(".", 1)
    while stop > 0:
        if text[stop - 1].isupper() and (stop == 1 or not text[stop - 2].isalnum()):
            m = INITIALS_ACTING.match(text, stop - 1)
            if m and _at_clause_start(m):
                yield m
                stop = m.end()
        stop = text.find(".", stop + 1)


def _at_clause_start(m: re.Match[str]) -> bool:
    """Whether a match opens the text, a sentence or a clause (after ".", ":", a dash...)."""
    before = m.string[max(0, m.start() - 3) : m.start()].rstrip()
    return m.start() == 0 or not before or before[-1] in _CLAUSE_ENDS


def shows(m: re.Match[str]) -> bool:
    """Whether a match shows one person on its own (every shape of this module does)."""
    return m.re in _SHOWN


def after_colons(text: str) -> Iterator[re.Match[str]]:
    """Matches of AGE_AFTER_COLON just after each ": " (a findings list after a greeting)."""
    pos = text.find(": ")
    while pos >= 0:
        m = AGE_AFTER_COLON.match(text, pos + 2)
        if m:
            yield m
        pos = text.find(": ", pos + 2)


def chained(text: str, folded: str, professional: bool) -> Iterator[re.Match[str]]:
    """Every match of this module for `clinical_story.story_spans` to weigh."""
    if professional:
        return chain(after_colons(text), retold(text, folded))
    return after_colons(text)
