"""`phi`: a date written with dots, day first, as much of Europe writes it: "03.04.1931".

`lexicon.DATE` reads "3/4/1931", "1931-04-03" and dates in words; many
writers (German, Nordic, Polish, Russian, Turkish) put dots between day,
month and year. Such a date is a person's when its sentence ties it to
someone, as `phi_public_dates.tied_dates` asks of the others: a birth, an
admission, a death, "she", "his" (`phi_patterns.DATE_CUE`). The year must
be there (so "3.5" and "1.2" stay numbers), the day and month must be real,
and a version number ("v2.4.12") or a sentence about the public is left.
"""

from __future__ import annotations

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds

Span = tuple[int, int, str, str]

_DOTTED = compiled(
    r"(?<![\w.,/-])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?:19|20)?\d\d(?![\w]|[.,/-]\d)"
)

#: What a dotted date needs: a digit, a dot, a digit.
_DOT_HINT = compiled(r"\d\.\d")


def dotted_dates(text: str, public: Hits) -> list[Span]:
    """Spans of dotted dates in sentences that tie them to someone.

    Args:
        text: the draft, plain.
        public: where the draft speaks of public or historical things.

    Returns:
        (start, end, kind, advice) spans.
    """
    if text.count(".") < 2 or _DOT_HINT.search(text) is None:
        return []
    found: list[Span] = []
    for m in _DOTTED.finditer(text):
        if not (1 <= int(m.group("day")) <= 31 and 1 <= int(m.group("month")) <= 12):
            continue
        s, e = sentence_bounds(text, m.start())
        if pp.DATE_CUE.search(text, s, e) is None or public.within(s, e):
            continue
        found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    return found
