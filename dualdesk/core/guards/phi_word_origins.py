"""A word's origin, for the `phi` guard: "comes from Latin" names a language, not a place.

Posts about the words of the trade ("'Patient' comes from Latin patiens",
"'psyche' is Greek for soul", "the term derives from Old Norse") name a
language after "from". The sentence is about a word: it quotes the word or
calls it "the word" or "the term", and an origin verb ("comes from",
"derives from", "is borrowed from") or a language follows. No one's place is
told there.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE
#: A word quoted or named as a word: "'Patient'", "the word hysteria", "the term burnout".
_A_WORD = compiled(
    r"[\"'\u201c\u2018][^\"'\u201c\u201d\u2018\u2019\s]{2,30}(?: [^\"'\u201c\u201d\u2018\u2019\s]"
    r"{2,30})?[\"'\u201d\u2019]|\bthe (?:word|term|name|label|phrase|root|prefix|suffix)\b",
    _I,
)
#: Where a word comes from.
_ORIGIN = compiled(
    r"\b(?:comes?|came|derives?|derived|stems?|borrowed|taken|is|was) from\b"
    r"|\b(?:etymology|root|roots|origin|origins)\b",
    _I,
)


def word_origin(text: str, s: int, e: int) -> bool:
    """Whether the sentence text[s:e] tells where a word comes from.

    Args:
        text: the draft.
        s: where the sentence starts.
        e: where it ends.

    Returns:
        True when the sentence names a word as a word and an origin.
    """
    return _ORIGIN.search(text, s, e) is not None and _A_WORD.search(text, s, e) is not None
