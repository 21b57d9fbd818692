"""A client story in the grammar of a contact language: Pidgin or Singlish verbs and clauses.

Nigerian Pidgin and Singlish tell a past event with the bare verb and their own
grammar words, so the English readings ("told me", "a client I see") miss them:

- a relative clause with "wey" ("who/whom") and the author's care:
  "one woman wey I dey see for clinic", "the boy wey I don follow since March";
- a third person who tells the author, with a bare verb or a Pidgin auxiliary:
  "she tell me say…", "the man come tell me", "my client don tell me".

Not a story: a request ("make she tell me", "let him tell me", "did he tell me?"),
"they tell me" (anyone, of news), the author's own people ("my mama tell me say").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_telegraph import own

_I = re.IGNORECASE

#: People as such a story names them.
_PERSON = (
    r"(?:woman|man|boy|girl|lady|madam|oga|pikin|aunty|auntie|uncle|client|patient|mother"
    r"|father|mama|papa|student|teen|guy|babe|couple|husband|wife|youth|corper)"
)
#: "one woman wey I dey see": a person whom the author sees, treats or follows.
WEY_I_SEE = compiled(
    r"\b(?:one|the|this|that|dis|dat|a|my)\s+(?:[a-z-]+\s+)?" + _PERSON + r"\s+wey\s+i\s+"
    r"(?:dey\s+|don\s+|bin\s+|don dey\s+)?(?:see|treat|counsel|follow|manage|support|handle"
    r"|work with)\b",
    _I,
)
#: A third person telling the author, with the bare verb: "she tell me say", "e come tell me".
BARE_TOLD = compiled(
    r"\b(?:she|he|e|(?:the|this|dis|one|my)\s+(?:[a-z-]+\s+)?" + _PERSON + r")\s+"
    r"(?:(?:just|come|don|bin|later|finally|even)\s+){0,2}(?:tell|tel|talk to|beg|show|ask)\s+"
    r"me(?:\s+say)?\b",
    _I,
)
#: A request or a question before the teller: "make she tell me", "did he tell me".
_ASKED_BEFORE = compiled(
    r"\b(?:make|let|did|does|do|will|would|can|could|should|to|might|must|if|when)\s+$", _I
)

#: The author's own family and boss in these languages' words: "my mama", "my oga".
_OWN_KIN = compiled(
    r"\bmy\s+(?:mama|papa|mummy|daddy|mumsy|popsy|aunty|auntie|uncle|sister|brother|wife"
    r"|husband|oga|madam|pikin|babe)\b",
    _I,
)


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Return the spans of a client story told in Pidgin or Singlish grammar.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal ("" when lower-casing moves them).
    """
    folded = folded or text.lower()
    found: list[tuple[int, int]] = []
    if " wey " in folded:
        found += [m.span() for m in WEY_I_SEE.finditer(folded)]
    if " me" in folded and ("tell " in folded or " beg " in folded or " ask " in folded):
        for m in BARE_TOLD.finditer(folded):
            if not _ASKED_BEFORE.search(folded, max(0, m.start() - 8), m.start()):
                found.append(m.span())
    if found and (own(text) or _OWN_KIN.search(folded)):
        return []  # "my mama tell me say": the author's own family
    return found
