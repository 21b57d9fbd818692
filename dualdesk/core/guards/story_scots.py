"""A client story in Scots, read through its English grammar words.

Scots tells the same stories as English with its own small words: "wi" for
"with", "aboot" for "about", "-nae" for "-n't" ("cannae", "isnae", "didnae"),
"ken" for "know", "dae" and "ye" for "do" and "you", "fae" for "from", "hame"
for "home", "weans" for "kids", and "no" for "not" before a verb ("he's no
going"). The English readings miss "one of the guys I've been working wi" only
because of those words, so a post written in Scots is read a second time with
them put back into English, and what that reading finds is mapped back onto the
author's own text. The story is then judged by the same rules as any English post
(colleagues, fiction and advice still pass).

Only a post with one of those words is read again, so English posts cost a few
substring checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: Scots grammar words and the English ones they stand for.
_ENGLISH = {
    "wi": "with",
    "aboot": "about",
    "cannae": "can't",
    "isnae": "isn't",
    "wisnae": "wasn't",
    "wasnae": "wasn't",
    "didnae": "didn't",
    "dinnae": "don't",
    "doesnae": "doesn't",
    "wouldnae": "wouldn't",
    "widnae": "wouldn't",
    "couldnae": "couldn't",
    "shouldnae": "shouldn't",
    "hasnae": "hasn't",
    "havenae": "haven't",
    "ken": "know",
    "kent": "knew",
    "dae": "do",
    "ye": "you",
    "yer": "your",
    "fae": "from",
    "frae": "from",
    "tae": "to",
    "hame": "home",
    "oot": "out",
    "wean": "kid",
    "weans": "kids",
    "masel": "myself",
    "greet": "cry",
    "greetin": "crying",
    "gonnae": "going to",
    "no": "not",
}
#: The words, lower case only where English has the same spelling for something else
#: ("Ken" the name; "no" only after a verb "to be" and before a verb in -ing).
_WORDS = compiled(
    r"\b(?:wi|aboot|cannae|isnae|wisnae|wasnae|didnae|dinnae|doesnae|wouldnae|widnae|couldnae"
    r"|shouldnae|hasnae|havenae|dae|ye|yer|fae|frae|tae|hame|oot|weans?|masel|greet(?:in)?"
    r"|gonnae|(?-i:(?<=\b[Ii] )(?:ken|kent)|(?<=\b(?:we|ye) )ken)"
    r"|(?<='s |'m |is |am |re |as )no(?= \w+ing\b))\b(?!-)",
    _I,
)
#: Words only Scots uses: a post with none of them is not read again.
_KEYS = ("nae", " wi ", "aboot", " hame", " ken", " dae ", " ye ", "wean", " fae ", " frae ")


def _english(text: str) -> tuple[str, list[int], list[int]] | None:
    """The post with Scots grammar words in English, and where each character came from.

    Returns:
        The rewritten text and, for each of its characters, where it starts and ends in
        `text`; None when nothing was rewritten.
    """
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for m in _WORDS.finditer(text):
        parts.append(text[at : m.start()])
        starts.extend(range(at, m.start()))
        ends.extend(range(at + 1, m.start() + 1))
        english = _ENGLISH[m.group().lower()]
        if m.group()[0].isupper():
            english = english[0].upper() + english[1:]
        parts.append(english)
        starts.extend([m.start()] * len(english))
        ends.extend([m.end()] * len(english))
        at = m.end()
    if not parts:
        return None
    parts.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(parts), starts, ends


def reread(
    read: Callable[[str, bool], list[tuple[int, int]]], text: str, professional: bool
) -> list[tuple[int, int]]:
    """Spans `read` finds in `text`, and in a Scots post also in its English reading.

    Args:
        read: The English reader: text and whether the account is professional to spans.
        text: The draft's text, plain.
        professional: Whether the draft is for the professional account.

    Returns:
        Sorted, merged spans in `text`'s own offsets.
    """
    found = read(text, professional)
    folded = text.lower()
    if not any(k in folded for k in _KEYS):
        return found
    rewritten = _english(text)
    if rewritten is None:
        return found
    english, starts, ends = rewritten
    spans = sorted({*found, *((starts[s], ends[e - 1]) for s, e in read(english, professional))})
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
