"""A client story in Scots, read through its English grammar words.

Scots tells the same stories as English with its own small words: "wi" for
"with", "aboot" for "about", "-nae" for "-n't" ("cannae", "isnae", "didnae"),
"ken" for "know", "dae" and "ye" for "do" and "you", "fae" for "from", "hame"
for "home", "weans" for "kids", and "no" for "not" before a verb ("he's no
going"). The English readings miss "one of the guys I've been working wi" only
because of those words, so a post written in Scots is read a second time with
them put back into English, and what that reading finds is mapped back onto the
author's own text (`spoken_english`). The story is then judged by the same rules
as any English post (colleagues, fiction and advice still pass).

Only a post with one of those words is read again, so English posts cost a few
substring checks.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.spoken_english import Reader, rewrite
from dualdesk.core.guards.spoken_english import reread as reread_with

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


def reread(read: Reader, text: str, professional: bool) -> list[tuple[int, int]]:
    """Spans `read` finds in `text`, and in a Scots post also in its English reading.

    Args:
        read: The English reader: text and whether the account is professional to spans.
        text: The draft's text, plain.
        professional: Whether the draft is for the professional account.

    Returns:
        Sorted, merged spans in `text`'s own offsets.
    """
    folded = text.lower()
    if not any(k in folded for k in _KEYS):
        return read(text, professional)
    return reread_with(read, text, professional, rewrite(text, _WORDS, _ENGLISH.__getitem__))
