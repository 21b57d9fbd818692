"""What every match of a pattern must contain, so a scan can be skipped when it is absent.

Most guard patterns are long alternations, and the regex engine tries each
alternative at every word of a draft even when the words the pattern needs
never occur. `required` reads from the parsed pattern a short set of
literal strings such that every match contains at least one of them
("client" or "patient" or "session"); when none is in the (lower-cased)
draft, `lexicon.Folding` skips the scan. The matches are unchanged: a
pattern cannot match a text that lacks every string its matches contain.

Only what is certain counts: a literal run in a part that every match
passes through, or, for an alternation, one such set per branch. Anything
else (a class, an optional part, a group with flags, a parser that changed
in a later Python) gives no set, and the pattern is always scanned.
"""

from __future__ import annotations

import re
from typing import Any

try:
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # a later Python moved its private parser: no pattern is skipped
    _sre_constants = _sre_parser = None

#: A shorter string is in too many drafts to be worth the check.
SHORTEST = 3
#: With more strings than this, checking them costs about what the scan does.
MOST_STRINGS = 30

Needs = frozenset[str] | None


def _better(a: Needs, b: Needs) -> Needs:
    """The more selective of two sets: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: Any, consts: Any) -> Needs:
    """Return the best set some mandatory part of a sequence gives, or None."""
    best: Needs = None
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is consts.LITERAL:
            run += chr(arg)
            continue
        if len(run) >= SHORTEST:
            best = _better(best, frozenset({run}))
        if op is consts.BRANCH and run:
            # "i(?:'m| am)": the parser moves a shared first letter out of the branches;
            # put it back, so each branch's string is "i'm", "i am", not "'m" (too short).
            lead = [(consts.LITERAL, ord(c)) for c in run]
            best = _better(best, _item(op, (arg[0], [lead + list(b) for b in arg[1]]), consts))
        run = ""
        if op is not None:
            best = _better(best, _item(op, arg, consts))
    return best


def _shortest_cover(needs: set[str]) -> set[str]:
    """`needs` without each string that holds another of them.

    A text holding "patient with me" holds "patient": the longer string adds
    nothing to the check, so more alternations stay under `MOST_STRINGS`.
    """
    return {s for s in needs if not any(t != s and t in s for t in needs)}


def _item(op: Any, arg: Any, consts: Any) -> Needs:
    if op is consts.BRANCH:
        needs: set[str] = set()
        for branch in arg[1]:
            found = _sequence(branch, consts)
            if found is None:
                return None
            needs |= found
        needs = _shortest_cover(needs)
        return frozenset(needs) if len(needs) <= MOST_STRINGS else None
    if op is consts.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        return None if add_flags or del_flags else _sequence(sub, consts)
    if op in (consts.MAX_REPEAT, consts.MIN_REPEAT):
        low, _high, sub = arg
        return _sequence(sub, consts) if low >= 1 else None
    return None  # a class, an assertion, a reference: nothing certain


def required(pattern: re.Pattern[str]) -> Needs:
    """Return strings one of which every match of `pattern` contains, or None if unknown.

    Only for case-sensitive patterns (the lower-cased twins `lexicon.Folding`
    compiles): a case-insensitive literal could match either case.
    """
    if pattern.flags & re.IGNORECASE or _sre_parser is None:
        return None
    try:
        return _sequence(_sre_parser.parse(pattern.pattern, pattern.flags), _sre_constants)
    except Exception:  # an unknown shape or parser: always scan
        return None


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Return the top-level alternatives of `(?=\\w)(?:a|b|...)` as patterns of their own.

    A long alternation has no required words as a whole when one branch needs
    none, and the engine tries every branch at every word; apart, each branch
    gets its own gate and first-character hint. Separate scans may also find
    a match that overlaps another branch's, which the single scan would skip.
    Anything not of that shape comes back whole.
    """
    head = r"(?=\w)(?:"
    source = pattern.pattern
    if not (source.startswith(head) and source.endswith(")")):
        return (pattern,)
    body, parts, depth, start, i = source[len(head) : -1], [], 0, 0, 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = body.index("]", i + 2) + 1  # a class: "|" and ")" inside it are literal
            continue
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    if depth != 0:
        return (pattern,)
    return tuple(re.compile(rf"(?=\w)(?:{part})", pattern.flags) for part in parts)
