"""People named where a clause opens: "Lad from the estate came in", "Bloke on the bus told me".

`clinical_story` tries two patterns at the start of the post and after each
clause break (`story_patterns.CLAUSE_START`) instead of at every position:
`ONE_PERSON_AT_START` and the described people who did something to the
author (`story_witness.WITNESSED`). The breaks are found once for both.

`ONE_PERSON_AT_START` is a long alternation tried whole at each break. Two
of its branches are slow there and rare in drafts: "a mum of three" (a count
after " of ") and "someone I've been seeing" ("I" or "we" then a verb of the
work). A draft that holds none of the words either branch needs cannot
match it anywhere, so the pattern without those branches finds the same
first match at every break: the engine tries branches in order, and the ones
left out could never have been the first to match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import cache

from dualdesk.core.guards import story_patterns as sp
from dualdesk.core.guards import story_witness as sw
from dualdesk.core.guards.clinical_gates import pronoun_clause
from dualdesk.core.guards.lexicon import Folding, sentence_bounds
from dualdesk.core.guards.required_words import alternatives, required
from dualdesk.core.guards.story_anyone import listed

_AT_START = Folding(sp.ONE_PERSON_AT_START)

_HEAD = r"(?=\w)(?:"
#: ONE_PERSON_AT_START's top-level branches, in order.
_BRANCHES = tuple(
    p.pattern[len(_HEAD) : -1]
    for p in alternatives(re.compile(f"{_HEAD}{sp.ONE_PERSON_AT_START.pattern})"))
)
if "|".join(_BRANCHES) != sp.ONE_PERSON_AT_START.pattern:  # not split as expected: keep it whole
    _BRANCHES = (sp.ONE_PERSON_AT_START.pattern,)


def _rare(branch: str) -> Callable[[str], bool] | None:
    """For a slow, rare branch, a test of the lower-cased draft False only when it cannot match.

    Its required words (`required_words`), and for "someone I've been seeing" a space, then
    "i" or "we", then a space or an apostrophe.
    """
    pronoun = branch.startswith(r"(?:[\w-]+\s+){1,3}?(?:i|we)")
    if not (pronoun or " of (?:two|three" in branch):
        return None
    needs = required(re.compile(branch, sp.ONE_PERSON_AT_START.flags & ~re.IGNORECASE))
    if needs is None:
        return None

    def holds(low: str) -> bool:
        for need in needs:
            if need in low:
                return not pronoun or pronoun_clause(low)
        return False

    return holds


_RARE = tuple(holds for holds in map(_rare, _BRANCHES) if holds is not None)


@cache
def _common() -> Folding:
    """ONE_PERSON_AT_START without its rare branches (compiled on first use, not at import)."""
    kept = "|".join(b for b in _BRANCHES if _rare(b) is None)
    return Folding(re.compile(kept, sp.ONE_PERSON_AT_START.flags))


def _at_start(lower: str | None) -> Folding:
    """The pattern to try at each break: without the rare branches if the draft rules them out."""
    if lower is None or len(_RARE) != 2 or _AT_START._lower is None:
        return _AT_START  # the lower-cased tests say nothing of a case-insensitive scan
    for holds in _RARE:
        if holds(lower):
            return _AT_START
    return _common()


def clause_people(
    text: str, lower: str | None, folded: str, professional: bool
) -> Iterator[re.Match[str]]:
    """`at_clause_starts`, then on the professional account `witnessed`, at the same breaks.

    Args:
        text: the draft, plain.
        lower: `lexicon.lowered(text)`.
        folded: `text` lower-cased.
        professional: whether the draft is for the professional account.
    """
    starts = [0, *(m.end() for m in sp.CLAUSE_START.finditer(text))]
    yield from at_clause_starts(text, lower, starts)
    if professional:
        yield from witnessed(text, folded, starts)


def at_clause_starts(text: str, lower: str | None, starts: list[int]) -> Iterator[re.Match[str]]:
    """Matches of ONE_PERSON_AT_START at `starts` (clause breaks), not in a list of things."""
    pattern = _at_start(lower)
    for pos in starts:
        m = pattern.match(text, lower, pos)
        if m and not listed(text, pos, m.group()):  # "money, family, faith": a list of things
            yield m


def witnessed(text: str, folded: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Described people at clause starts who did something to the author, in a moment.

    Tried only at clause starts a short way before a "me", "my" or "us".
    """
    if " me" not in folded and " my " not in folded and " us" not in folded:
        return
    objects = [m.start() for m in sw.OBJECT.finditer(folded)]
    for pos in starts:
        i = bisect_left(objects, pos)
        if i == len(objects) or objects[i] - pos > sw.PHRASE_REACH:
            continue
        m = sw.WITNESSED.match(text, pos)
        if m and sw.MOMENT.search(text, *sentence_bounds(text, pos)):
            yield m
