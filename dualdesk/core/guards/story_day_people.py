"""One person the author met at work today, pointed at by the day itself.

The day singles the person out even when no clinical noun does:

- a person labelled by when the author saw them: "the young fella from
  today", "the woman from this morning who…", "the couple from my 3pm";
- the author's act of care done to "someone" with a time: "had to certify
  someone today", "ended with someone today after two years", "said
  goodbye to somebody this week after 18 months";
- a counted few from today's list who told the author something: "three
  people today told me…", "two of my clients this week said…";
- "today he/she…" in a post about the author's work (a session, recovery,
  insight, the waiting room), when no kin or colleague is the one meant.

Labels with a possessive ("the speaker from today's panel"), conditions and
advice ("if you have to certify someone…") and one's own family are not a
case.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Folding, sentence_bounds
from dualdesk.core.guards.story_people import OWN_PEOPLE

_I = re.IGNORECASE
_DAY = (
    r"(?:today|tonight|yesterday|earlier|this\s+(?:morning|afternoon|evening|week)"
    r"|last\s+(?:night|week))"
)
_ONE = (
    r"(?:man|woman|lady|guy|fella|fellow|bloke|chap|gent|gentleman|kid|teen|girl|boy|lad|lass"
    r"|mum|mom|mam|dad|couple|family|grandmother|grandfather|granny|youngster|one)"
)
#: "the young fella from today", "the lady from my 3pm": a person labelled by the day.
FROM_TODAY = compiled(
    rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{_ONE}\s+from\s+(?:{_DAY}|(?:my\s+)?(?:\d{{1,2}}(?::\d\d)?"
    r"\s?(?:am|pm)|intake|clinic|group))\b(?!['\u2019]s)",
    _I,
)
#: The author's act on "someone", with a time: "had to certify someone today".
ACTED_ON = compiled(
    r"\b(?:certif(?:y|ied)|section(?:ed)?|hospitali[sz]e[d]?|admit(?:ted)?|discharge[d]?"
    r"|refer(?:red)?|diagnose[d]?|(?:ended|finished|closed|terminated|wrapped up) with"
    r"|said (?:goodbye|our goodbyes) to|(?:last|final) session with)\s+(?:someone|somebody)\b"
    rf"[^.!?\n]{{0,30}}?\b(?:{_DAY}|after\s+(?:\d+|a|one|two|three|four|five|six)\s+(?:years?"
    r"|months?|weeks?|sessions?))\b",
    _I,
)
#: "Three people in a row today told me…": a count of today's clients, and what they said.
COUNTED_TOLD = compiled(
    r"\b(?:two|three|four|five|six|\d)\s+(?:people|clients|patients|families|parents|teens"
    r"|of my (?:clients|patients|people|families))\s+(?:in a row\s+)?(?:today|this\s+(?:morning"
    r"|afternoon|week))\s+(?:have\s+)?(?:told me|said|mentioned|brought up|described|cried)\b",
    _I,
)
#: "today he brought…": the day, then a third person acting.
TODAY_HE = compiled(
    r"\b(?:today|this\s+(?:morning|afternoon))\s*,?\s+(?P<who>(?:he|she)\s+(?:was|is|has|had|did"
    r"|just|finally|actually|[a-z]{3,}ed|brought|came|told|said|walked|drove|made|gave|sat"
    r"|got|went|left|took|ran|wrote|showed))\b",
    _I,
)
#: The author's work in the post, for "today he…".
_AT_WORK = compiled(
    r"\b(?:sessions?|waiting room|insight|recovery|sober|relapse|clinic|follow-?up|therapy"
    r"|counsell?ing|appointment|intake|meds|medication|ward|group)\b",
    _I,
)
_F_FROM_TODAY = Folding(FROM_TODAY)
_F_ACTED_ON = Folding(ACTED_ON)
_F_COUNTED_TOLD = Folding(COUNTED_TOLD)
_F_TODAY_HE = Folding(TODAY_HE)
_F_AT_WORK = Folding(_AT_WORK)
#: A condition, a habit or advice before the act.
_GENERAL = compiled(r"\b(?:if|when|whenever|ever|every|each|you|should|never|how)\b", _I)


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a person the day singles out.

    Args:
        text: The draft, plain.
        folded: `text` lower-cased ("" when offsets would move).

    Returns:
        (start, end) spans; empty when no such person is told of.
    """
    low = folded or None
    folded_text = folded or text.lower()
    found: list[tuple[int, int]] = []
    if " from " in folded_text:
        found += [m.span() for m in _F_FROM_TODAY.finditer(text, low)]
    if "today" in folded_text or "this " in folded_text:
        found += [m.span() for m in _F_COUNTED_TOLD.finditer(text, low)]
        if " he " in folded_text or " she " in folded_text:
            found += _today_he(text, low)
    if "somebody" in folded_text or "someone" in folded_text:
        for m in _F_ACTED_ON.finditer(text, low):
            clause = max(text.rfind(c, 0, m.start()) for c in ".!?;:\n") + 1
            if _GENERAL.search(text, clause, m.start()) is None:
                found.append(m.span())
    return found


def _today_he(text: str, low: str | None) -> list[tuple[int, int]]:
    """Spans of "today he/she…" in a post about the author's work, with no kin or colleague."""
    found = []
    for m in _F_TODAY_HE.finditer(text, low):
        s, _ = sentence_bounds(text, m.start())
        if _GENERAL.search(text, s, m.start()) is None:
            found.append((m.start("who"), m.end()))
    if not found or OWN_PEOPLE.search(text) or next(_F_AT_WORK.finditer(text, low), None) is None:
        return []
    return found
