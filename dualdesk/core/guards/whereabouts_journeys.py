"""The clinician's own journeys told by their shape, in the transit words of several cities.

Commuters in Singapore, Lagos, Boston or north Wales tell the same trip in
their own words: "On the MRT home", "East-West line stalled again, stuck
between stations", "50 min for 4 stops", "If I'm late to your review, blame
the snow", "Touched down in Abuja", "Booked flights to Lisbon for the
conference". The shapes read here:

- a ride on a named service, home or somewhere ("on the MRT home", "in the
  danfo to Yaba");
- a line, pass or service at a standstill that the author is on ("Jubilee
  line suspended again", "the pass shut again so it's the long way round");
- the time a trip took, counted in stops or miles ("40 minutes for 3 stops");
- the author's own lateness ("if I'm late to signout");
- an arrival opening a sentence ("Touched down in Accra", "Landed at Changi");
- a booked trip to a named place ("booked my flights to Cape Town").

Each pattern is bounded and runs only when one of its key strings is in the
lower-cased draft, so a draft with no journey in it costs a few substring
checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: Public transport of several cities: Singapore's MRT, Lagos's danfo and keke, Nairobi's
#: matatu, Manila's jeepney, Dublin's Luas, Boston's T, Montreal's métro.
_TRANSIT = (
    r"(?:mrt|lrt|brt|danfo|keke|okada|matatu|jeepney|tuk-?tuk|bajaj|luas|dart|bart|skytrain"
    r"|overground|underground|el|t|m[eé]tro|metro|subway|tube|tram|streetcar|trolley|train"
    r"|bus|ferry|coach|shuttle|night bus|red-?eye|(?-i:[A-Z][\w-]*) line)"
)
#: A sentence start, as look-behinds, so every alternative begins a word.
_START = r"(?:(?<!\S)(?<![^.!?\s]\s))"

_RIDE = compiled(
    rf"\b(?:on|in) the {_TRANSIT} (?:home|back home|to (?:work|clinic|the |(?-i:[A-Z]))"
    r"|into (?:work|town))"
    r"|(?:\b(?:je suis|j'suis|chu|suis) |(?<!\S)(?<![^.!?\s]\s))dans (?:le|l'|la) (?:m[eé]tro"
    r"|train|bus|autobus|tram|avion|traversier|taxi|char|voiture)\b",
    _I,
)
#: A line, road or pass at a standstill, "again": the author's own commute.
_STALLED = compiled(
    r"\b(?:(?-i:[A-Z][\w-]*) (?:line|pass|road|bridge|tunnel)|line|pass|trains?|buses"
    r"|shuttle buses|replacement buses)"
    r" (?:(?:is |are |was )?(?:stalled|delayed|suspended|shut|closed|down|stuck|flooded|blocked"
    r"|out|replaced by (?:buses|shuttles)) again|stuck between stations)\b"
    r"|\bstuck between stations\b|\b(?:shuttle|replacement) buses (?:from|between|again)\b"
    r"|\bthe long way round via\b|\bdetour via\b"
    # Nigerian English and Pidgin: "go-slow" is a traffic jam; "don hold" has stalled
    r"|\b(?:in|for) (?:the |this )?go-?slow\b|\b(?-i:[A-Z][\w-]*) (?:bridge|road|way|expressway)"
    r" (?:don|dey) (?:hold|jam|block|close)\b",
    _I,
)
_TRIP_TIME = compiled(
    r"\b(?:\d{1,3}|an?|one|two|three|four|five|half an) ?(?:min|mins|minutes|hrs?|hours?)"
    r" (?:for|to (?:do|go|cover|travel))"
    r" (?:\d{1,2}|one|two|three|four|five|six) (?:stops|stations|miles|km|blocks|exits)\b",
    _I,
)
#: "if I'm late to signout": the reader learns where the author is going, and when.
_LATE = compiled(
    r"(?<!what )(?<!what if )\bif (?:i'?m|im|i am) (?:running )?late (?:to|for|into)\b"
    r"|\bi go (?:reach )?late (?:for|to)\b"  # Pidgin: "I go late for ward round"
    # French: "je suis en retard", "dans le métro", "dans le train pour Québec"
    r"|\b(?:je suis|j'suis|chu|suis) en retard\b",
    _I,
)
_ARRIVED = compiled(
    rf"{_START}(?:touched down|touchdown|landed|arrived|checked(?: in)?) (?:in|at|into) "
    r"(?:the )?(?-i:[A-Z])",
    _I,
)
_BOOKED = compiled(
    r"\b(?:just |finally )?(?:booked|booking) (?:my |our |the |a )?(?:flights?|tickets?"
    r"|trains?|ferry|hotel|room|airbnb|accommodation) (?:to|for|in) (?-i:[A-Z])",
    _I,
)
#: Someone else's trip, named just before it: "clients who booked flights to", "she's late".
_OTHER = compiled(
    r"\b(?:he|she|they|his|her|their|clients?|patients?|pts?|families|people|who)\b"
    r"[^.!?\n]{0,30}$",
    _I,
)

#: Each pattern with the lower-case strings one of which must be in the draft.
_PATTERNS = (
    (("on the", "in the", "dans l"), _RIDE),
    (("again", "between stations", "buses", "via", "slow", " don ", " dey "), _STALLED),
    (("stop", "station", "mile", "km", "block", "exit"), _TRIP_TIME),
    (("late", "retard"), _LATE),
    (("touch", "landed", "arrived", "checked in"), _ARRIVED),
    (("booked", "booking"), _BOOKED),
)


def journeys(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Yield spans where `text` tells of the author's own journey.

    Args:
        text: The draft, with plain quotes.
        low: `text` lower-cased, or None when that would move offsets.

    Yields:
        Start and end offsets of each journey.
    """
    hay = low if low is not None else text.lower()
    for keys, pattern in _PATTERNS:
        if not holds_any(hay, keys):
            continue
        for m in pattern.finditer(text):
            if _OTHER.search(text, max(0, m.start() - 30), m.start()) is None:
                yield m.span()
