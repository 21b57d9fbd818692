"""Whereabouts remarks that are asked, offered or advertised, not told of the author.

With no "I" in the sentence, three shapes put a place or a sleepless night
in a post without placing the clinician:

- a job advert's hours ("We're hiring ... two days a week in Fitzroy"):
  where the new colleague would work, not where the author is;
- a night remark in the first words of a question, then advice follows
  ("Lying awake at 2? Get up and read"): the reader's night, asked to frame
  the tip;
- a doing offered as an answer to a colleague's request ("Any ideas? Sitting
  on the back steps?"): a suggestion for someone else, not the author's now.

The caller (`whereabouts_generic.Ownership`) asks only about sentences
without "I", "my" or "me" in them. Each check is a keyword test, then a
bounded pattern at a sentence start.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE
#: A job advert: the practice hiring, a role open, applications asked for.
_HIRING_KEYS = ("hiring", "vacanc", "recruit", "join our team", "join the team", "position")
_HIRING = compiled(
    r"\b(?:we(?:'re| are) (?:now )?hiring|now hiring|hiring!|(?:a |one )?vacanc(?:y|ies)"
    r"|(?:now |are )?recruiting|join our (?:small |growing |lovely )?team|join the team"
    r"|positions? (?:available|open|vacant)|(?:open|new) positions?)",
    _I,
)
#: A doing that opens a sentence: "Sitting", "Walking".
_GERUND_OPEN = compiled(r"\W*[A-Z][a-z]+ing\b")
#: A request for colleagues' ideas, in the draft: "Ideas?", "any suggestions", "thoughts?".
_ASK_KEYS = ("idea", "suggestion", "thought", "tip", "advice", "options", "anyone")
_ASK = compiled(
    r"\b(?:ideas|suggestions|thoughts|tips|advice|options)\s*\?"
    r"|\b(?:any|other|your) (?:ideas|suggestions|thoughts|tips|advice|options)\b"
    r"|\banyone (?:tried|have|got|know)\b",
    _I,
)


def job_advert(low: str) -> bool:
    """Whether the draft (lower-cased) advertises a job at the practice."""
    return holds_any(low, _HIRING_KEYS) and _HIRING.search(low) is not None


def night_asked(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the night remark at `start` opens a question that a tip answers.

    Args:
        text: the draft.
        sentence: start and end of the remark's sentence (the start past its spaces).
        start: where the remark starts.
    """
    s, e = sentence
    if text[e : e + 1] != "?" or len(text[s:start].split()) > 2:
        return False  # (the remark opens the question: "Can't sleep?", "Lying awake at 3?")
    return any(c.isalpha() for c in text[e + 1 : e + 40])  # the tip follows the question


def offered(text: str, low: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence is a doing offered, as a question, to a colleague's request.

    Args:
        text: the draft.
        low: the draft lower-cased.
        sentence: start and end of the sentence (the start past its spaces).
    """
    s, e = sentence
    if text[e : e + 1] != "?" or _GERUND_OPEN.match(text, s) is None:
        return False
    return holds_any(low, _ASK_KEYS) and _ASK.search(text) is not None


def aside(text: str, sentence: tuple[int, int], start: int, *, night: bool) -> bool:
    """Whether the remark at `start` is advertised, asked or offered (see the module docstring).

    Args:
        text: the draft.
        sentence: start and end of the remark's sentence (the start past its spaces).
        start: where the remark starts.
        night: the remark is a late-night one.
    """
    if night and night_asked(text, sentence, start):
        return True
    low = text.lower()
    return job_advert(low) or offered(text, low, sentence)
