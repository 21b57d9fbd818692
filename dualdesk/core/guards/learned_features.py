"""Words a learned guard model reads: lower-cased word unigrams and bigrams.

Shared by the model at review time (`learned.py`) and by the script that
trains it (`bench/train_guard_model.py`), so both see the same features.
"""

from __future__ import annotations

import re
from itertools import pairwise

from dualdesk.core.accounts import Role
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import plain

_WORD = compiled(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE = compiled(r"[^.!?\n]+[.!?\n]*")


def words(text: str) -> list[str]:
    """Return the lower-cased words of `text`, apostrophes straightened."""
    return _WORD.findall(plain(text).lower())


def features(text: str) -> list[str]:
    """Return the unigrams and bigrams of `text`, bigrams joined by a space.

    A start marker before the first word lets a bigram say "starts with".
    """
    seq = words(text)
    # each word with the one before it (the marker before the first), joined at C speed
    return [*seq, *map(" ".join, pairwise(["<s>", *seq]))]


#: The field of work and care. A personal post can give the profession away
#: only by speaking of it (the handle, name and practice are the rules' to
#: match exactly), so the identity_link model is asked only when one of these
#: begins a word; "coffee is the only thing keeping me sane" is never its business.
WORK_FIELD = compiled(
    r"\b(?:work|job|shift|clinic|office|caseload|case|client|patient|pt\b|session|note"
    r"|chart|licen[cs]|registr|board|credential|ceu|cpd|supervis|therap|counsel|psych"
    r"|nurs|social work|hospice|ward|unit|program|referr|intake|colleague|team|practi"
    r"|hospital|appointment|for a living|what i do|my day job|career|profession|qualif"
    r"|degree|trauma|grief|crisis|mental health|treatment|recovery|assessment|diagnos"
    r"|school|student|kids|famil|visit|group|workshop|training|conference|paperwork)",
    re.IGNORECASE,
)


def mentions_work(text: str) -> bool:
    """Whether `text` speaks of work or care at all (`WORK_FIELD`)."""
    return WORK_FIELD.search(text) is not None


def account_token(account: Role) -> str:
    """Return the feature naming the account a draft is written in."""
    return f"<{account.value}>"


def sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the sentences of `text`, stripped of spaces."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans
