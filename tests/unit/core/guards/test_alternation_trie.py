"""Rebuilt guard patterns: fewer alternatives tried, exactly the same matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dualdesk.core.guards.alternation_trie import regrouped
from tests.unit.core.guards.guard_patterns import all_patterns

DATA = Path(__file__).resolve().parents[4] / "tests" / "data"


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.lastindex) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        # the first alternative that matches still wins, not the longest
        (r"\b(?:a|ab|abc)", 0, "abc ab a xabc"),
        (r"\b(?:abc|ab|a)", 0, "abc ab a xabc"),
        # an alternative that does not start with a letter is a fence nothing crosses
        (r"(?:today|\w+day|tonight|to)\b", 0, "today tonight to tuesday"),
        # groups keep their numbers and their spans
        (r"\b(?:my (client)|my (kid)|(m)y)\b", 0, "my client, my kid, my"),
        (r"\b(?P<who>client|cliff|kid)s?\b", 0, "clients cliff kids"),
        # a boundary before a character that is not a letter
        (r"\b(?:#tag|#tap|\.net)", 0, "x#tag #tap a.net .net"),
        # case-insensitive: "A" and "a" are one letter
        (r"\b(?:Abc|abd|ABE)", re.IGNORECASE, "ABC abd abe aBd"),
        # the Kelvin sign folds to "k": it is left where it is
        ("\\b(?:\u212aey|key|kex)", re.IGNORECASE, "KEY key kex \u212aEY"),
        # a case-insensitive pattern skips ahead to any case of its first letters,
        # and to the characters outside ASCII that fold to them
        (r"\b(?:key|sun|ice)s?\b", re.IGNORECASE, "KEYS \u212aey \u017fun \u0130ce \u0131ce Sun"),
        (r"(?<![\w.])[A-C]\d{3}\b", re.IGNORECASE, "a123 B456 c7890 x.A111 \u0101222"),
        # groups that set their own case: capitals stay capitals inside "(?-i:...)"
        (
            r"\b(?:going to (?-i:[A-Z])\w+|gone to (?-i:[A-Z])\w+|good)",
            re.IGNORECASE,
            "Going to Leeds, going to leeds, GONE TO Hull, gone to hull, Good",
        ),
        (r"(?i:\bsam|\bsal)(?:ly|lo)", 0, "Sally SAMLO sally salLY xsally"),
        (r"\b(?-i:Dr|DR)\.? (?:who|when)", re.IGNORECASE, "Dr Who dr who DR. WHEN"),
        # a look-behind and a look-ahead at the front
        (r"(?<![/.-])(?=\w)\b(?:19\d\d|20\d\d)\b", 0, "1999 /2001 2020-03 x1999 2019"),
        (r"(?!(?:my|our)\b)\b(?:m|o)\w+", 0, "my mine our ours"),
        # a look-ahead for a word character before letters only; before "#" it stays
        (r"(?=\w)\b(?:ab|[a-c]x|\u00e9t\u00e9|_x)", 0, "ab bx \u00e9t\u00e9 _x #ab a_x"),
        (r"(?=\w)(?:#tag|ab)", 0, "#tag ab x#tag"),
        # a boundary asked again inside the alternatives, or by every one of them
        (
            r"\b(?:\bat home|on leave|\bat work|\b\bon call)",
            0,
            "at home, xat work, on call, on leave",
        ),
        (r"(?:\bthe pub|\bthe park|\bthey)s?", 0, "the pubs xthe park they theyre"),
        (r"(?:\bab|ab|\bac)", 0, "ab xab ac xac"),
        # a group of alternatives first is spread over what follows, in the same order
        (
            r"\b(?:(?:at|to) my (?:mum|mom)'s|at (?:home|work)|(?:in|at) the park)",
            0,
            "at my mum's, to my mom's, at home, in the park, at the park, xat home",
        ),
        (r"(?:a|ab)(?:bc|c)\b|abd", 0, "abc abbc abd ac"),
        (r"\b(?:(?:(a)|(ab))c?|x)", 0, "abc ab a xc"),
        (r"\b(?:(?:off|of) (?:to|home)|often|of course)", re.IGNORECASE, "Off to OF HOME often"),
        # what follows holds a numbered group: the group is not written twice
        (r"\b(?:(?:go|get)(ing|s)|gone)\b", 0, "going gets gone goings"),
        (r"\b(?:(?:a|b)(?P<n>\d)|c\d)", 0, "a1 b2 c3 d4"),
        # alternatives that cannot start where a class does pass it; the others stay behind
        (r"(?:today|\d+ days|tonight|1st|12 days)", 0, "today 12 days tonight 1st"),
        (r"(?:12|today|\d+ days|tonight)", 0, "12 days today tonight"),
        (r"(?:12|today|[0-9]+ days|tonight)", 0, "12 days today tonight"),
        (r"(?:a|to|[a-b]\w|tx)", 0, "ab to tx bx"),
        (r"(?:ke|today|(?-i:K)\w+|to)", re.IGNORECASE, "Key KEY key tonight"),
        (r"(?:ab|[0-9]+x|ac|1y|[a-b]z)", 0, "ab 12x ac 1y bz az 1x"),
        (r"(?:Kin|\d|kit|(?-i:K)ey)", re.IGNORECASE, "KIN kit Key key \u212ait 7"),
        # line starts
        (r"^(?:dear|dr) \w+", re.MULTILINE, "dear sam\ndr who\nxdear"),
        (r"(?:^|(?<=[.!?] ))(?:he|she) (?:said|says)", 0, "she said. he says so. he said"),
        # runs of boundary-led alternatives among others are asked as one group, in order
        (
            r"(?:^|(?<=\. ))go|\bgone|\bgot|\bgo|ab|\b\bgoal|\bx(y)|(?<!a )\bgo|\bgoes",
            0,
            "go gone got goal. go xy ab a go goes. agone",
        ),
        (r"x\b(?:|\ba|\bab|b)", re.IGNORECASE, "x xa XAB xb x-ab"),
    ],
)
def test_rebuilt_patterns_find_the_same_matches(source: str, flags: int, text: str) -> None:
    slow = re.compile(source, flags)
    fast = regrouped(slow)
    assert _found(fast, text) == _found(slow, text)
    assert fast.pattern == slow.pattern
    assert fast.groupindex == slow.groupindex


def test_alternations_with_shared_letters_are_rebuilt() -> None:
    slow = re.compile(r"\b(?:today|tonight|this week)\b")
    assert regrouped(slow) is not slow


def test_boundary_led_runs_among_other_alternatives_become_one_group() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from dualdesk.core.guards import alternation_spread as sp

    tree = _parser.parse(r"\bgone|\bgot|ab|\bx|(?<=a)\bgo|\bgoal|\bgoes")
    branches = [list(b.data) for b in tree.data[0][1][1]]
    runs = sp.bounded_runs(branches, lambda items: _parser.SubPattern(tree.state, items))
    assert len(runs) == 5  # \b(?:gone|got), ab, \bx, (?<=a)\bgo, \b(?:goal|goes)
    assert runs[0][0] == sp.BOUNDARY and len(runs[0][1][1][1]) == 2
    assert runs[2] == branches[3]


def test_nested_spreads_stay_within_the_copy_budget() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from dualdesk.core.guards import alternation_spread as sp

    words = "|".join(f"w{i}x" for i in range(40))
    source = rf"\b(?:aa|bb|cc)(?:{words}) (?:dd|ee)(?:{words}) (?:ff|gg)(?:{words})\b"
    branches = [list(_parser.parse(source).data)[1:]]
    assert len(sp.spread(branches, sp.Budget())) == 3
    assert len(sp.spread(branches, sp.Budget(500))) == 1  # over what is left of the budget
    budget = sp.Budget(1000)
    assert len(sp.spread(branches, budget)) == 3
    assert len(sp.spread(branches, budget)) == 1  # the first spread took most of it
    fast = regrouped(re.compile(source))
    for text in ("aaw3x ddw39x ffw0x", "ccw1x eew2x ggw3x.", "bbw1x eew2x"):
        assert _found(fast, text) == _found(re.compile(source), text)


def test_inline_flags_other_than_case_leave_the_pattern_as_it_was() -> None:
    slow = re.compile(r"\b(?:(?s:To.ay)|tonight)\b")
    assert regrouped(slow) is slow
    own_case = re.compile(r"\b(?:(?i:Today)|tonight|this week)\b")
    assert regrouped(own_case) is not own_case


def test_every_guard_pattern_rebuilt_finds_the_same_matches_on_the_corpus() -> None:
    texts = [
        json.loads(line)["text"]
        for part in ("m", "xp")
        for line in (DATA / f"guards_corpus_{part}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    texts += [text.lower() for text in texts]
    rebuilt = 0
    for name, slow in all_patterns():
        fast = regrouped(slow)
        if fast is slow:
            continue
        rebuilt += 1
        for text in texts:
            assert _found(fast, text) == _found(slow, text), (name, text)
    assert rebuilt >= 300
