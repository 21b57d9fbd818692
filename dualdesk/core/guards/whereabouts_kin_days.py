"""A family day of the clinician's own: the author's kin, a day, and a place or an absence.

"My brother gets married in Napier on Saturday", "Nephew's passing-out
parade at Catterick tomorrow", "driving to my mum's in Ayr first thing",
"mi hijo's graduation tonight at the civic centre", "my daughter starts
school today so no replies from me until Monday": whoever reads this knows
where the clinician will be, and when. The shape is read by its parts, not
its wording: the author's kin ("my", "mi", "mein", "meri", or a kin's
possessive opening the sentence), a day in the same sentence, and a place
("in"/"at" a named place, "at the ...") or a note that the author is away.

Not the author's day: a client's or a student's family ("a client's son"),
and a kin's past ("my mum grew up in Ayr", "was born in").
Each pattern is bounded, and the pattern runs only when a kin word is in the
lower-cased text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import DAY_WORDS, sentence_bounds
from dualdesk.core.guards.whereabouts_outings import KIN
from dualdesk.core.guards.whereabouts_own_shapes import PLACE_TITLE, STOP

_I = re.IGNORECASE
#: Kin in the languages clinicians mix into English: Spanish, German, Hindi.
_KIN_MORE = (
    r"(?:hij[oa]s?|mam[aá]|pap[aá]|herman[oa]s?|abuel[oa]s?|t[ií][oa]s?|prim[oa]s?"
    r"|sobrin[oa]s?|tochter|sohn|schwester|bruder|mutter|vater|nichte|neffe|oma|opa"
    r"|beta|beti|didi|bhaiya|nani|dadi|mausi|chacha|chachi)"
)
#: "my" in those languages, then the kin: "my sister's", "mi hija", "meine kleine Nichte".
#: (The possessive opens the pattern so a scan skips every other letter quickly.)
_MY_KIN = compiled(
    r"(?:my|our(?! (?:family|kids?|teens?|boys|girls|friends?|folks|parents)\b)|mi|mis"
    r"|mein|meine|meinem|meinen|meiner|mera|meri|mere) "
    r"(?:(?:little|big|baby|eldest|youngest|twin|kleine|kleiner|gro(?:ß|ss)e) )?"
    rf"(?:{KIN}|{_KIN_MORE})(?:'s|s')?\b"
    # (a kind of work, not a kin: "my family therapy group")
    r"(?! (?:therap|counsel|practice|clinic|systems|work|medicine|law|court|support))"
)
#: A kin's possessive opening a sentence: "Niece's confirmation ...".
_KIN_OPENS = compiled(rf"\s*{KIN}(?:'s|s')\s", _I)
#: What the lower-cased text must hold for either to run.
_MY_KEYS = ("my ", " our ", "mi ", "mis ", "mein", "mera ", "meri ", "mere ")
#: A place in the sentence: a named one, or "at the ..." (a show, a fieldhouse, a church).
_PLACE = compiled(rf"\b(?:in|at) (?:the |a )?(?:[A-Z]'(?=[A-Z]))?{PLACE_TITLE}|\bat the [a-z]+")
#: An opening quote (after a space or at the start) and a closing one (before a space or a
#: stop): kin inside a quote are a speaker's ("'You're not my dad' shouted at ...").
_OPENING = compiled(r"(?:^|(?<=\s))['\"]")
_CLOSING = compiled(r"\w['\"](?=\s|[.,!?;:]|$)")
#: The author away because of it: "no emails from me until Monday", "slow replies today".
AWAY = compiled(
    r"\b(?:no|slow|late|delayed) (?:e-?mails?|replies|reply|dms?|messages|responses?)"
    r"(?: from me)?\b(?=[^.!?\n]{0,30}\b(?:until|till|today|tonight|tomorrow|this week"
    r"|this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    _I,
)
#: A time in the same sentence besides the day words: "today", "this morning", "first thing".
_TODAY = compiled(
    r"\b(?:today|this (?:morning|afternoon|evening)|first thing|all day|heute|hoy|aaj)\b", _I
)
#: Not the author's day: a client's family, or a kin's past.
_NOT_OWN = compiled(
    r"\b(?:clients?|patients?|students?|consumers?|grew up|was born|were born|used to"
    r"|passed away|died|lived)\b",
    _I,
)


def kin_days(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Yield spans where `text` tells a family day of the author's, with a place or absence.

    Args:
        text: The draft, with plain quotes.
        low: `text` lower-cased, or None (then it is lower-cased here).

    Yields:
        Start and end offsets from the kin word to the place or the absence.
    """
    low = low if low is not None else text.lower()
    found: list[tuple[int, int]] = []
    if any(map(low.__contains__, _MY_KEYS)):
        found.extend(
            m.span()
            for m in _MY_KIN.finditer(low)
            if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "'")
        )
    if "'s " in low or "s' " in low:
        for start in (0, *(m.end() for m in STOP.finditer(text))):
            opened = _KIN_OPENS.match(text, start)
            if opened is not None:
                found.append((opened.end() - len(opened.group().lstrip()), opened.end()))
    for start, end in found:
        s, e = sentence_bounds(text, start)
        if _NOT_OWN.search(text, s, e) or _quoted(text, s, start):
            continue
        if DAY_WORDS.search(text, s, e) is None and _TODAY.search(text, s, e) is None:
            continue
        where = _PLACE.search(text, end, e) or AWAY.search(text, end, e)
        if where is not None:
            yield start, where.end()


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether `pos` is inside a quote opened after `start` and not yet closed."""
    opened = -1
    for m in _OPENING.finditer(text, start, pos):
        opened = m.end()
    return opened >= 0 and _CLOSING.search(text, opened, pos) is None
