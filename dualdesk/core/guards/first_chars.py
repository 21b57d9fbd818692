"""What a pattern's match can begin with, so the regex engine can skip ahead.

Python's `re` skips quickly past positions that cannot start a match only
when it knows what a match begins with, and it works that out only for a
pattern that *opens* with a literal, a character class or an alternation of
literals. Most guard patterns open with `\\b(?:word|word|...)` or
`(?=\\w)`, so the engine starts a whole match at every position of a draft.
`first_items` reads from the parsed pattern (`re._parser`) the characters
every match starts with, passing over checks that consume nothing (`\\b`,
look-arounds, `^`); `alternation_trie.regrouped` hands that set to the
engine. A match can only start on one of those characters, so skipping the
other positions changes nothing that is found.

For a case-insensitive pattern the set is closed under case: the engine
compares a position's character with the set as it is, so "a" brings "A",
and the few characters outside ASCII that fold to an ASCII letter under
`re.IGNORECASE` ("\u212a", the Kelvin sign, matches "k") come along too.

A group that turns case-insensitivity on or off (`(?-i:[A-Z])`) is read
with its own setting. Anything not fully understood (a negated class, a
back reference, other inline flags, a pattern that can match the empty
string, a case-insensitive letter outside ASCII) gives no set.
"""

from __future__ import annotations

import re
from typing import Any

try:
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
except ImportError:  # a later Python moved its private parser: no set is read
    _sre_constants = None

Items = list[tuple[Any, Any]]

#: Characters outside ASCII that a case-insensitive ASCII letter matches in `re`
#: (their simple lower case is the letter, or `re` lists them as equivalent);
#: a test checks the table against every character on the running Python.
ODD_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


class _Open(Exception):
    """The first character of a match is not a known set."""


def _sequence(items: Items, consts: Any, folds: bool) -> tuple[Items, bool]:
    """Return (the first characters, as class items; whether the sequence can match nothing).

    With `folds` (case-insensitive here) the characters are closed under case.
    """
    out: Items = []
    for op, arg in items:
        if op in (consts.AT, consts.ASSERT, consts.ASSERT_NOT):
            continue  # consumes nothing: the next element gives the first character
        first, empty = _item(op, arg, consts, folds)
        out.extend(first)
        if not empty:
            return out, False
    return out, True


def _item(op: Any, arg: Any, consts: Any, folds: bool) -> tuple[Items, bool]:
    if op is consts.LITERAL:
        return (_char_folds(arg, consts) if folds else [(op, arg)]), False
    if op is consts.IN:
        if any(kind not in (consts.LITERAL, consts.RANGE, consts.CATEGORY) for kind, _ in arg):
            raise _Open  # a negated class: its complement is not a short list
        return (_case_closed(list(arg), consts) if folds else list(arg)), False
    if op is consts.BRANCH:
        out: Items = []
        empty = False
        for branch in arg[1]:
            first, can_be_empty = _sequence(list(branch.data), consts, folds)
            out.extend(first)
            empty = empty or can_be_empty
        return out, empty
    if op is consts.SUBPATTERN:
        _group, add_flags, del_flags, body = arg
        if (add_flags | del_flags) & ~re.IGNORECASE:
            raise _Open
        inner = bool(add_flags & re.IGNORECASE) or (folds and not del_flags & re.IGNORECASE)
        return _sequence(list(body.data), consts, inner)
    if op in (consts.MAX_REPEAT, consts.MIN_REPEAT, consts.POSSESSIVE_REPEAT):
        low, _high, body = arg
        first, empty = _sequence(list(body.data), consts, folds)
        return first, empty or low == 0
    if op is consts.ATOMIC_GROUP:
        return _sequence(list(arg.data), consts, folds)
    raise _Open


def _char_folds(code: int, consts: Any) -> Items:
    """The characters a case-insensitive `chr(code)` matches, as class items."""
    char = chr(code)
    if not char.isascii():
        if char.lower() != char or char.upper() != char:
            raise _Open  # a cased letter outside ASCII: its folds are not listed here
        return [(consts.LITERAL, code)]
    low = char.lower()
    return [(consts.LITERAL, ord(c)) for c in {low, low.upper(), *ODD_FOLDS.get(low, "")}]


def _case_closed(items: Items, consts: Any) -> Items:
    """`items` with every character a case-insensitive match of one of them may meet."""
    out: Items = []
    for op, arg in items:
        if op is consts.LITERAL:
            out.extend(_char_folds(arg, consts))
        elif op is consts.RANGE:
            low, high = arg
            if high > 0x7F:
                raise _Open
            out.append((op, arg))
            for code in range(low, high + 1):
                if chr(code).isalpha():
                    out.extend(_char_folds(code, consts))
        else:
            out.append((op, arg))  # a category: case does not change what it holds
    return out


def first_items(items: Items, folds: bool = False) -> Items | None:
    """Return class items (`re._parser` form) every match of `items` starts with, or None.

    None when unknown, or when the pattern can match the empty string (such
    a match can start anywhere). With `folds` (a pattern compiled with
    `re.IGNORECASE`) the items are closed under case, so they can be
    compared with a text's characters as they are.
    """
    if _sre_constants is None:
        return None
    try:
        first, empty = _sequence(items, _sre_constants, folds)
    except _Open:
        return None
    return None if empty or not first else first
