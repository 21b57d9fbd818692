"""Characters that print as nothing, taken out before the guards read a draft.

A soft hyphen ("Doe\u00adCounseling"), a zero-width space ("cl\u200bient"), a
zero-width joiner or non-joiner, a word joiner or a byte-order mark shows
nothing on screen, yet splits a word for every pattern, so a writer could
slip a name or a story past the guards without meaning to (pasted text
carries them) or on purpose. The guards read the text without them; each
finding's offsets are then moved back onto the draft as written, so the
composer highlights the characters the user typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dualdesk.core.findings import Finding
from dualdesk.core.guards.alternation_trie import compiled

#: Soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte-order mark.
_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE = compiled(f"[{_CHARS}]")
_DROPPED = dict.fromkeys(map(ord, _CHARS))


def without(text: str) -> str:
    """Return `text` with its invisible characters dropped (offsets are not kept)."""
    return text if text.isascii() else text.translate(_DROPPED)  # `_CHARS` are not ASCII


def visible(text: str) -> tuple[str, list[int] | None]:
    """Return `text` without invisible characters, and where each kept character was.

    Args:
        text: the draft as written.

    Returns:
        (text, None) when nothing is invisible (the common case, found with one scan);
        otherwise the cleaned text and, for each of its characters, its offset in `text`.
    """
    if INVISIBLE.search(text) is None:
        return text, None
    kept = [i for i, c in enumerate(text) if INVISIBLE.match(c) is None]
    return "".join(text[i] for i in kept), kept


def on_original(findings: Sequence[Finding], kept: list[int], length: int) -> list[Finding]:
    """Return findings with offsets in the cleaned text moved to the text as written.

    Args:
        findings: findings whose start and end index the cleaned text.
        kept: for each cleaned character, its offset in the original (from `visible`).
        length: the original text's length.

    Returns:
        The same findings; a start maps to its character, an end to just after the
        character before it, so invisible characters inside a span stay inside it.
    """

    def start(pos: int) -> int:
        return kept[pos] if pos < len(kept) else length

    def end(pos: int) -> int:
        return kept[pos - 1] + 1 if pos > 0 else start(0)

    return [
        replace(f, start=start(f.start), end=max(start(f.start), end(f.end))) for f in findings
    ]
