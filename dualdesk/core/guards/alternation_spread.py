"""Alternatives reshaped so `alternation_trie` can merge more of them, matches unchanged.

`alternation_trie` merges alternatives that open with the same known letter.
Three shapes kept guard patterns from that, and each is rewritten here into
one the engine tries in exactly the same order:
- a word boundary asked again: in `\\b(?:\\bat home|on leave)` the inner
  `\\b` asks what was asked at the same position, and `(?:\\ba|\\bb)` is
  `\\b(?:a|b)`;
- a group of alternatives first: `(?:at|to) my mum|on leave` is tried as
  `at my mum|to my mum|on leave` (each opening alternative with the rest
  after it, then the next), unless the rest holds a numbered group, which
  would be written twice;
- an alternative that opens with a class or a look-around is a fence only
  for the alternatives that can start on one of its characters
  (`starts`, `matched_by`): the others cannot match where it does, so
  their order against it does not matter;
- a run of alternatives that each open with a word boundary, among others
  that do not, is one group asking it once: `a|\\bb|\\bc` is tried as
  `a|\\b(?:b|c)` (`bounded_runs`), so the run's letters merge in it instead
  of each alternative being a fence.
"""

from __future__ import annotations

from typing import Any

from dualdesk.core.guards.first_chars import ODD_FOLDS, first_items

try:
    from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
except ImportError:  # a later Python moved its private parts: nothing is reshaped
    C = None

Items = list[tuple[Any, Any]]

#: A word boundary as the parser gives it.
BOUNDARY: tuple[Any, Any] = (C.AT, C.AT_BOUNDARY) if C is not None else (None, None)
#: At most this many alternatives of a group are spread over what follows it.
MOST_SPREAD = 48
#: At most this many parse items are copied by the spreads of one pattern. Spreads
#: nest: `(?:a|b) (?:c|d) (?:e|f)...` copies the rest once per alternative at every
#: level, and one Spanish pattern grew to 250 times its plain program (0.4 s to
#: compile at import) before this bound. Every other guard pattern copies under
#: 31,000 items, so its program, and the time a review takes, are unchanged.
MOST_COPIED = 40_000


class Budget:
    """The parse items the spreads of one pattern may still copy."""

    def __init__(self, items: int = MOST_COPIED) -> None:
        self.left = items

    def take(self, items: int) -> bool:
        """Whether `items` more may be copied; if so they are counted."""
        if items > self.left:
            return False
        self.left -= items
        return True


def after_boundary(items: Items) -> Items:
    """`items` without the word boundaries they open with (one was just checked)."""
    while items and items[0] == BOUNDARY:
        items = items[1:]
    return items


def all_bounded(branches: list[Items]) -> bool:
    """Whether every alternative opens with a word boundary, so it can be asked once."""
    return all(branch[:1] == [BOUNDARY] for branch in branches)


def bounded_runs(branches: list[Items], sub: Any) -> list[Items]:
    """`branches` with each run of two or more boundary-led ones made one `\\b(?:...)`.

    The run keeps its order and its place, and the boundary is asked at the
    same position as before, so every match is unchanged. `sub` makes the
    parser's sequence of each alternative in the group.
    """
    out: list[Items] = []
    run: list[Items] = []

    def close_run() -> None:
        if len(run) > 1:
            out.append([BOUNDARY, (C.BRANCH, (None, [sub(b) for b in run]))])
        else:
            out.extend([BOUNDARY, *b] for b in run)
        run.clear()

    for branch in branches:
        if branch[:1] == [BOUNDARY]:
            run.append(after_boundary(branch))
        else:
            close_run()
            out.append(branch)
    close_run()
    return out


def spread(alternatives: list[Items], budget: Budget) -> list[Items]:
    """Alternatives that open with a group of alternatives, spread over what follows.

    A spread that would copy more than is left of `budget` is not made.
    """
    out: list[Items] = []
    for alternative in alternatives:
        if not alternative or alternative[0][0] is not C.BRANCH:
            out.append(alternative)
            continue
        subs = alternative[0][1][1]
        rest = alternative[1:]
        if len(subs) > MOST_SPREAD or not _no_groups(rest) or not budget.take(_copies(subs, rest)):
            out.append(alternative)
            continue
        out.extend(list(sub.data) + rest for sub in subs)
    return out


def _copies(subs: list[Any], rest: Items) -> int:
    """How many parse items spreading `subs` over `rest` writes beyond the ones it has."""
    return (len(subs) - 1) * _size(rest)


def _size(items: Any) -> int:
    """The number of parse items in `items`, counting those nested in groups and repeats."""
    total = 0
    for op, arg in items:
        total += 1
        if op is C.SUBPATTERN:
            total += _size(arg[3].data)
        elif op is C.BRANCH:
            total += sum(_size(b.data) for b in arg[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            total += _size(arg[2].data)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            total += _size(arg[1].data)
        elif op is C.ATOMIC_GROUP:
            total += _size(arg.data)
    return total


def _no_groups(items: Items) -> bool:
    """Whether `items` hold no numbered group and no reference to one."""
    for op, arg in items:
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return False
        if op is C.SUBPATTERN:
            inner = [list(arg[3].data)] if arg[0] is None else None
        elif op is C.BRANCH:
            inner = [list(b.data) for b in arg[1]]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            inner = [list(arg[2].data)]
        elif op in (C.ASSERT, C.ASSERT_NOT):
            inner = [list(arg[1].data)]
        elif op is C.ATOMIC_GROUP:
            inner = [list(arg.data)]
        else:
            continue
        if inner is None or not all(map(_no_groups, inner)):
            return False
    return True


def matched_by(key: int, folds: bool) -> frozenset[int]:
    """The characters an alternative opening with the letter `key` can start on."""
    if not folds:
        return frozenset({key})
    char = chr(key)
    return frozenset(map(ord, {char, char.upper(), *ODD_FOLDS.get(char, "")}))


def starts(alternative: Items, folds: bool) -> frozenset[int] | None:
    """The characters `alternative` can start on, or None when not a short list."""
    first = first_items(alternative, folds)
    if first is None:
        return None
    codes: set[int] = set()
    for op, arg in first:
        if op is C.LITERAL:
            codes.add(arg)
        elif op is C.RANGE and arg[1] - arg[0] < 128:
            codes.update(range(arg[0], arg[1] + 1))
        else:
            return None  # a category: it may start nearly anywhere
    return frozenset(codes)
