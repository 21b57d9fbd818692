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
from dualdesk.core.guards.spoken_english import Rewrite, rewrite

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
KEYS = ("nae", " wi ", "aboot", " hame", " ken", " dae ", " ye ", "wean", " fae ", " frae ")


def reading(text: str) -> Rewrite | None:
    """The English reading of a Scots post, or None when it has no word only Scots uses."""
    folded = text.lower()
    for key in KEYS:
        if key in folded:
            return rewrite(text, _WORDS, _ENGLISH.__getitem__)
    return None
