"""A client story in Hawaii Pidgin, read through its English grammar words.

Hawaii Pidgin tells the same stories as English with its own articles and
demonstratives: "da" for "the", "dis"/"dat" for "this"/"that", "one" for "a"
before a noun, "dis kine" for "this kind", and the past marker "wen" ("she wen
tell me" for "she told me"). The English readings miss "da girl dis afternoon
who cried" only because of those words, so a post written in Pidgin is read a
second time with them put back into English, and what that reading finds is
mapped back onto the author's own text. The story is then judged by the same
rules as any English post (colleagues, fiction and advice still pass).

Only a post with Pidgin's own article is read again, so English posts cost a
substring check.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: Pidgin grammar words and the English ones they stand for; "one" only before a word
#: that is no number or "of" ("one kid", not "one of", "one day", "one more"); "da" after
#: "my" or "her" is Irish and Scots for "dad", a noun.
_WORDS = compiled(
    r"\b(?:(?<!my )(?<!me )(?<!our )(?<!his )(?<!her )(?<!your )(?<!the )da|dis|dat|kine"
    r"|wen (?:tell|say|ask|cry|come|go|bring|show|call|give)"
    r"|one(?=\s+(?!(?:of|day|more|time|or|and|by|thing|way|another|on|to|in|who|that|which"
    r"|i|you|he|she|we|they|it|is|was|can|last|less|hundred|thousand)\b)[a-z]))\b"
    r"(?!-)",
    _I,
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
#: Pidgin's article before a lower-case word or a number ("da girl", "da 8th grader"):
#: not "da Vinci", and not a line of Portuguese or Italian ("da casa" is rare in English
#: posts, and is only read again, never flagged for the word itself).
_ARTICLE = compiled(r"(?-i:\b[Dd]a) (?=[a-z0-9])")


def _english(text: str) -> tuple[str, list[int], list[int]] | None:
    """The post with Pidgin's grammar words in English, and where each character came from.

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
        word = m.group().lower()
        english = _PAST[word[4:]] if word.startswith("wen ") else _ENGLISH[word]
        if m.group()[0].isupper():
            english = english.capitalize()
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
    """Spans `read` finds in `text`, and in a Pidgin post also in its English reading.

    Args:
        read: The English reader: text and whether the account is professional to spans.
        text: The draft's text, plain.
        professional: Whether the draft is for the professional account.

    Returns:
        Sorted, merged spans in `text`'s own offsets.
    """
    found = read(text, professional)
    if (" da " not in text and not text.startswith("Da ")) or not _ARTICLE.search(text):
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
