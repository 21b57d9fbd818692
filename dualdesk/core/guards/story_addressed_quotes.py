"""A quote that opens by calling the author by their clinical title: a client speaking.

"'Doctor sahiba, I just want one day…'", "'Ma'am, pwede po ba ako umiyak dito?'",
"'Nurse, I can't sleep again'": a quote in the first person that begins by
addressing the author as doctor, nurse or ma'am is one person's words to the
author in the work, whatever language follows. Read on the professional account
only, where the title is the author's.

Not a client: someone the post names as outside the work (a driver, a stranger,
a neighbour, the author's own family), an old joke or a sketch, a quote with no first person in it
("'Doc, what's the best diet?'" asks for general advice), and a quote in a
sentence that opens as a general frame ("When a patient says 'Doctor, I…'") or says
it is heard often ("Students often ask me, 'Ma'am, …'").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_filters import GENERIC_START
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: An opening quote mark, then the author's title as a form of address and a comma.
ADDRESSED = compiled(
    r"(?:^|(?<=[\s(:]))[\"'\u201c\u2018](?:(?:doctor|doc|dr\.?|doktora?|ma['\u2019]?am|nurse"
    r"|sister|madam|sir|miss|counsell?or|coach)(?:\s+(?:sahiba?|saab|sahab|ji|po))?)"
    r",\s+(?P<said>[^\"\u201c\u201d\n]{4,200})",
    _I,
)
#: Before the quote in its sentence: words said again and again, by many ("Students often ask
#: me, 'Ma'am, …'"): a common question, not one person's.
_HABITUAL = compiled(
    r"\b(?:often|always|usually|sometimes|constantly|regularly|keep|every time|whenever|so many"
    r"|a lot of|(?:clients|patients|students|kids|parents|families|people) (?:ask|say|tell))\b",
    _I,
)
#: The speaker in the first person (English, Tagalog, Urdu or Hindi in Latin letters), or
#: speaking to the author with Tagalog's or Urdu's polite "you" ("anong fave niyo?").
_FIRST_PERSON = compiled(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|ako|ko|akin|sakin|namin|kami|main|mujhe|mera"
    r"|meri|mere|hum|humein|kayo|niyo|ninyo|niyong|ninyong|aap|aapko|aapka|aapki)\b",
    _I,
)
#: Someone the post names as outside the work, or a joke's or a sketch's line: not a client's.
_OUTSIDE = compiled(
    r"\b(?:jokes?|punchline|meme|cartoon|sketch|sitcom|driver|stranger|cashier|waiter|waitress|barista|neighbou?r|seatmate|passenger"
    r"|vendor|tito|tita|uber|taxi|cabbie|cab|rickshaw|tricycle|jeepney|grab|salesman|teller"
    r"|my (?:son|daughter|kids?|mom|mum|mother|dad|father|husband|wife|partner|niece"
    r"|nephew|pamangkin|lola|lolo|nani|dadi|cousin|friend))\b",
    _I,
)


def _general(text: str, quote: int) -> bool:
    """Whether the quote's sentence opens as a general frame or says it is often heard."""
    start = sentence_bounds(text, quote)[0]
    return bool(GENERIC_START.match(text, start) or _HABITUAL.search(text, start, quote))


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a first-person quote addressed to the author by their title.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, for the cheap gate.
        professional: whether the draft is for the professional account.

    Returns:
        Spans of each such quote's opening address.
    """
    if not professional or "," not in text or not holds_any(text, "\"'\u201c\u2018"):
        return []
    found = [
        (m.start(), m.start("said"))
        for m in ADDRESSED.finditer(text)
        if _FIRST_PERSON.search(m.group("said")) and not _general(text, m.start())
    ]
    if found and _OUTSIDE.search(folded or text):
        return []
    return found
