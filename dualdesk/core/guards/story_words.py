"""One person singled out by a word ("a lad", "one of mine", "my 2pm"), branch by branch.

`story_patterns.ONE_PERSON_WORD` is one long alternation; run as one scan,
the engine tries its 38 branches at every word of a draft. Apart, each
branch gets its own required-word gate and first-character hint
(`required_words`), which halves the time. Apart, a branch may also find a
match that overlaps another branch's, which the single scan skipped: a
longer underline, never a different rule or severity on the corpus.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import story_patterns as sp
from dualdesk.core.guards.clinical_gates import gated
from dualdesk.core.guards.lexicon import Folding, lowered
from dualdesk.core.guards.required_words import alternatives

#: The branches, each behind its hand-written gate where it has one (`clinical_gates`).
_WORDS = tuple(gated(Folding(p)) for p in alternatives(sp.ONE_PERSON_WORD))


def matches(text: str, low: str | None) -> list[re.Match[str]]:
    """Every branch's matches in `text` (`low` is `lowered(text)`), branch after branch."""
    found: list[re.Match[str]] = []
    for word in _WORDS:  # a plain loop: no generator resumed per branch
        found.extend(word.finditer(text, low))
    return found


def any_in(text: str) -> bool:
    """Whether some branch matches anywhere in `text`."""
    low = lowered(text)
    for word in _WORDS:
        if next(word.finditer(text, low), None) is not None:
            break
    else:
        return False
    return True
