"""Who said what in a Tagalog session story: a saying verb and the personal marker "ni".

Tagalog marks the one who speaks with "ni" after the verb of saying or asking
("sabi ni tatay", "tanong ni bata", "kwento ni client"). In a post about a
session or a consult, a client's parent or the client named that way, by role
and in lower case, is one person the author saw. A name-like kin word in
capitals ("sabi ni Nanay") is how writers speak of their own family, and "ko"
after the word ("sabi ni nanay ko") makes it the author's own; both pass.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: A verb of saying, asking, answering or telling, then "ni" (optionally "ako ni": asked me).
#: Kin words count only in lower case; client words in any case.
SAID_BY = compiled(
    r"\b(?:sabi|sinabi|tanong|tinanong|sagot|sinagot|kwento|kuwento|ikinuwento|reklamo"
    r"|sigaw|bulong|hiling|hiniling)\s+(?:(?:sa\s+)?(?:ako|akin|sa akin)\s+)?ni\s+"
    r"(?:(?-i:tatay|nanay|mommy|daddy|mama|papa|lola|lolo|tita|tito|kuya|ate|mister|misis)"
    r"|bata|client|patient|student|estudyante|pasyente|kliyente|teen|kid)\b"
    r"(?!\s+(?:ko|namin|natin|mo)\b)",
    _I,
)
#: The post speaks of the author's work with people: a session, consult or assessment.
_WORK = compiled(
    r"\b(?:sessions?|sesyon|therapy|consult\w*|assessment|intake|counsel+ing|play therapy)\b", _I
)


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of someone marked with "ni" as the speaker, in a post about a session.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, for the cheap gate.

    Returns:
        The saying verb and its speaker, for each such speaker.
    """
    if " ni " not in folded or _WORK.search(text) is None:
        return []
    return [m.span() for m in SAID_BY.finditer(text)]
