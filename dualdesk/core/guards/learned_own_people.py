"""When the clinical model holds back on a personal draft: the author's own people.

On the personal account the clinical model reads every draft, and a bag of
words cannot tell "my mum rang three times today" or "the guy I've been
seeing said he wants a break" from a session. A personal draft about the
author's own kin, neighbours or friends, or the author's own therapy, with
no word of client work, needs a wider margin (`OWN_PEOPLE_MARGIN`); one
about someone the author is dating is not heard at all (`DATE_MARGIN`).
"""

from __future__ import annotations

import math
import re

from dualdesk.core.guards import story_people as pe
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.learned_gates import QUOTED
from dualdesk.core.guards.personal_life import CLIENT_WORK, names_a_date, own_therapy

#: Log-odds above its personal threshold the clinical model needs on a personal draft about
#: the author's own people (kin, neighbours, friends) with no word of client work: "my mum
#: rang three times today", "the auntie next door turned 90". Over the corpus such drafts
#: were all false alarms, the highest 2.2 above the threshold.
OWN_PEOPLE_MARGIN = 2.5
#: On a personal draft about someone the author is dating, with no word of client work
#: ("the guy I've been seeing said he wants a break"), the model is not heard at all: its
#: bag of words reads "I've been seeing ... said" as a client story, and the rules, which
#: read the whole phrase, have judged it a date (`personal_life`).
DATE_MARGIN = math.inf
#: The author's own people: kin after "my", "mi" or "our", and the neighbours.
_OWN_PEOPLE = compiled(
    rf"{pe.OWN_KIN.pattern}|\b(?:my|our) (?:husband|wife|partner|son|daughter|kids?|baby"
    r"|friends?|bestie|neighbou?rs?)\b"
    r"|\bmis? (?:mam[aá]|pap[aá]|abuel[ao]|herman[ao]|hij[ao]|prim[ao]|t[ií][ao]"
    r"|sobrin[ao]|suegr[ao]|espos[ao]|novi[ao]|amig[ao])s?\b"
    r"|\bnext door\b|\bneighbou?rs?\b",
    re.IGNORECASE,
)
#: The author taken for another role at work: a story about the author, not a client ("me
#: confundieron con el médico de turno", "someone mistook me for the nurse again").
_TAKEN_FOR = compiled(
    r"\b(?:me (?:confundieron|confunden|confundió|confunde) con|mistook me for|mistake me for"
    r"|(?:got|was|get|am|keep getting) mistaken for|thought i was)"
    r" (?:el|la|un|una|the|a|an) (?:médic[oa]|doctor[a]?|enfermer[oa]|doctor|nurse|receptionist"
    r"|secretari[oa]|recepcionista|cleaner|orderly|porter|intern|residente?)\b",
    re.IGNORECASE,
)
#: A kin word's possessive with no determiner, as a casual post opens a sentence:
#: "daughter's teacher says…" (read before quotes are blanked: its "'" is no quote).
_KIN_OPENS = compiled(
    r"(?:^|[.!?:]\s+|\n)(?:son|daughter|kid|kiddo|hubby|husband|wife|mum|mom|dad|sis|bro)'s\b",
    re.IGNORECASE,
)


def personal_clinical_margin(text: str) -> float:
    """Return the extra log-odds the clinical model needs on a personal draft.

    Args:
        text: the personal draft.
    """
    if own_therapy(text) or _TAKEN_FOR.search(text):
        return OWN_PEOPLE_MARGIN  # "my therapist said she was proud of me": the author's life
    if CLIENT_WORK.search(text):
        return 0.0
    if names_a_date(text):
        return DATE_MARGIN
    if _OWN_PEOPLE.search(QUOTED.sub(" ", text)) or _KIN_OPENS.search(text):
        return OWN_PEOPLE_MARGIN
    return 0.0
