"""How many digits a draft has: shapes made of digits are not looked for without enough.

A phone number has at least six digits, a US ZIP code five, a record number
four and a street address one; most drafts have none, or a date's two or
three ("closed Dec 24 through Jan 2"). `phi.py` and `phi_practice.py` count
once and skip the scans that cannot match, instead of each pattern walking
the whole draft to find no number there.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled

_DIGIT = compiled(r"\d")
_ASCII_DIGITS = "0123456789"

#: The fewest digits each shape can have, counted as `\d` reads them.
PHONE = 6  # "0xx xx xx": a trunk 0, a digit, two groups of two (`phi_numbers.GROUPED_PHONE`)
ZIP = 5  # "near 02139" (`phi_patterns.PLACE_PATTERNS[1]`)
RECORD = 4  # a record number needs four (`phi.py`); a US social security number nine
STREET = 1  # "42 Elm Street" (`phi_patterns.PLACE_PATTERNS[0]`)


def digit_count(text: str) -> int:
    """Return how many characters of `text` `\\d` matches (any script's decimal digits)."""
    if text.isascii():
        return sum(map(text.count, _ASCII_DIGITS))
    return len(_DIGIT.findall(text))
