"""One person's before and after: the shape of a client's progress told as news.

A clinician proud of a client often tells the change without any clinical
noun: a person, a clause about how they were ("who couldn't leave the
house in March", "who used to miss every other session", "who hadn't
spoken to each other in months"), then what they did now ("drove herself
to her appointment today", "now walks in early", "just finished her
exams"). The person is a bare "someone", "a man", "two people" or a
"the ..." label of a few words; the before is a past habit, an inability
or a span of time; the after is marked by now, today, finally or just.

The author must also be at work in the post (a session, the office, a
follow-up, recovery): a friend's or a neighbour's comeback is not a case.
A condition or a habit ("if someone who used to drink now...", "anyone
who couldn't ... can now") and plural kinds ("people who used to...") are
not one person.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Folding, sentence_bounds

_I = re.IGNORECASE
#: The person: unnamed, one (or a counted pair), or a "the ..." label of a few words.
_WHO = (
    r"(?:\b(?:someone|somebody|(?:a|one|this|that)\s+(?:(?:young|older|little|teenage|new)\s+)?"
    r"(?:man|woman|lady|guy|fella|fellow|bloke|chap|kid|teen|girl|boy|lad|lass|mum|mom|dad"
    r"|mother|father|gentleman|person|couple|family|student|client|patient)"
    r"|(?:two|three|four)\s+(?:people|siblings|sisters|brothers|parents|partners)"
    r"|(?<![\w'])the\s+(?!(?:colleague|nurse|doctor|receptionist|supervisor|speaker|author"
    r"|friend|neighbou?r|barista|staff)\b)[\w'-]+(?:\s+[\w'-]+){0,4}?)"
    r"\s+who(?:'s|'d|\s+has|\s+had)?\s)"
)
#: How they were: a past habit, an inability, or a stretch of time, inside the clause.
_BEFORE = (
    r"(?:used to|couldn't|could not|could barely|hadn't|had not|wouldn't|would not|never"
    r"|was|were|sat|been|spent|barely|refused|since\s+\w+|for\s+(?:a|\d+|two|three|four|six)"
    r"\s+(?:year|month|week)s?|in\s+(?:months|years|weeks)|(?:last|in)\s+(?:january|february"
    r"|march|april|may|june|july|august|september|october|november|december|year|spring"
    r"|summer|autumn|fall|winter))\b"
)
#: What they did now.
_AFTER = r"\b(?:now|today|tonight|finally|just|this\s+(?:morning|afternoon|week))\b"
TURNAROUND = compiled(
    rf"{_WHO}[^.!?\n]{{0,70}}?\b{_BEFORE}[^.!?\n]{{0,80}}?{_AFTER}",
    _I,
)
#: Words that make the person anyone: a condition, advice, a kind, a modal after-state.
_GENERAL = compiled(
    r"\b(?:if|when|whenever|anyone|everyone|every|each|you|your|can(?!')|could(?!n')|may|might"
    r"|should|will|often|usually|sometimes|people)\b",
    _I,
)
#: The author at work somewhere in the post.
_AT_WORK = compiled(
    r"\b(?:sessions?|office|clinic|counsell?(?:ing|or)|therap\w+|follow-?up|appointments?"
    r"|recovery|sober|caseload|intake|referr\w+|treatment|ward|practice|work(?:ed)? with"
    r"|walked with|sat with|client|patient|group"
    r"|work\s+(?:gist|story|stories|win|moment|news|thing|highlight))\b",
    _I,
)
#: The same, case-sensitive, for lower-cased text (several times faster).
_TURNAROUND_LOW = compiled(TURNAROUND.pattern)
_F_AT_WORK = Folding(_AT_WORK)


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of one person's before and after told on a working day.

    Args:
        text: The draft, plain.
        folded: `text` lower-cased ("" when offsets would move).
        professional: whether the draft is for the professional account.

    Returns:
        (start, end) spans; empty when no such turnaround is told.
    """
    del professional  # the same shape on either account: the post's work words gate it
    low = folded or None
    subject, pattern = (folded, _TURNAROUND_LOW) if folded else (text, TURNAROUND)
    lowered_text = folded or text.lower()
    found: list[tuple[int, int]] = []
    at = lowered_text.find(" who")
    while at >= 0:  # the person ends at "who": read only the words around each one
        start, end = sentence_bounds(text, at)
        m = pattern.search(subject, max(start, at - 60), end)
        if m is not None and m.start() <= at and m.span() not in found:
            s = _clause_start(text, m.start())
            general = _GENERAL.search(text, s, m.start()) or _GENERAL.search(
                text, m.end(), m.end() + 12
            )
            if not general:  # "if someone who…", "…now can": a condition or a kind
                found.append(m.span())
        at = lowered_text.find(" who", at + 4)
    if found and next(_F_AT_WORK.finditer(text, low), None) is None:
        return []
    return found


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` begins: after a stop, a colon, "but" or "and"."""
    stop = max(text.rfind(c, 0, pos) for c in ".!?;:\n") + 1
    joint = max(text.rfind(" but ", 0, pos), text.rfind(" and ", 0, pos))
    return max(stop, joint + 1)
