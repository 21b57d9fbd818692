"""Guard patterns rebuilt so Python's regex engine tries fewer alternatives.

Python's `re` tries the alternatives of `(?:today|tonight|this week|...)`
one after another, at every position of a draft. Engines such as Perl's and
RE2 merge alternatives that share a beginning into a trie; Python's does
not. `regrouped` rebuilds a pattern from its parse tree (`re._parser`) with
such alternatives merged under their first letter:
`t(?:o(?:day|night)|his week)`.

It also tells the engine which characters a match can start with
(`first_chars.first_items`), which the engine works out for itself only for
a pattern that opens with a literal or a class, not for the usual
`\\b(?:...)`. The engine then jumps from one such character to the next
instead of starting a match at every position.

A look-ahead for a word character opening the pattern, `(?=\\w)`, is then
dropped when every character a match can start with is one.

All of it keeps every match, its span and its groups:
- merged alternatives share their first character, and alternatives that
  start with different characters can never match at the same place, so
  the order in which the engine tries the ones that can is unchanged; an
  alternative that does not start with a known character keeps its place
  and only alternatives that cannot start where it does move across it
  (`alternation_spread`, which also reshapes alternatives so more merge);
- a position skipped holds a character no match starts with, and where
  every match starts with a word character `(?=\\w)` holds for every match.

A group that sets its own case (`(?-i:[A-Z])`) is rebuilt with it.
Anything not fully understood (another inline flag, a case-insensitive letter
outside ASCII, an element this code does not know, a Python whose private
regex parts were not checked) leaves the pattern as it was.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from dualdesk.core.guards import alternation_spread as sp
from dualdesk.core.guards.first_chars import first_items

try:
    import _sre
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # a later Python moved its private parts: patterns are left as they are
    _sre = _sre_compiler = C = _sre_parser = None

Items = list[tuple[Any, Any]]

_WORD = re.compile(r"\w")
#: Pythons whose private regex parts this module was checked against (same matches).
_TRIED = ((3, 11), (3, 12), (3, 13))


class _Unknown(Exception):
    """The pattern holds something this module does not rewrite safely."""


class _Rebuild:
    """One pattern's rewrite: the parser state it shares and its flags."""

    def __init__(self, state: Any, flags: int) -> None:
        self.state = state
        self.folds = bool(flags & re.IGNORECASE)
        self.budget = sp.Budget()

    def sub(self, items: Items) -> Any:
        return _sre_parser.SubPattern(self.state, items)

    def sequence(self, items: Items) -> Items:
        """Rebuild a sequence, merging the alternatives of every alternation in it."""
        out: Items = []
        for op, arg in items:
            if op is C.BRANCH:
                branches = [list(b.data) for b in arg[1]]
                if out[-1:] != [sp.BOUNDARY] and sp.all_bounded(branches):
                    out.append(sp.BOUNDARY)
                if out[-1:] == [sp.BOUNDARY]:  # asked once, not again in every alternative
                    branches = [sp.after_boundary(b) for b in branches]
                else:
                    branches = sp.bounded_runs(branches, self.sub)
                alternatives = self.merged([self.sequence(b) for b in branches])
                if len(alternatives) == 1:
                    out.extend(alternatives[0])
                else:
                    out.append((op, (None, [self.sub(a) for a in alternatives])))
            elif op is C.SUBPATTERN:
                group, add_flags, del_flags, body = arg
                inner = self._inside(add_flags, del_flags)
                rebuilt = self.sub(inner.sequence(list(body.data)))
                out.append((op, (group, add_flags, del_flags, rebuilt)))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                low, high, body = arg
                out.append((op, (low, high, self.sub(self.sequence(list(body.data))))))
            elif op in (C.ASSERT, C.ASSERT_NOT):
                direction, body = arg
                out.append((op, (direction, self.sub(self.sequence(list(body.data))))))
            elif op is C.ATOMIC_GROUP:
                out.append((op, self.sub(self.sequence(list(arg.data)))))
            elif op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.AT, C.GROUPREF):
                out.append((op, arg))
            else:
                raise _Unknown
        return out

    def _inside(self, add_flags: int, del_flags: int) -> _Rebuild:
        """The rewrite of a group's body: `(?-i:...)` and `(?i:...)` set their own case."""
        if not add_flags and not del_flags:
            return self
        if (add_flags | del_flags) & ~re.IGNORECASE:
            raise _Unknown
        inner = _Rebuild(self.state, 0)
        inner.budget = self.budget  # one budget for the whole pattern
        inner.folds = bool(add_flags & re.IGNORECASE) or (self.folds and not del_flags)
        return inner

    def _key(self, items: Items) -> int | None:
        """The first character an alternative must match, if it is one known character."""
        if not items or items[0][0] is not C.LITERAL:
            return None
        code = items[0][1]
        if not self.folds:
            return int(code)
        char = chr(code)
        if not char.isascii():
            return None  # folds to letters such as the Kelvin sign: leave it alone
        return ord(char.lower())

    def merged(self, alternatives: list[Items]) -> list[Items]:
        """Alternatives with a shared first character merged under it, order kept."""
        out: list[Items] = []
        run: dict[int, list[Items]] = {}

        def close_run() -> None:
            for group in run.values():
                if len(group) == 1:
                    out.append(group[0])
                    continue
                rests = self.merged([a[1:] for a in group])
                head = [group[0][0]]
                if len(rests) == 1:
                    out.append(head + rests[0])
                else:
                    out.append([*head, (C.BRANCH, (None, [self.sub(r) for r in rests]))])
            run.clear()

        for alternative in sp.spread(alternatives, self.budget):
            key = self._key(alternative)
            if key is None:  # it fences in only the letters it can start on
                starts = sp.starts(alternative, self.folds)
                kept = {
                    k: run.pop(k)
                    for k in list(run)
                    if starts is not None and not sp.matched_by(k, self.folds) & starts
                }
                close_run()
                run.update(kept)
                out.append(alternative)
            else:
                run.setdefault(key, []).append(alternative)
        close_run()
        return out


