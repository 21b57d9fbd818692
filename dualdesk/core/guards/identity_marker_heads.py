"""The distinctive head of a practice name, for the `identity_link` guard.

A practice is named in full on its profile ("Harbourlight Counselling",
"Open Door Relational Therapy", "Musique et Mémoire Musicothérapie") and by
its head in a sentence: "who at Harbourlight ate the tarts", "open door
relational turned 3". The head is what is left when the trailing word says
only what kind of practice it is (therapy, counselling, clinic, in any of a
few languages). A head of three or more words is distinctive in any case;
a shorter one only in its own capitals, and a single word only when it is
long (8 letters) and capitalised, so "Sunrise" of "Sunrise Therapy" or a
place name alone ("Fenway") is not taken for the practice.
"""

from __future__ import annotations

from functools import lru_cache

#: Trailing words that say what kind of practice a name is, not which one (lower case,
#: accents kept: the markers are compared before folding).
_KIND_WORDS = frozenset(
    {"therapy", "therapies", "therapeutics", "counselling", "counseling", "psychotherapy",
     "psychology", "psychiatry", "psychological", "clinic", "clinics", "practice",
     "services", "associates", "wellness", "wellbeing", "centre", "center", "consulting",
     "collective", "group", "partners", "pllc", "llc", "ltd", "inc", "musicothérapie",
     "thérapie", "psychothérapie", "psychologie", "clinique", "cabinet", "terapia",
     "psicología", "psicologia", "psicoterapia", "consultorio", "praxis", "therapie",
     "musiktherapie", "kaunseling"}
)  # fmt: skip
#: Joining words that may sit inside a head but neither open nor close it.
_JOINING = frozenset({"et", "and", "&", "of", "de", "la", "le", "y", "e", "und", "du", "des"})


@lru_cache(maxsize=8)
def marker_heads(markers: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return a practice name's heads: (any case, own capitals only).

    Args:
        markers: The profile's markers as text (websites and handles give nothing).

    Returns:
        Heads of three or more words, matched in any case; and shorter heads
        (two words, or one capitalised word of 8 letters or more), matched
        only as capitalised.
    """
    loose: list[str] = []
    cased: list[str] = []
    for marker in markers:
        words = marker.split()
        if len(words) < 2 or "." in marker or "@" in marker:
            continue
        while words and (words[-1].lower().strip(",") in _KIND_WORDS):
            words = words[:-1]
        while words and words[-1].lower() in _JOINING:
            words = words[:-1]
        if not words or len(words) == len(marker.split()) or words[0].lower() in _JOINING:
            continue
        if not all(w[:1].isupper() or w.lower() in _JOINING for w in words):
            continue
        head = " ".join(words)
        if len(words) >= 3:
            loose.append(head)
        elif len(words) == 2 or (len(head) >= 8 and head.isalpha()):
            cased.append(head)
    return tuple(loose), tuple(cased)
