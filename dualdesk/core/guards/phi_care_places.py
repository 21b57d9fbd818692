"""`phi`: the place where a client is cared for or visited, said beside the client.

"Off to St Jude's for a discharge meeting about a lad I see", "home visit on
Cedar Grove", "her dad rang me from the car park of Ninewells Hospital": a
named hospital, ward or street where a care event of one of the author's
clients happens is where that client is (for a hospital, that they were
admitted), a place smaller than a state tied to a person. Three shapes:

- a named place, then "for a <care meeting> about|on|for <a client>": the
  meeting is about one person and held where they are;
- "home visit at|on|in|to <place>": the place is the client's home;
- a place named as a hospital ("<Name> Hospital", "<Name> Infirmary") in a
  sentence that ties it to the author's own client ("a client's mum", "my
  patient", "one of my young people").

A talk, training or a conference at a hospital ("speaking at Ninewells
Hospital on trauma") names no client and does not fire; neither does a
known word (a month, a country, a state) after "home visit in".
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_words import known_word

Span = tuple[int, int, str, str]

#: A named place: "the Mater", "St Jude's", "CGH", "Royal Oldham", "Boon Lay Drive".
_PLACE = (
    r"(?P<place>(?:the\s+)?(?:[A-Z]{2,5}\b|(?:St\.?\s+|Saint\s+)?[A-Z][a-z'\u2019]+"
    r"(?:[ -][A-Z][a-z'\u2019]+){0,3}))"
)
#: One of the author's own clients: "my client", "a lad I see", "one of my young people".
_CLIENT = (
    rf"(?:one of (?:my|our) (?:[\w-]+\s+)?(?:{pp.PERSON_NOUN}|people|young people|families)s?"
    rf"|(?:my|our|a|an|the)\s+(?:[\w-]+\s+)?(?:{pp.PERSON_NOUN})"
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:who|whom|that|i|we|on|in|at|with|and|from|i've|i'm)\b)))"
)
#: A care meeting held at a named place about one client.
_MEETING_AT = compiled(
    rf"(?i:\b(?:at|to|in|into|from|visiting)\s+){_PLACE}\s+(?i:for\s+(?:a|an|the|her|his|their"
    r"|my)\s+(?:[\w-]+\s+){0,2}?(?:case conference|review|meeting|ward round|assessment"
    r"|tribunal|hearing|core group|visit|consult|cpa|handover)s?\s+(?:about|on|for|re|with"
    rf"|regarding)\s+{_CLIENT})"
)
#: A home visit at a named place: the client's home.
_HOME_VISIT = compiled(
    r"(?i:\bhome[- ]visits?(?:\s+(?:out|over|up|down|across|round))?"
    r"\s+(?:at|on|in|to|near|round|around)\s+)(?P<place>(?:St\.?\s+)?[A-Z][a-z'\u2019]+"
    r"(?:[ -][A-Z][a-z'\u2019]+){0,3})"
)
#: A place named as a hospital.
_HOSPITAL = compiled(
    r"(?P<place>(?:St\.?\s+|Saint\s+)?[A-Z][a-z'\u2019]+(?:\s+[A-Z][a-z'\u2019]+){0,3}"
    r"\s+(?:Hospital|Infirmary|Hospice|Medical Cent(?:re|er)))\b"
)
#: The author's own single client in the sentence, possessed or theirs: "a client's mum".
_OWN_CLIENT = compiled(
    r"\b(?:(?:my|our)\s+(?:[\w-]+\s+)?(?:client|patient|service user|young person)\b(?!s)"
    r"|(?:a|one of my)\s+(?:[\w-]+\s+)?(?:client|patient|service user)(?:'s|\u2019s)"
    r"|one of my (?:[\w-]+\s+)?(?:clients|patients|young people|kids|families))",
    re.IGNORECASE,
)
_KIND = "a place smaller than a state"
_ADVICE = "Leave out where the client is cared for or visited."
#: A care meeting's first words: `_MEETING_AT` runs only with one of them just after " for ".
_MEETING_WORDS = frozenset(
    ("case", "review", "meeting", "ward", "assessment", "tribunal", "hearing", "core", "visit",
     "consult", "cpa", "handover", "discharge", "reviews", "meetings")
)  # fmt: skip


def _meeting_near(folded: str) -> bool:
    """Whether a care meeting's word comes within four words after some " for "."""
    at = folded.find(" for ")
    while at != -1:
        if not _MEETING_WORDS.isdisjoint(folded[at + 5 : at + 45].split()[:4]):
            return True
        at = folded.find(" for ", at + 5)
    return False


def care_places(text: str, folded: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of a named place where one of the author's clients is cared for or visited.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s ("" when they would move).
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's own names.

    Returns:
        (start, end, kind, advice) spans.
    """
    folded = folded or text.lower()
    found: list[Span] = []
    meeting = _meeting_near(folded)
    visits = _HOME_VISIT.finditer(text) if "visit" in folded else ()
    for m in (*(_MEETING_AT.finditer(text) if meeting else ()), *visits):
        place = m.group("place")
        bare = place[4:] if place[:4].lower() == "the " else place
        if known_word(bare.split()[0], own) or public.within(*sentence_bounds(text, m.start())):
            continue
        found.append((*m.span("place"), _KIND, _ADVICE))
    if "hospi" in folded or "infirm" in folded or "medical cent" in folded:
        for m in _HOSPITAL.finditer(text):
            s, e = sentence_bounds(text, m.start())
            if _OWN_CLIENT.search(text, s, e) and not public.within(s, e):
                found.append((*m.span("place"), _KIND, _ADVICE))
    return found
