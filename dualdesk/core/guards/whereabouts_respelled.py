"""Whereabouts spoken with "da" for "the", "dis" for "this", "arvo" for "afternoon".

Hawaii Pidgin, Caribbean and other spoken Englishes write "at da DMV",
"dis weekend", "dat side". The whereabouts patterns are written with the
standard words, so a draft holding such a spelling is read a second time in
the standard words (`spoken_english.as_english`, the rewrite the clinical
guard uses too; "arvo" has its own), and the spans found there are mapped back onto the draft.
A draft without these spellings costs one substring check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.spoken_english import as_english, rewrite

Span = tuple[int, int, str]
#: Australian "arvo" for "afternoon" ("this arvo", "Sunday arvo").
_ARVO = compiled(r"\barvo\b", re.IGNORECASE)


def with_respelled(text: str, spans_of: Callable[[str], list[Span]]) -> list[Span]:
    """Return `spans_of(text)` plus the spans found in the standard spelling of `text`.

    Args:
        text: the draft (plain quotes).
        spans_of: the reader of whereabouts spans (start, end, what) in a text.

    Returns:
        Spans with offsets in `text`; they may overlap (the caller keeps the first).
    """
    found = spans_of(text)
    low = text.lower()
    if "arvo" in low:
        again = rewrite(text, _ARVO, lambda _: "afternoon")
    elif "da " not in low and "dis " not in low and "dat " not in low:
        return found
    else:
        again = as_english(text)
    if again is None:
        return found
    standard, starts, ends = again
    for start, end, what in spans_of(standard):
        found.append((starts[start], ends[end - 1], what))
    return found
