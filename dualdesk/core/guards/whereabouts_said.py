"""Quoted words in a whereabouts remark's sentence: someone else's "I", not the author's.

"Half the lads saying 'I'm grand' at the pub are not grand": the "I" is the
lads' words, and the doing right before the place ("saying") is theirs.
`unsaid` blanks such quotations out of a sentence before the author is looked
for, and `lead_end` steps back over a quotation that sits right before the
remark, so the doing before it is read as the remark's lead. A quotation
opens after a space or a bracket and closes before a non-letter, so the
apostrophes of "I'm" and "can't" open none. A sentence without a quote mark
costs one substring test.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

_MARKS = ("'", '"', "\u2018", "\u201c")
#: A quotation of up to 80 characters.
_SAID = compiled(r"(?<![\w'’])['\"‘“](?=[A-Za-z])[^\n]{1,80}?['\"’”](?![\w'’])")


def unsaid(text: str, start: int, end: int) -> str:
    """Return text[start:end] with its quotations blanked out (spaces)."""
    part = text[start:end]
    if not holds_any(part, _MARKS):
        return part
    return _SAID.sub(lambda m: " " * len(m.group()), part)


def lead_end(text: str, sentence_start: int, start: int) -> int:
    """Where the words leading to the remark at `start` end, past a quotation right before it.

    Args:
        text: the draft.
        sentence_start: where the remark's sentence starts.
        start: where the remark starts.
    """
    before = text[sentence_start:start].rstrip()
    if not before.endswith(("'", '"', "\u2019", "\u201d")):
        return start
    last = None
    for m in _SAID.finditer(text, sentence_start, start):
        last = m
    if last is None or text[last.end() : start].strip():
        return start
    return last.start()
