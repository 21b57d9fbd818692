"""Persons who are nobody in particular, told by the sentence's mood, for the `clinical` guard.

A clinician teaching or advising speaks of an indefinite person ("a kid",
"someone", "a child who…") in sentences shaped unlike a story:

- an instruction: the sentence opens with an imperative ("Don't say … to a
  firey who…", "Try telling a teen that…", "Imagine a client who…");
- a question to the reader: "What do you wish someone had told you?";
- a rule about a kind of person, addressed to the reader in the present:
  "A child who won't try is telling you something";
- words given to the reader inside quotes: a journal prompt, a script;
- a published case named with its alias and real name anywhere in the post
  ("Anna O. (Bertha Pappenheim)", "Henry Molaison (H.M.)"): "the patient"
  there is the one in the textbooks.

Each holds only when the sentence speaks of no "I" and the post of no day
of the author's ("today", "last night"): "Don't ask me how a kid got in today" is
a story.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE
#: How far around a person the post-wide cues are looked for: keeps each check bounded.
_REACH = 400
#: A person no one in particular: "a kid", "an older man", "someone", "anyone".
_INDEFINITE = compiled(r"(?:an?|someone|somebody|anyone|anybody|any)\b", _I)
#: An indefinite pronoun: in a question to the reader, nobody described ("a chap on depot
#: who keeps missing…, any ideas?" is a case).
_SOMEONE = compiled(r"(?:someone|somebody|anyone|anybody)\b", _I)
#: A definite person word that a published case can stand behind: "the patient", "she".
_DEFINITE = compiled(r"(?:the|this|that|she|he|her|his|him)\b", _I)
#: The opening of an instruction to the reader.
_IMPERATIVE = compiled(
    r"\s*(?:don'?t|do not|never|try|imagine|picture|avoid|remember|stop|next time)\b", _I
)
#: Words of an instruction or of the reader: a post with none of them is checked no further.
_READER = ("you", "don't", "dont", "do not", "never", "try", "imagine", "picture", "avoid",
           "remember", "stop", "next time")  # fmt: skip
#: Not the "you" of a "thank-you card" or a "thank you note", which is an object's name.
_YOU = compiled(r"(?<!thank )(?<!thank-)\b(?:you|your|you're|y'all)\b(?!-)", _I)
#: The author speaking as "I": a story of their own day.
_FIRST_PERSON = compiled(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself)\b", _I)
#: A day of the author's: "today", "last night", "this week".
_ANCHOR = compiled(
    r"\b(?:today|tonight|yesterday|just now|this (?:morning|afternoon|evening|week|shift)"
    r"|last (?:night|week|shift))\b",
    _I,
)
#: A narrating past: "was", "had", "did".
_PAST = compiled(r"\b(?:was|were|had|did)\b", _I)
#: Words set in quotes inside a sentence: the quote is someone's words, not the author's.
_QUOTED = compiled(
    r"(?<!\w)['\u2018][^'\u2018\u2019\n]{1,200}['\u2019](?!\w)|[\"\u201c][^\"\u201c\u201d\n]{1,200}[\"\u201d]"
)
#: Words given to the reader to use: a prompt, a script, a mantra, then an opening quote.
_GIVEN_WORDS = compiled(
    r"\b(?:prompts?|script|mantra|affirmation|template|ask yourself|try saying|say to yourself)"
    r"\b[^\"\u201c\n]{0,40}[\"\u201c][^\"\u201d\n]*$",
    _I,
)
#: A published case: an alias with the real name in brackets, or the other way round.
_PUBLISHED_PAIR = compiled(
    r"\b[A-Z][a-z]+(?: [a-z]{2,3})? [A-Z]\.\s*\((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+\)"
    r"|\b(?:[A-Z]\.){2,3}\s*\((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+\)"
    r"|\b(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+\s*\((?:[A-Z]\.){1,3}\)"
)


def _unquoted(text: str, s: int, e: int) -> str:
    """The sentence text[s:e] with its quoted words blanked, same length."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text[s:e])


def nobody_meant(text: str, start: int, end: int) -> bool:
    """Whether the person at text[start:end] is nobody in particular (see the module notes).

    Args:
        text: the draft (straight quotes).
        start: where the person's span starts.
        end: where it ends.

    Returns:
        True in an instruction, a question to the reader, a rule about a kind of person,
        words given to the reader, or a post about a published case; never in a sentence
        that speaks as "I" or of the author's day.
    """
    if ('"' in text or "\u201c" in text) and _GIVEN_WORDS.search(
        text[max(0, start - 200) : start]
    ):
        return True  # 'Journal prompt: "what did I do this week…"': the reader's own words
    near = text[max(0, start - _REACH) : start + _REACH]  # whole-post cues, bounded
    if _DEFINITE.match(text, start):
        if "(" not in near or _PUBLISHED_PAIR.search(near) is None:
            return False
        s, e = sentence_bounds(text, start)
        return _own_words_absent(text, s, e, near)
    if not _INDEFINITE.match(text, start):
        return False
    low = near.lower()
    if not holds_any(low, _READER):
        return False
    s, e = sentence_bounds(text, start)
    imperative = _IMPERATIVE.match(text, s) is not None
    if not imperative and _YOU.search(text, s, e) is None:
        return False
    if not _own_words_absent(text, s, e, near):
        return False
    if imperative:
        return True  # "Don't say 'I know' to a firey who…"
    if not _YOU.search(_unquoted(text, s, e)):
        return False
    if text.find("?", start, e + 1) >= 0:
        return _SOMEONE.match(text, start) is not None  # "What do you wish someone had told you?"
    return not text[s:start].strip() and _PAST.search(text, s, e) is None


def _own_words_absent(text: str, s: int, e: int, near: str) -> bool:
    """Whether the sentence text[s:e], quotes aside, says no "I", and the post (`near`) no day."""
    return _FIRST_PERSON.search(_unquoted(text, s, e)) is None and _ANCHOR.search(near) is None
