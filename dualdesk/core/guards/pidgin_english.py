"""Spoken Englishes' grammar words put back into standard English, with offsets.

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

from dualdesk.core.guards.alternation_trie import compiled

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


def as_english(text: str) -> tuple[str, list[int], list[int]] | None:
    """Return the draft with its spoken grammar words in English, and their origins.

    Args:
        text: the draft (plain quotes).

    Returns:
        None when nothing was rewritten; else the rewritten text and, for each
        of its characters, where it starts and ends in `text`: a span
        (start, end) of the rewritten text is (starts[start], ends[end - 1]) in
        the draft.
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
