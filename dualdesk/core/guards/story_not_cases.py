"""People in a post who are, by the words right around them, no client.

For `story_no_one.told_of_no_one`. Each shape names someone a client story
would not:
- a slot that only cancelled or did not come: "my 4pm cancelled so I'm ...",
  "my 10am was a no-show, so I ..." tells nothing of the person (the freed
  time is the author's; "cancelled again", a reason given, "because her
  dad...", is still a story);
- the author at another age: "10-year-old me", "a 15-year-old me";
- a kind of person, not one: "an example of an athlete who", "the picture of
  a nurse";
- a role someone plays or becomes: "being a coal miner's daughter", "you
  become the agony aunt of the family";
- the practice's own front desk: "Ms. Brown at the front desk will...";
- a stranger met out and about: "guy at the signal handed me a flyer", "lady at
  the checkout";
- "she" or "he" after the author's own family, with no client between: "with
  my youngest at the GP (she's fine)", "visiting my mum; she's 80 now"
  (`own_kin_before`);
- a question a whole trade gets asked: 'every therapist gets asked "are you
  reading me right now?"' (`asked_of_all`).
Each is tried only when a cheap look at the text around the span allows it.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: A client's time slot, alone: "my 4pm", "our 10:30".
_SLOT = compiled(r"(?:my|our|the)\s+(?:next\s+)?\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?", _I)
#: The slot cancelled or did not come, and the sentence goes straight on to the author's freed
#: time ("so I'm in the car", ", bonus paperwork hour"), with no he, she or they told of after
#: it: "cancelled again", "cancelled because..." and "cancelled, then messaged" still tell of
#: the person.
_FREED = (
    r"(?:\s*[,.!]?\s*(?:so|and so|now|which means|=)\s+|\s*[,.!]\s*)(?:i\b|i'm|i've|here\b"
    r"|bonus|free|surprise|lunch|nap|coffee|extra)"
    r"(?![\s\S]*?\b(?:she|he|they|her|his|their|him|them|she's|he's|they're)\b)"
)
_CANCELLED = compiled(
    r"\s+(?:just\s+|has\s+|had\s+|also\s+|got\s+|is\s+)?(?:cancell?ed|rescheduled|bailed"
    r"|no[- ]?showed|(?:was|is)\s+an?\s+no[- ]?show|didn't (?:show|turn) up|dna'?d)" + _FREED,
    _I,
)
#: The word "no-show" itself, said of such a slot: "my 4pm was a" before it, freed time after.
_SLOT_BEFORE = compiled(
    r"\b(?:my|our|the)\s+(?:next\s+)?\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?\s+(?:was|is)\s+an?\s+\Z",
    _I,
)
_FREED_AFTER = compiled(_FREED, _I)
#: The author at another age: "10-year-old me", "younger me" (an age, then "me").
_AGE_END = compiled(
    r"(?:\d{1,2}[- ]?(?:year[- ]old|yr[- ]old|yo)|younger|older|teenage|teen)\Z", _I
)
_ME_AFTER = compiled(r"\s+(?:me|myself|self)\b(?!-)", _I)
#: A kind of person: "an example of", "the picture of", right before the span.
_KIND_BEFORE = compiled(
    r"\b(?:examples?|kind|type|sort|symbol|model|icon|image|picture|portrait|definition)"
    r" of\s+\Z",
    _I,
)
#: A role someone plays or becomes: "being", "you become", right before the span.
_BEING = compiled(r"\b(?:being|becom(?:e|es|ing)|became)\s+\Z", _I)
#: The practice's own front desk: "at the front desk", "on reception".
_DESK_AFTER = compiled(
    r",?\s+(?:at|on|from|behind) (?:the |our )?(?:front desk|front office|reception|admin desk)\b",
    _I,
)

#: The words a stranger is called by, checked among the span's first words before the pattern.
_STRANGER_WORDS = frozenset(("guy", "man", "woman", "lady", "bloke", "dude", "fella", "uncle",
                             "aunty", "auntie", "boy", "girl", "kid"))  # fmt: skip
#: A stranger, placed where the author passed them: "guy at the 100 Feet Road signal".
_STRANGER = compiled(
    r"(?:an?\s+|the\s+|some\s+|this\s+)?(?:[\w-]+\s+)?(?:guy|man|woman|lady|bloke|dude|fella"
    r"|uncle|aunty|auntie|boy|girl|kid)\s+(?:at|on|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:signal|traffic lights?|lights|bus stop|bus|train|metro|tram|junction|crossing"
    r"|toll(?: ?booth)?|petrol pump|gas station|checkout|till|car park|parking lot|queue|line"
    r"|market|mall|supermarket)\b",
    _I,
)

#: The author's own family, whom a "she" or "he" soon after points back to.
_KIN = compiled(
    r"\b(?:my|our) (?:own )?(?:(?:little|baby|big|older|younger|eldest|oldest|youngest) )?"
    r"(?:youngest|eldest|oldest|middle one|little one|mom|mum|mam|mother|dad|father|daughter|son"
    r"|sister|brother|wife|husband|gran\w*|nan|nana|aunt(?:ie)?|niece|nephew|cousin|kids?"
    r"|child(?:ren)?|baby|toddler|teenager|boy|girl)\b",
    _I,
)
#: Work words that would put a client between the family member and the pronoun.
_CLIENT_BETWEEN = compiled(
    r"\b(?:clients?|patients?|sessions?|caseload|referrals?|consults?|therapy|counsell?ing"
    r"|appointments?|my \d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?)\b",
    _I,
)
#: How far back the family member is looked for.
_KIN_REACH = 120

#: A whole trade asked something, just before the quotation: "every therapist gets asked".
_ASKED_OF_ALL = compiled(
    r"\b(?:every|all|any|most)\b[^.!?\"]{0,60}\b(?:asked|asks?)\b(?:\s+(?:me|us|this))?"
    r"\s*[:,]?\s*\Z",
    _I,
)


def asked_of_all(text: str, pos: int, unquoted: str) -> bool:
    """Whether `pos` is in a question every clinician gets ("every therapist gets asked '...'").

    The words quoted are put to a whole trade, so a time word in them is nobody's case.

    Args:
        text: the draft (straight quotes).
        pos: where the time word is.
        unquoted: `text` with its quotations blanked.
    """
    if text[pos] == " " or unquoted[pos] != " ":
        return False
    opening = unquoted.rfind(" ", 0, pos)
    while opening > 0 and unquoted[opening - 1] == " ":
        opening -= 1
    return _ASKED_OF_ALL.search(text, max(0, opening - 80), opening + 1) is not None


def own_kin_before(text: str, start: int) -> bool:
    """Whether a "she" or "he" at `start` points back to the author's own family.

    The last family member named within a short reach before it, with no client word
    between them: "at A&E with my youngest (she's fine)".
    """
    low = max(0, start - _KIN_REACH)
    window = text[low:start].lower()
    if "my " not in window and "our " not in window:
        return False
    last = max((m.end() for m in _KIN.finditer(text, low, start)), default=-1)
    return last >= 0 and _CLIENT_BETWEEN.search(text, last, start) is None


def not_a_case(text: str, start: int, end: int) -> bool:
    """Whether the person at text[start:end] is, by the words around it, no client.

    Args:
        text: the draft (straight quotes).
        start: where the person's span starts.
        end: where it ends.
    """
    before = text[max(0, start - 16) : start]
    if "of " in before and _KIND_BEFORE.search(before):
        return True
    if ("eing " in before or "ecom" in before or "came " in before) and _BEING.search(before):
        return True
    nxt = text[end : end + 24].lower()
    if (
        ("me" in nxt or "self" in nxt)
        and _ME_AFTER.match(text, end)
        and _AGE_END.search(text, max(0, end - 14), end)
    ):
        return True
    if holds_any(nxt, ("desk", "office", "reception")) and _DESK_AFTER.match(text, end):
        return True
    if _SLOT.fullmatch(text, start, end) is not None and _CANCELLED.match(text, end) is not None:
        return True
    if (
        text[start : start + 2].lower() == "no"
        and " a" in before
        and _SLOT_BEFORE.search(text, max(0, start - 24), start) is not None
        and _FREED_AFTER.match(text, end) is not None
    ):
        return True  # "my 4pm was a no-show so I ...": the word is the slot's
    if _STRANGER_WORDS.isdisjoint(text[start : start + 24].lower().split()[:3]):
        return False
    return _STRANGER.match(text, start) is not None  # the span opens on a stranger out and about
