"""Marks of one session or one client that carry no clinical noun of their own.

- a numbered session, then what the people in it did: "First joint
  session nobody would sit…", "Third session, they finally laughed";
- people who did something in the author's room: "a couple found out in my
  office that…", "the dad cried in my room";
- a session summed up as a fragment, then the author's state: "Heavy
  session. Need a minute.", "Rough session." (the author's own, just
  now);
- a client's words shared with consent: "quoting with permission: '…'",
  "sharing with consent: …";
- an initial's relative: "call T's mum back", "R's dad rang".

Talks and workshops ("Intense session. Thanks to all who attended"),
advice about first sessions ("First session, they'll ask about…"), a
publisher's permission and plans with a letter ("Plan B's") are not a case.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Folding
from dualdesk.core.guards.story_patterns import IRREGULAR

_I = re.IGNORECASE
_PAST = rf"(?:[a-z]{{3,}}ed|{IRREGULAR}|would(?:n't| not)?\s+[a-z]+|could(?:n't| not)\s+[a-z]+)"
#: "Third session, they shared…": a numbered session, then what the people did.
NUMBERED = compiled(
    r"\b(?:first|second|third|fourth|fifth|sixth|last|final|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:(?:joint|family|couples?|group|individual)\s+)?session\s*[,:-]?\s+"
    rf"(?:they|he|she|nobody|no one|neither|both(?: of them)?|everyone|mum|mom|dad)\s+{_PAST}\b",
    _I,
)
#: "Pre-marital couple discovered in my office that…": people acting in the author's room.
IN_MY_ROOM = compiled(
    r"\b(?:couple|family|siblings|parents|mum|mom|dad|teen|kid|man|woman|lady|guy|boy|girl"
    rf"|partners)\s+(?:[a-z]+\s+){{0,2}}?{_PAST}\s+(?:[\w'-]+\s+){{0,3}}?in\s+my\s+(?:office"
    r"|room|consulting room|therapy room)\b",
    _I,
)
#: "Heavy session." opening the post or a sentence, the author's state after it.
FRAGMENT = compiled(
    r"(?:^|(?<=[.!?]\s))(?:(?:really|very|such a|what a)\s+)?(?:heavy|tough|hard|rough|brutal"
    r"|draining|gutting|emotional|tearful)\s+session(?:\s+today)?\s*[.!]",
    _I,
)
#: Talks, trainings and gyms that also have "sessions".
_NOT_THERAPY = compiled(
    r"\b(?:attend\w*|speakers?|panel\w*|webinar|workshop|conference|slides|keynote|training"
    r"|gym|workout|lifting|legs|cardio|studio|recording|jam)\b",
    _I,
)
#: "quoting with permission: '…'": a client's words shared with their consent.
CONSENT = compiled(
    r"\b(?:quoting|sharing|shared|quoted|posting|using|used|reposting)\s+(?:this\s+|these\s+)?"
    r"(?:words\s+)?with\s+(?:(?:their|his|her|full|explicit)\s+)?(?:permission|consent)\b"
    r"(?!\s+(?:of|from)\b)",
    _I,
)
#: "call T's mum back": a letter standing for a client, then their relative.
INITIAL_KIN = compiled(
    r"(?<![\w.'])(?-i:[A-Z])(?:'s|s')\s+(?:mum|mom|mam|mother|dad|father|parents|gran|granny"
    r"|grandma|grandmother|nan|carer|foster (?:mum|mom|parents|carer)|teacher|school|sister"
    r"|brother|aunt|auntie|uncle|guardian)\b",
    _I,
)
_F_NUMBERED = Folding(NUMBERED)
_F_FRAGMENT = Folding(FRAGMENT)
_F_IN_MY_ROOM = Folding(IN_MY_ROOM)
_F_CONSENT = Folding(CONSENT)


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a session or a client marked without a clinical noun.

    Args:
        text: The draft, plain.
        folded: `text` lower-cased ("" when offsets would move).

    Returns:
        (start, end) spans; empty when none of the marks is present.
    """
    low = folded or text.lower()
    fold = folded or None
    found: list[tuple[int, int]] = []
    if "session" in low:
        found += [m.span() for m in _F_NUMBERED.finditer(text, fold)]
        fragments = [m.span() for m in _F_FRAGMENT.finditer(text, fold)]
        if fragments and _NOT_THERAPY.search(text) is None:
            found += fragments
    if "in my " in low:
        found += [m.span() for m in _F_IN_MY_ROOM.finditer(text, fold)]
    if "permission" in low or "consent" in low:
        found += [m.span() for m in _F_CONSENT.finditer(text, fold)]
    if "'s " in low or "s' " in low:
        found += [m.span() for m in INITIAL_KIN.finditer(text)]
    return found
