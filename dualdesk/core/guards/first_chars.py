"""What a pattern's match can begin with, so the regex engine can skip ahead.

Python's `re` scans quickly past positions that cannot start a match only
when the pattern begins with a literal or a character class. Most guard
patterns begin with `\\b(?:word|word|...)`, so the engine tries every
alternative at every position. `hinted` works out the characters any match
must start with and puts a lookahead for them in front, `(?=[amt])`, which
the engine uses to skip. The match and its span are unchanged: the
lookahead is implied by the pattern itself.

The set is read from the parsed pattern (`re._parser`). Anything this code
does not fully understand (a class such as `\\w`, a back reference, inline
flags, a pattern that can match the empty string, a parser that changed in
a later Python) leaves the pattern as it was.
"""

from __future__ import annotations

import re
from typing import Any

try:
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # a later Python moved its private parser: patterns get no hints
    _sre_constants = _sre_parser = None

#: A hint with more characters than this skips too little to be worth it.
MOST_CHARS = 24


class _Open(Exception):
    """The first character of a match is not a small known set."""


def _sequence(items: Any, consts: Any) -> tuple[set[str], bool]:
    """Return (first characters, whether the sequence can match nothing)."""
    out: set[str] = set()
    for op, arg in items:
        if op in (consts.AT, consts.ASSERT, consts.ASSERT_NOT):
            continue  # consumes nothing: skipping it only widens the set
        chars, empty = _item(op, arg, consts)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item(op: Any, arg: Any, consts: Any) -> tuple[set[str], bool]:
    if op is consts.LITERAL:
        return {chr(arg)}, False
    if op is consts.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is consts.LITERAL:
                chars.add(chr(value))
            elif kind is consts.RANGE and value[1] - value[0] <= MOST_CHARS:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            else:
                raise _Open
        return chars, False
    if op is consts.BRANCH:
        chars, empty = set(), False
        for branch in arg[1]:
            first, can_be_empty = _sequence(branch, consts)
            chars |= first
            empty = empty or can_be_empty
        return chars, empty
    if op is consts.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        if add_flags or del_flags:
            raise _Open
        return _sequence(sub, consts)
    if op in (consts.MAX_REPEAT, consts.MIN_REPEAT):
        low, _high, sub = arg
        chars, empty = _sequence(sub, consts)
        return chars, empty or low == 0
    raise _Open


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return the characters every match of `pattern` starts with, or None if unknown.

    Case-insensitive patterns give None: their first character could be
    either case.
    """
    if pattern.flags & re.IGNORECASE or _sre_parser is None:
        return None
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
        if parsed and parsed[0][0] in (_sre_constants.LITERAL, _sre_constants.IN):
            return None  # the engine already skips ahead on these
        chars, empty = _sequence(parsed, _sre_constants)
    except Exception:  # an unknown shape or parser: leave the pattern as it is
        return None
    return None if empty or not chars else frozenset(chars)


def hinted(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return `pattern` with a lookahead for its first characters, or `pattern` itself."""
    chars = first_chars(pattern)
    if chars is None or len(chars) > MOST_CHARS:
        return pattern
    cls = "".join(re.escape(c) for c in sorted(chars))
    try:
        return re.compile(f"(?=[{cls}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # such as inline global flags, which must open a pattern
        return pattern
