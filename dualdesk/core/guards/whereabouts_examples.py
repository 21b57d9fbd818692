"""A sentence that lists doings as examples for the reader, not the author's day.

"Try side-by-side talks. Driving, walking the dog, cooking together." lists
occasions for the reader's own family; nothing in it says where the
clinician is. The shape: a sentence opening with a capitalised "-ing" word
and going on with at least one more "-ing" item after a comma, no "I" in
it (the caller checks), and the reader addressed earlier in the draft.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

#: Two or more doings in a comma list, the first one opening the sentence.
_LIST = compiled(r"[A-Z][a-z]+ing\b[^.!?\n]{0,60}?,\s*(?:or |and )?[a-z]+ing\b")
#: The reader addressed: advice, an imperative to try, a group spoken to.
_READER = compiled(r"\b(?:you|your|try|parents|families|folks|everyone)\b", re.IGNORECASE)


def examples_list(text: str, start: int) -> bool:
    """Whether the sentence starting at `start` lists doings as examples for the reader.

    Args:
        text: the draft (plain quotes).
        start: where the sentence starts (after its leading spaces).

    Returns:
        True for a comma list of "-ing" doings after the reader was addressed.
    """
    if _LIST.match(text, start) is None:
        return False
    return _READER.search(text, 0, start) is not None
