"""Person words a story reader finds that point at no client, for `clinical_story`.

Three shapes name a kind of person or someone of the author's street, not a
client:

- a seller named by what they sell: "the doubles man still open?", "the ice
  cream lady", "the chai wala", "the fruit guy at the market";
- a person word as an adjective before an event: "a free parent workshop",
  "our teen webinar", "a carer information evening";
- the audience of a way of explaining: "the best tool for explaining anxiety to
  a 12yo", "how to teach breathing to a toddler" (a gerund or "to explain": a
  told "I explained it to a 12yo today" is left to the readers).
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE
#: What a street or market seller sells, then the seller.
_SELLER = compiled(
    r"\b(?:ice[- ]?cream|doubles|coconut|corn|roti|bread|fish|fruit|veg(?:etable)?|chip"
    r"|kebab|taco|paper|newspaper|milk|mail|post|bin|garbage|trash|gas|coal|pizza|chai|tea"
    r"|coffee|samosa|pakora|chaat|chana|bhel|momo|suya|jerk|snow ?cone|shaved ice|hot ?dog"
    r"|sabzi|doodh|chole|juice|tamale|elote|pupusa|empanada|sno-?cone|bake and shark"
    r"|oyster|peanut|nut|flower|balloon|lottery|scrap|knife)\s+(?:man|lady|guy|uncle|aunty"
    r"|auntie|woman|wala|wallah|walla|vendor|seller|boy|girl)\b",
    _I,
)
#: The seller's words, one of which is at or just after the end of a seller's match.
_SELLER_WORDS = ("man", "lady", "guy", "uncle", "aunt", "woman", "wal", "vendor", "seller",
                 "boy", "girl")  # fmt: skip
#: A person word as the adjective of an event: "parent workshop".
_EVENT_AFTER = compiled(
    r"\s+(?:workshop|seminar|webinar|info(?:rmation)?\s+(?:session|evening|night|day)"
    r"|evening|night|forum|talk|course|class|newsletter|handout|education|training|expo"
    r"|open day|drop-in|q&a|support line|helpline)s?\b",
    _I,
)
#: A way of explaining to a kind of person: "for explaining anxiety to a".
_EXPLAINING = compiled(
    r"\b(?:explaining|teaching|describing|introducing|pitching|translating|breaking down"
    r"|(?:to|how to|way to|ways to) (?:explain|teach|describe|introduce|pitch|translate))"
    r"\b[^.!?\n]{0,50}\bto\s+(?:a|an|any|your)\s+$",
    _I,
)


def no_person(text: str, start: int, end: int) -> bool:
    """Whether the person word at text[start:end] is a seller, an event's or an audience's."""
    tail = text[max(start, end - 7) : end + 8].lower()
    if holds_any(tail, _SELLER_WORDS) and (
        _SELLER.search(text, max(0, start - 20), min(len(text), end + 20)) is not None
    ):
        return True
    if _EVENT_AFTER.match(text, end) is not None:
        return True
    if "to a" not in text and "to your" not in text:
        return False
    s = sentence_bounds(text, start)[0]
    return _EXPLAINING.search(text, max(s, start - 80), _article_end(text, start)) is not None


def _article_end(text: str, start: int) -> int:
    """Where the person word proper starts: after "a " or "an " when the match holds it."""
    low = text[start : start + 3].lower()
    if low.startswith("an "):
        return start + 3
    if low.startswith("a "):
        return start + 2
    return start


#: Someone in the author's life asking for therapy on the spot for their own family: "asked
#: me to just do a quick session on her husband", "wants me to diagnose her son".
_FAVOUR = compiled(
    r"\b(?:asked|asks|asking|wanted|wants|begged|expected|expects)\s+me\s+to\s+[\"'\u201c\u2018]?(?:just\s+)?"
    r"(?:(?:do|run|give|have|squeeze in)\s+(?:a|an|some)\s+(?:quick\s+|free\s+|little\s+"
    r"|mini\s+|wee\s+)?(?:session|assessment|therapy|diagnosis|consult)[\"'\u201d\u2019]?\s+(?:on|for|with)"
    r"|diagnose|analy[sz]e|assess|therapi[sz]e|psychoanaly[sz]e|fix|read)\s+(?:her|his|their"
    r"|my)\s+(?:husband|wife|partner|son|daughter|kids?|boy|girl|teen|mother|father|mum|mom"
    r"|dad|brother|sister|boyfriend|girlfriend|fianc[eé]e?|nephew|niece|grandson"
    r"|granddaughter|in-laws?|mother-in-law|son-in-law|daughter-in-law)\b",
    _I,
)
#: Who asks is a client: "a client asked me to see her husband" stays a story.
_CLIENT_ASKS = compiled(r"\b(?:client|patient|kiddo|service user)s?\b", _I)


def favour_asked(text: str, folded: str) -> bool:
    """Whether a post tells of free therapy asked of the author by someone not a client."""
    if " me to " not in folded:
        return False
    m = _FAVOUR.search(text)
    return m is not None and _CLIENT_ASKS.search(text, sentence_bounds(text, m.start())[0],
                                                 m.start()) is None  # fmt: skip
