"""Words around a capitalised run in a client story that say it is no client's name or place.

`phi_story` reads every capitalised run in a post already read as a client's
story. A country or a large region is no place smaller than a state, in
Spanish as in English ("su mamá está en Estados Unidos"); the author's own
origin or home ("Soy de Villa Fátima", "I grew up in Leeds") is theirs, not
the client's. And Spanish follows a name or a place with "de", "que", "por"
or a verb ("la familia Quispe de El Alto", "Rocío por fin habló"), words that
do not describe the run the way an English noun after it would ("a Dari song").
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.phi_countries import COUNTRIES

#: Spanish words that follow a name or a place rather than describe it.
SPANISH_NEXT = frozenset(
    (
        *("de", "del", "que", "en", "con", "por", "se", "me", "le", "lo", "nos"),
        *("les", "ya", "hoy", "ayer", "no", "vino", "llegó", "dijo", "cumplió", "canceló"),
    )
)
#: The author's own origin or home before the run: "Soy de Villa Fátima", "I'm from Leeds".
_OWN_ORIGIN = compiled(
    r"(?:^|[^\w'])(?i:soy de|yo soy de|vivo en|nací en|crecí en|i'm from|i am from|i grew up in"
    r"|i live in)\s+$"
)


def not_a_clients_place(text: str, start: int, words: list[str]) -> bool:
    """Whether a run is a country or region, or the author's own origin.

    Args:
        text: the draft, plain.
        start: where the run starts.
        words: the run's words.
    """
    return " ".join(words).lower() in COUNTRIES or (
        _OWN_ORIGIN.search(text, max(0, start - 14), start) is not None
    )