def _skips_ahead(tree: Any, flags: int) -> bool:
    """Whether the engine can jump to the characters a match starts with."""
    prefix, _skip, _all = _sre_compiler._get_literal_prefix(tree, flags)
    return bool(prefix) or _sre_compiler._get_charset_prefix(tree, flags) is not None


def _compiled(source: str, tree: Any, flags: int) -> re.Pattern[str]:
    """Compile a rebuilt tree, keeping the source text and the groups of the original.

    When the engine would not find for itself what a match starts with, it
    is given the set `first_items` reads: the tree's information block is
    built as for a pattern that opens with that class.
    """
    code: list[int] = []
    folds = bool(flags & re.IGNORECASE)
    first = None if _skips_ahead(tree, flags) else first_items(tree.data, folds)
    unicode_words = not flags & re.ASCII  # as `_WORD` reads them
    if first and unicode_words and _word_lookahead(tree.data[0]) and all(map(_wordy, first)):
        tree = _sre_parser.SubPattern(tree.state, tree.data[1:])  # "(?=\w)" before a letter
    if first is None:
        _sre_compiler._compile_info(code, tree, flags)
    else:
        opening = _sre_parser.SubPattern(tree.state, [(C.IN, first)])
        opening.width = tree.getwidth()
        # The set is already closed under case (`first_items`); the engine compares it as is.
        _sre_compiler._compile_info(code, opening, flags & ~re.IGNORECASE)
    _sre_compiler._compile(code, tree.data, flags)
    code.append(C.SUCCESS)
    state = tree.state
    names: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    return _sre.compile(  # type: ignore[no-any-return]
        source, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(names)
    )


def _word_lookahead(item: tuple[Any, Any]) -> bool:
    """Whether `item` is a look-ahead for one word character, `(?=\\w)`."""
    op, arg = item
    if op is not C.ASSERT or arg[0] != 1 or len(arg[1].data) != 1:
        return False
    kind, body = arg[1].data[0]
    return kind is C.IN and body == [(C.CATEGORY, C.CATEGORY_WORD)]


def _wordy(item: tuple[Any, Any]) -> bool:
    """Whether every character of a class item is a word character."""
    op, arg = item
    if op is C.LITERAL:
        return _WORD.match(chr(arg)) is not None
    if op is C.RANGE:
        return all(_WORD.match(chr(c)) for c in range(arg[0], arg[1] + 1))
    return op is C.CATEGORY and arg in (C.CATEGORY_WORD, C.CATEGORY_DIGIT)


def _rebuilt(source: str, flags: int) -> re.Pattern[str] | None:
    """The pattern rebuilt from its parse tree, or None when it is better left alone."""
    if _sre is None or sys.version_info[:2] not in _TRIED:
        return None
    flags = int(flags)  # an `re.RegexFlag` would make each of the compiler's tests a slow call
    try:
        parsed = _sre_parser.parse(source, flags)
        flags |= parsed.state.flags
        rebuild = _Rebuild(parsed.state, flags)
        tree = rebuild.sub(rebuild.sequence(list(parsed.data)))
        return _compiled(source, tree, flags)
    except Exception:  # an element or a parser this module does not know
        return None


def regrouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return `pattern` rebuilt to try fewer alternatives and skip ahead, or `pattern` itself."""
    if not isinstance(pattern.pattern, str):
        return pattern
    return _rebuilt(pattern.pattern, pattern.flags) or pattern


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, rebuilt as `regrouped` does, compiled once.

    For the guards' fixed patterns, compiled at import.
    """
    return _rebuilt(source, flags) or re.compile(source, flags)
