"""People inside a sentence addressed to the reader as an instruction.

A person word in an instruction is anyone the reader will meet, not a client
the author saw:

- a sentence opening on "never", "always" or "don't" and a verb in its bare
  form ("Never sit in the farmer's chair", "Always ask the mum first"); a past
  form after it ("Never thought the lad would...") is narration and stays;
- but never a sentence where the author is ("Never forget the kid who told me").
- a call to action opening the sentence on a bare verb of kindness or contact
  and an indefinite person ("Thank a nurse today", "Hug a carer");
- a person inside questions given to the reader to ask ("ask: why this
  problem, why this person, why now?").

`instructed(text, start, end)` says whether one of these holds for a span
another check found; it runs only on such spans.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

_I = re.IGNORECASE

#: "never", "always" or "don't" at a sentence start, then a word that may be a bare verb.
RULE_OPENING = compiled(
    r"\s*(?:[-*\u2022]\s*)?(?:never|always|don'?t|do not|please)\s+(?P<verb>[a-z]+)\b", _I
)
#: Past forms after "never": narration ("Never thought", "never told").
PAST = frozenset(
    {
        "thought", "knew", "saw", "had", "told", "felt", "got", "met", "went", "said", "heard",
        "made", "took", "found", "gave", "came", "left", "kept", "let", "was", "were", "did",
        "expected", "imagined", "believed", "forgot", "understood",
    }
)  # fmt: skip
#: A bare verb of kindness or contact opening a call to action, then anyone.
CALL = compiled(
    r"\s*(?:thank|hug|call|text|phone|check on|hire|support|pay|believe|listen to|feed"
    r"|appreciate|value|celebrate|respect)\s+(?:a|an|every|your|the)\b",
    _I,
)
#: The author in a sentence: "never forget the kid who told me" is a memory, not a rule.
AUTHOR = compiled(r"\b(?:i|i'm|i've|me|my)\b", _I)
#: Questions handed to the reader: "ask:", "ask yourself:", "three questions:".
QUESTIONS_GIVEN = compiled(
    r"\b(?:ask(?: yourself| themselves)?|questions?(?: [\w-]+){0,3})\s*:", _I
)


def instructed(text: str, start: int, end: int) -> bool:
    """Whether the person at [start, end) is in an instruction to the reader."""
    s, e = sentence_bounds(text, start)
    if AUTHOR.search(text, s, e):
        return False
    opening = RULE_OPENING.match(text, s, start)
    if opening is not None:
        verb = opening.group("verb").lower()
        return not (verb.endswith("ed") or verb in PAST)
    if CALL.match(text, s, end):
        return True
    given = QUESTIONS_GIVEN.search(text, s, start)
    return given is not None and "?" in text[end : e + 1]
