"""Person and case words that name a role, a habit, an argument or a schedule, for `clinical`.

Each reading looks at the few words around one span the story readers found:

- a habit: "someone" or "somebody" right after "whenever", "every time", "each time"
  ("I think of it whenever someone tells me..."): anyone, on any day;
- nobody in particular: "someone" as a passive's agent ("metrics written by someone in
  head office"), "any one patient" ("asking about policy, not about any one patient");
- a role as a predicate: the span follows a copula or "makes you" ("it makes you the
  person who was ready", "be the one who listens", "the relationship is my client"):
  it says what someone is or should be, and tells no one's deed;
- a case that is an argument: "the investment case", "a business case", "make the
  case for", "the case against", "it can support the case": no person at all;
- a number: a capitalised word before a phone number ("Call (956) 555-0100") is a
  contact verb, not a name and an age;
- a schedule: a capitalised step and an interval in a list ("Baseline, 12 wks, then
  yearly", "Week 1, 2 wks, 6 months"): a protocol, not a person and an age.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import PHONE

_I = re.IGNORECASE
_WORD = compiled(r"[A-Za-z]+ ")
#: What a phone number can open with; what an interval ("12 wks,") can end with.
_NUMBER_OPENS = frozenset("(+0123456789")
_INTERVAL_LAST = frozenset("sSkKoOrRyYhH,")
#: The word right before a predicate span, as `_PREDICATE_BEFORE` ends.
_PREDICATE_LAST = frozenset(
    ("you", "us", "them", "be", "become", "is", "becomes", "remains", "you're", "we're", "are")
)
#: Right before the span: a habit ("whenever", "every time").
_HABIT_BEFORE = compiled(r"\b(?:whenever|every time|each time|any time|anytime)\s+$", _I)
_SOMEONE = compiled(r"(?:some|any)(?:one|body)\b", _I)
#: Right before the span: a copula or "makes you", so the span is a predicate. A subject
#: that is a thing ("the relationship is", "it makes you") or the reader ("you're").
_PREDICATE_BEFORE = compiled(
    r"\b(?:(?:it|that|this|which)\s+(?:makes?|made)\s+(?:you|us|them)"
    r"|(?:you|we)\s+(?:can|could|should|will|get to|want to|need to|have to|must|might)\s+be"
    r"|(?:you're|you are|we're|we are)|to be|to become|(?:be|become)"
    r"|the (?:relationship|system|family system|couple|dyad|family|organi[sz]ation|group"
    r"|community|team|unit) (?:is|becomes|remains))\s+$",
    _I,
)
#: A predicate span: "the person who", "my client", "the one who", "a friend who".
_ROLE_SPAN = compiled(
    r"(?:the|a|an|my|our|that)\s+(?:[\w-]+\s+)?(?:person|one|client|patient|friend|adult"
    r"|parent|kind|sort)\b",
    _I,
)
#: "case" in the sense of an argument: its head before or "for"/"against" after.
_ARGUMENT_CASE = compiled(
    r"\b(?:business|investment|economic|financial|funding|policy|moral|ethical|legal"
    r"|strong|compelling|clinical and economic|use|test|edge|base|worst|best)\s+case\b",
    _I,
)
_CASE_FOR = compiled(r"\s+(?:for|against)\s+(?!(?:him|her|them|a|an|one)\b)", _I)
_MAKE_CASE = compiled(
    r"\b(?:make|makes|made|making|support|supports|supported|strengthen|strengthens|weaken"
    r"|weakens|undermine|undermines|argue|argues|argued|build|builds)\s+(?:(?:the|a|our|my"
    r"|this|their|your)\s+)?case\b",
    _I,
)
#: Right before the span: nobody in particular. "written by someone", "not about any one
#: patient", "any one client".
_NOBODY_BEFORE = compiled(
    r"\b(?:[a-z]+(?:ed|en|wn|t)\s+by|not (?:about|for|on) (?:any|a single)|any)\s+$", _I
)
_ANYONE_SPAN = compiled(r"(?:some|any)(?:one|body)\b|one\s+(?:client|patient|person|case)\b", _I)
#: A schedule: an interval after the span ends, then another step ("then yearly").
_INTERVAL_END = compiled(r"\d+\s?(?:wks?|weeks?|mo|mos|months?|yrs?|years?|days?),?$", _I)
_NEXT_STEP = compiled(
    r"\s*(?:(?:then|and then|and|,)\s+)?(?:\d|yearly|annually|monthly|weekly|quarterly|every"
    r"|at \d|after)",
    _I,
)


def role_not_person(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a role, a habit, an argument or a schedule.

    Args:
        text: the draft, plain.
        start: where the span starts.
        end: where it ends.

    Returns:
        True for one of the readings in the module notes.
    """
    said = text[start:end]
    word = _WORD.match(said)
    after = start + word.end() if word is not None else -1
    if after > 0 and text[after : after + 1] in _NUMBER_OPENS and PHONE.match(text, after):
        return True  # "Call (956) 555-0100": a contact verb and the practice's line
    low = said.lower()
    if "one" in low or "body" in low:
        before = text[max(0, start - 40) : start]
        if _SOMEONE.match(said) and _HABIT_BEFORE.search(before):
            return True  # "whenever someone tells me"
        if _ANYONE_SPAN.match(said) and _NOBODY_BEFORE.search(before):
            return True  # "written by someone in Louisville", "not about any one patient"
    if (
        _last_word(text, start) in _PREDICATE_LAST
        and _ROLE_SPAN.match(said)
        and _PREDICATE_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True  # "it makes you the person who was ready"
    if "case" in low:
        if _ARGUMENT_CASE.search(said) or _MAKE_CASE.search(text, max(0, start - 40), end):
            return True  # "The investment case has been made"
        if low.rstrip().endswith("case") and _CASE_FOR.match(text, end):
            return True  # "the case for peer workers"
    tail = said.rstrip()
    return (
        tail[-1:] in _INTERVAL_LAST
        and _INTERVAL_END.search(tail) is not None
        and _NEXT_STEP.match(text, end) is not None
    )


def _last_word(text: str, start: int) -> str:
    """The lower-cased word just before `start` (up to 12 characters back)."""
    head = text[max(0, start - 12) : start].rstrip()
    return head[head.rfind(" ") + 1 :].lower()
