"""`holds_any`: whether a text holds one of a few strings, as a plain loop.

The readers gate their scans on a few substrings ("who", "told me"). Written as
`any(w in text for w in words)`, each test resumes a generator once per word,
which costs more than the substring tests themselves; a plain loop does not.
"""

from __future__ import annotations

from collections.abc import Iterable


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether `text` holds at least one of `words` as a substring.

    Args:
        text: the text (usually the draft lower-cased).
        words: the strings to look for (or the characters of a string).
    """
    for word in words:
        if word in text:
            break
    else:
        return False
    return True
