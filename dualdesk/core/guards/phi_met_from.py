"""`phi`: a person the author met or saw, then the place they are from.

"girl I met this week from Tyresö", "a man we assessed on Monday out of
Ballina", "the lad I saw yesterday fae Possil": the person, a clause saying
the author met, saw or treated them, and only then "from" and the town. The
clause sits between the person and "from", so `phi_places.tied_places`
("a teen from Kengeri") does not read it. A place that is an app or a
platform ("a guy I met from Hinge"), a group ("people I met from Leeds"), a
country or a state is no one person's town.
"""

from __future__ import annotations

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_places import small
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

#: One person, then the author meeting, seeing or treating them, then "from": lower case.
_MET_FROM = compiled(
    r"\b(?:" + pp.PERSON_NOUN + r"|gentleman|gent|old boy|old girl|little one|wee one)"
    r" (?:(?:that|who|whom) )?(?:i|we)(?:'ve| have| had)? (?:met|saw|seen|see|assessed|assess"
    r"|visited|visit|treated|treat|admitted|tested|interviewed|discharged|screened|sat with)"
    r"(?: [\w-]+){0,3}? (?:from|fae|frae|out of) (?=\S)"
)
#: Places that are apps, platforms or kinds of place: where people meet, not where they live.
_NOT_A_TOWN = compiled(
    r"^(?:tinder|hinge|bumble|grindr|reddit|twitter|facebook|instagram|tiktok|discord|linkedin"
    r"|youtube|whatsapp|meetup|craigslist|gumtree|online|work|school|church|uni|college)$"
)
_AFTER_WORDS = ("from", " fae ", " frae ", " out of ")
_KIND = "a place smaller than a state"


def met_from(text: str, folded: str, public: Hits) -> list[Span]:
    """Spans of the town of a person the author met, saw or treated.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased with the same offsets, or "".
        public: where the draft speaks of public or historical things.

    Returns:
        (start, end, kind, advice) spans of the places.
    """
    if not folded or not holds_any(folded, _AFTER_WORDS):
        return []
    if " i " not in folded and " we " not in folded:
        return []
    found: list[Span] = []
    for m in _MET_FROM.finditer(folded):
        where = pp.PLACE_AFTER.match(text, m.end())
        if where is None:
            continue
        place = where.group("place")
        if not small(place) or _NOT_A_TOWN.match(place.lower()) or pp.ORGANISATION.search(place):
            continue
        if public.within(*sentence_bounds(text, m.start())):
            continue
        found.append((*where.span("place"), _KIND, ""))
    return found
