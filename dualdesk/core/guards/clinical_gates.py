"""Hand-written gates for the clinical scans that `required_words` cannot gate.

`lexicon.Folding` skips a scan when the lower-cased draft lacks every string
the pattern's matches must contain (`required_words`). That reading gives up
on short words ("my", "pt"), on classes (a digit) and on shapes ("a space,
then "i" or "we""), or finds only words most posts have ("with", "see"): such
patterns are scanned on every draft although most drafts cannot match them.

`gated` wraps those few with a test written by hand: a function of the
lower-cased draft that is False only when no match can exist, because every
match holds what it asks for ("#", a digit, "my"). The gate runs only where
the scan would run on the lower-cased draft too (a pattern with no case of its
own and a draft whose lower-casing keeps offsets), so a skipped scan is one
whose case-sensitive twin could not have matched: matches are unchanged.

A gate is keyed by the opening of its pattern's source; a pattern that changes
its opening loses its gate (a slower scan, never a different match), and the
unit tests check each key still opens exactly one pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dualdesk.core.guards.lexicon import Folding
from dualdesk.core.guards.story_contacts import has_digit

#: A space, then "i" or "we", then a space or an apostrophe: "someone I see", "a lad we've".
_PRONOUN_CLAUSE = re.compile(r"\s(?:i|we)[\s']")
#: "i" or "we" as a word, then a space or an apostrophe: "I'm seeing", "the teen we treat".
_PRONOUN_WORD = re.compile(r"\b(?:i|we)[\s']")
#: A digit, then "y" ("15yo", "15-year-old", "15 y/o").
_AGED = re.compile(r"\d[- ]?y")


def digits(low: str) -> bool:
    """Whether a lower-cased text may hold a digit (for a pattern's `\\d`).

    `\\d` matches any script's digits, so only an ASCII text is ruled out by having no ASCII one.
    """
    return not low.isascii() or has_digit(low)


def pronoun_clause(low: str) -> bool:
    """Whether a lower-cased draft has a space, "i" or "we", then a space or an apostrophe."""
    return _PRONOUN_CLAUSE.search(low) is not None


def _pronoun_word(low: str) -> bool:
    return _PRONOUN_WORD.search(low) is not None


def _my(low: str) -> bool:
    return "my" in low


def _my_digit(low: str) -> bool:
    return "my" in low and digits(low)


def _number_sign(low: str) -> bool:
    return "#" in low


def _bracketed_age(low: str) -> bool:
    return "(" in low and digits(low)


def _quoted(low: str) -> bool:
    return '"' in low or "'" in low or "\u201c" in low or "\u2018" in low or "\u00ab" in low


def _one(low: str) -> bool:
    return "one" in low or "1" in low


def _session_word(low: str) -> bool:
    return (
        "session" in low
        or "intake" in low
        or "assessment" in low
        or "appointment" in low
        or "group" in low
        or "shift" in low
    )


def _year_old(low: str) -> bool:
    # "76-year-old today", or a digit, a "y" and a colon: "15yo: 'I ...'"
    return "year" in low or (":" in low and _AGED.search(low) is not None)


#: Pattern openings and what every match of that pattern holds.
GATES: dict[str, Callable[[str], bool]] = {
    # story_patterns.ONE_PERSON_WORD, branch by branch (`story_words`)
    r"(?=\w)(?:\b[\w-]++\s+(?:(?:i|we)": pronoun_clause,  # "someone I see": " i " or " we'"
    r"(?=\w)(?:\bpt\s*#": _number_sign,  # "pt #4"
    r"(?=\w)(?:\b(?:1|one)\s+": _one,  # "one lad who"
    # "after the session today": most posts hold its time words, few its words of a session
    r"(?=\w)(?:\b(?:after|before|during|in|from|out of) (?:a|the": _session_word,
    r"(?=\w)(?:\bmy\s+(?!(?:husband": _my,  # "my 2pm", "my referral"
    r"(?=\w)(?:\b(?:she|he)(?:'s| is| was) ": digits,  # "she's only 15"
    r"(?=\w)(?:\b\d{1,2}[- ]?(?:yo": digits,  # "15yo"
    # clinical_strong.STRONG
    r"(?=m)\bmy\s+(?:(?:mon|tues": _my,  # "my Tuesday 2pm"
    r"(?=[cmp])\b(?:pt|patient|client|mrn)\s*#": _number_sign,  # "client #4471"
    r"(?=m)\bmy\s+\d{1,2}[:.]\d\d": _my_digit,  # "my 10:30"
    r"\b\w++[- ]year[- ]old,?": _year_old,  # "76-year-old today", "15yo: 'I...'"
    r"\((?:(?<=\bpt\()": _bracketed_age,  # "client (15, f)"
    r"\b(?:a|an|one|this|that|the)\s+(?!(?:colleague": pronoun_clause,  # "a teen I work with"
    r"(?=s)\bsome(?:one|body)\s+(?:i|we)": pronoun_clause,  # "someone I've been visiting"
    r"\b(?:a|an|one|this|that|the)\s+(?:(?:young|little|older|teenage|new)\s+)?(?:teen": (
        pronoun_clause  # "a teen we see weekly"
    ),
    r"\b(?:one|some|two|three|several|a few|many|all) of the (?:clients": pronoun_clause,
    r"\b(?:the|a|this|that|my) (?:[\w-]+\s+)?(?:kid|kiddo": pronoun_clause,  # "the kid I see"
    # case_recounted.RECOUNTED: "Teen told me today: 'I...'" ends as a quotation opens
    r"(?:^|(?<=[.!?]\s))(?:[\w-]+\s+)?(?:teen": _quoted,
    # clinical_patterns.ONGOING: "I'm seeing a teen", "a couple we've been treating"
    r"\b(?:i'm|i am|i've been|i have been|we've been)\s+": _pronoun_word,
}


class _Gated:
    """A foldable pattern scanned only when its gate holds for the lower-cased draft."""

    def __init__(self, folding: Folding, holds: Callable[[str], bool]) -> None:
        self._folding = folding
        self._holds = holds
        self.pattern = folding.pattern

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """Matches in `text`, as `Folding.finditer`; none when the gate rules them out."""
        if low is not None and not self._holds(low):
            return iter(())
        return self._folding.finditer(text, low)


def gate_for(folding: Folding) -> Callable[[str], bool] | None:
    """The gate whose key opens `folding`'s pattern, if the pattern runs lower-cased."""
    if folding._lower is None:
        return None  # run with IGNORECASE on the draft: a lower-cased test could differ
    source = folding.pattern.pattern
    for opening, holds in GATES.items():
        if source.startswith(opening):
            return holds
    return None


def gated(folding: Folding) -> Folding | _Gated:
    """`folding`, behind its hand-written gate when it has one."""
    holds = gate_for(folding)
    return folding if holds is None else _Gated(folding, holds)
