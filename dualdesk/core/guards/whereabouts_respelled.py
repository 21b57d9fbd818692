"""Articles and pointers spelled as spoken: "da" for "the", "dis" for "this".

Hawaii Pidgin, Caribbean and other spoken Englishes write "at da DMV",
"dis weekend", "dat side". The whereabouts patterns are written with the
standard words, so a draft holding such a spelling is read a second time
with the standard words put in, and the spans found there are mapped back
onto the draft. A draft without these spellings costs one substring check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dualdesk.core.guards.alternation_trie import compiled

Span = tuple[int, int, str]

#: The spoken spellings, each a whole word.
_SPOKEN = compiled(r"\b(?:da|dis|dat)\b", re.IGNORECASE)
_STANDARD = {"da": "the", "dis": "this", "dat": "that"}


def respelled(text: str) -> tuple[str, list[int]] | None:
    """Return `text` with spoken spellings made standard, and where each character came from.

    Args:
        text: the draft (plain quotes).

    Returns:
        None when the draft has no such spelling; else the new text and, for
        each of its offsets (and its end), the offset in `text` it comes from.
    """
    low = text.lower()
    if "da " not in low and "dis " not in low and "dat " not in low:
        return None
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _SPOKEN.finditer(text):
        pieces.append(text[last : m.start()])
        origin.extend(range(last, m.start()))
        word = _STANDARD[m.group().lower()]
        if m.group()[0].isupper():
            word = word.capitalize()
        pieces.append(word)
        # every letter of the standard word maps onto the spoken word's span
        origin.extend(min(m.start() + i, m.end() - 1) for i in range(len(word)))
        last = m.end()
    if not pieces:
        return None
    pieces.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return "".join(pieces), origin


def with_respelled(text: str, spans_of: Callable[[str], list[Span]]) -> list[Span]:
    """Return `spans_of(text)` plus the spans found in the standard spelling of `text`.

    Args:
        text: the draft (plain quotes).
        spans_of: the reader of whereabouts spans (start, end, what) in a text.

    Returns:
        Spans with offsets in `text`; they may overlap (the caller keeps the first).
    """
    found = spans_of(text)
    again = respelled(text)
    if again is None:
        return found
    standard, origin = again
    for start, end, what in spans_of(standard):
        found.append((origin[start], origin[end - 1] + 1, what))
    return found
