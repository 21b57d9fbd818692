"""Spoken Englishes' grammar words put back into standard English, with offsets.

A guard's English reading misses a story or a plan told in Hawaii Pidgin or
Scots only because of a few grammar words. `rewrite` puts English words in
their place and remembers where each character came from; `reread` reads a
draft and its rewrite and maps what the second reading found back onto the
author's own text. The Pidgin words are here (`as_english`), the Scots ones
in `story_scots`.

Hawaii Pidgin, Caribbean and other spoken Englishes tell stories and plans
with their own articles and demonstratives: "da" for "the", "dis"/"dat" for
"this"/"that", "one" for "a" before a noun, "dis kine" for "this kind", and
the past marker "wen" ("she wen tell me" for "she told me"). The guards'
English readings miss "da girl dis afternoon who cried" or "stuck at da DMV"
only because of those words, so a guard reads such a draft a second time in
the standard words (`as_english`) and maps what it finds back onto the
author's own text. Each guard decides which drafts are worth that second
reading; this module only rewrites.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dualdesk.core.guards.alternation_trie import compiled

#: A rewritten text and, for each of its characters, where it starts and ends in the
#: draft: a span (start, end) of the rewrite is (starts[start], ends[end - 1]) there.
Rewrite = tuple[str, list[int], list[int]]
Reader = Callable[[str, bool], list[tuple[int, int]]]

#: The grammar words and the English ones they stand for; "one" only before a word
#: that is no number or "of" ("one kid", not "one of", "one day", "one more"); "da" after
#: "my" or "her" is Irish and Scots for "dad", a noun.
_WORDS = compiled(
    r"\b(?:(?<!my )(?<!me )(?<!our )(?<!his )(?<!her )(?<!your )(?<!the )da|dis|dat|kine"
    r"|wen (?:tell|say|ask|cry|come|go|bring|show|call|give)"
    r"|one(?=\s+(?!(?:of|day|more|time|or|and|by|thing|way|another|on|to|in|who|that|which"
    r"|i|you|he|she|we|they|it|is|was|can|last|less|hundred|thousand)\b)[a-z]))\b"
    r"(?!-)",
    re.IGNORECASE,
)
_ENGLISH = {"da": "the", "dis": "this", "dat": "that", "kine": "kind", "one": "a"}
_PAST = {
    "tell": "told",
    "say": "said",
    "ask": "asked",
    "cry": "cried",
    "come": "came",
    "go": "went",
    "bring": "brought",
    "show": "showed",
    "call": "called",
    "give": "gave",
}


def rewrite(text: str, words: re.Pattern[str], english: Callable[[str], str]) -> Rewrite | None:
    """Return `text` with each match of `words` replaced by `english(match)`, and its origins.

    A word written with a capital keeps it ("Da" -> "The").

    Args:
        text: the draft (plain quotes).
        words: the spoken words to replace.
        english: the standard words for a match (lower-cased).

    Returns:
        None when nothing was rewritten; else the rewrite (`Rewrite`).
    """
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for m in words.finditer(text):
        parts.append(text[at : m.start()])
        starts.extend(range(at, m.start()))
        ends.extend(range(at + 1, m.start() + 1))
        standard = english(m.group().lower())
        if m.group()[0].isupper():
            standard = standard[0].upper() + standard[1:]
        parts.append(standard)
        starts.extend([m.start()] * len(standard))
        ends.extend([m.end()] * len(standard))
        at = m.end()
    if not parts:
        return None
    parts.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(parts), starts, ends


def reread(
    read: Reader, text: str, professional: bool, again: Rewrite | None
) -> list[tuple[int, int]]:
    """Return the spans `read` finds in `text` and in its rewrite, sorted and merged.

    Args:
        read: the English reader: text and whether the account is professional to spans.
        text: the draft's text, plain.
        professional: whether the draft is for the professional account.
        again: the draft's rewrite, or None to read the draft alone.
    """
    found = read(text, professional)
    if again is None:
        return found
    english, starts, ends = again
    spans = sorted({*found, *((starts[s], ends[e - 1]) for s, e in read(english, professional))})
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def in_dialect(reading: Callable[[str], Rewrite | None], read: Reader) -> Reader:
    """A reader that reads a draft as `read` does, and again in `reading`'s English.

    Args:
        reading: a dialect's English rewrite of a draft, or None when the draft is not
            in that dialect (a cheap gate first: English posts cost a substring check).
        read: the English reader.
    """
    return lambda text, professional: reread(read, text, professional, reading(text))


def _pidgin_word(word: str) -> str:
    return _PAST[word[4:]] if word.startswith("wen ") else _ENGLISH[word]


def as_english(text: str) -> Rewrite | None:
    """Return the draft with its Pidgin grammar words in English, and their origins.

    Args:
        text: the draft (plain quotes).
    """
    return rewrite(text, _WORDS, _pidgin_word)
