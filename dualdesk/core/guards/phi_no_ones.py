"""Places and names that are no one's identifier, though they sit beside a person.

Three shapes:

- a street given as a venue's address: "lunch at the bakery on Given Tce",
  "dinner at Haveli on Food Street", "coffee from the cart on Queen St". Shops
  are public and the meal is the author's (whereabouts, not phi); a home, a
  house or a flat on a street stays an address;
- a place of a kind of person, in a claim about any such person: "a child in
  Letcher County deserves the same care", "every teen in Penrith should";
- a name from a title in a post about a drama, film or novel: "everyone relates
  to Kashaf from Zindagi Gulzar Hai" is a character, not a client's hometown.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits

#: A venue, by its kind or by a capitalised name after "at", then "on" and the street.
_VENUE_BEFORE = compiled(
    r"\b(?:at|from|to|outside|near)\s+(?:(?:the|a|that|this|our|my)\s+)?(?:(?:new|old|little"
    r"|best|good|local|fancy|\w+'s)\s+)?(?:bakery|bakehouse|cafe|caf\u00e9|coffee shop|shop"
    r"|restaurant|bar|pub|store|market|deli|takeaway|takeout|diner|bistro|library|gym|pharmacy|chemist"
    r"|bookshop|bookstore|cinema|theatre|theater|food truck|cart|stall|dhaba|hotel|mall"
    r"|(?-i:[A-Z][\w'\u2019&-]+(?: [A-Z][\w'\u2019&-]+){0,2}))\s+on\s+$",
    re.IGNORECASE,
)


def venue_street(text: str, start: int) -> bool:
    """Whether the street starting at `start` follows a venue ("at the bakery on ")."""
    return _VENUE_BEFORE.search(text, max(0, start - 60), start) is not None


def public_or_venue(text: str, start: int, public: Hits, s: int, e: int) -> bool:
    """Whether the street at `start` is a venue's, or its sentence [s, e) speaks of the public."""
    return public.within(s, e) or venue_street(text, start)


#: A claim about any person of a kind in a place, right after the place: "deserves".
_CLAIM_AFTER = compiled(
    r"\s+(?:deserves?|should|must|needs?|has (?:the )?(?:same )?right|is entitled|ought"
    r"|can't|cannot|shouldn't|has to|gets? the same)\b",
    re.IGNORECASE,
)
#: "a child in", "every teen in": any one of a kind.
_ANY_OF_KIND = compiled(r"\b(?:a|an|any|every|each|no)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: The other side of such a claim: "the same care as a child in Lexington".
_COMPARED = compiled(r"\b(?:as|than|like)\s+(?:a|an|any)\s+$", re.IGNORECASE)


def kind_in_place(text: str, trigger_start: int, place_end: int) -> bool:
    """Whether "a child in <place>" is any child there: in a claim ("deserves the same care")
    or its other side ("as a child in Lexington")."""
    before = max(0, trigger_start - 24)
    if _COMPARED.search(text, before, trigger_start):
        return True
    return (
        _CLAIM_AFTER.match(text, place_end) is not None
        and _ANY_OF_KIND.search(text, before, trigger_start) is not None
    )


#: Words of a screen or a book: a post about a show's or a novel's people.
_FICTION = compiled(
    r"\b(?:dramas?|k-?dramas?|films?|movies?|sitcoms?|soaps?|serials?|episodes?|novels?"
    r"|characters?|netflix|anime|telenovelas?|tv)\b",
    re.IGNORECASE,
)


def character_from(text: str) -> bool:
    """Whether a post speaks of a drama, film or novel: "Name from Title" is its character."""
    return _FICTION.search(text) is not None
