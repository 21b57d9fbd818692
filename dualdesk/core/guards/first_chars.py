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

Anything not fully understood (a negated class, a back reference, inline
flags, a pattern that can match the empty string) gives no set.
"""

from __future__ import annotations

from typing import Any

try:
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
except ImportError:  # a later Python moved its private parser: no set is read
    _sre_constants = None

Items = list[tuple[Any, Any]]


class _Open(Exception):
    """The first character of a match is not a known set."""


def _sequence(items: Items, consts: Any) -> tuple[Items, bool]:
    """Return (the first characters, as class items; whether the sequence can match nothing)."""
    out: Items = []
    for op, arg in items:
        if op in (consts.AT, consts.ASSERT, consts.ASSERT_NOT):
            continue  # consumes nothing: the next element gives the first character
        first, empty = _item(op, arg, consts)
        out.extend(first)
        if not empty:
            return out, False
    return out, True


def _item(op: Any, arg: Any, consts: Any) -> tuple[Items, bool]:
    if op is consts.LITERAL:
        return [(op, arg)], False
    if op is consts.IN:
        if any(kind not in (consts.LITERAL, consts.RANGE, consts.CATEGORY) for kind, _ in arg):
            raise _Open  # a negated class: its complement is not a short list
        return list(arg), False
    if op is consts.BRANCH:
        out: Items = []
        empty = False
        for branch in arg[1]:
            first, can_be_empty = _sequence(list(branch.data), consts)
            out.extend(first)
            empty = empty or can_be_empty
        return out, empty
    if op is consts.SUBPATTERN:
        _group, add_flags, del_flags, body = arg
        if add_flags or del_flags:
            raise _Open
        return _sequence(list(body.data), consts)
    if op in (consts.MAX_REPEAT, consts.MIN_REPEAT, consts.POSSESSIVE_REPEAT):
        low, _high, body = arg
        first, empty = _sequence(list(body.data), consts)
        return first, empty or low == 0
    if op is consts.ATOMIC_GROUP:
        return _sequence(list(arg.data), consts)
    raise _Open


def first_items(items: Items) -> Items | None:
    """Return class items (`re._parser` form) every match of `items` starts with, or None.

    None when unknown, or when the pattern can match the empty string (such
    a match can start anywhere).
    """
    if _sre_constants is None:
        return None
    try:
        first, empty = _sequence(items, _sre_constants)
    except _Open:
        return None
    return None if empty or not first else first
