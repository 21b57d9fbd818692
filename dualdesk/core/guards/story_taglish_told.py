"""A Taglish story with no one named: "may nagsabi sakin", or a client's "po" quoted.

Tagalog tells that someone did something to the author without naming them:
"may" and an actor-focus verb, then "sa akin" ("kanina may nagsabi sakin…",
"may nagtanong sa akin today…", "may nag-message saken…"). With a word of
the work in the post, or the words quoted (on the personal account, said up
to the author with "po") and no stranger or public place around, that is
someone the author serves, as "someone told me today" is in English.

A clinician also quotes a client speaking to them: the post opens with the
words, addressed to the author by a respect title and "po" ("'Ma'am, pwede
po ba…'"), and the author's answer calls the speaker a child ("Yes anak",
"oo naman, iha"), or the post speaks of the work; words quoted later need
the work ("brought her son for follow-up and told me 'Ma'am, … po'"). An
elder by honorific and name ("Aling Baby", "Mang Ben") in a post about the
work is one person too. A stranger named around the quote (a driver, a
vendor), a habit ("students often ask me, 'Ma'am…'") and "may nagsabi
sakin" with no quote and no work in the post are no client.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: Someone, unnamed, who did something to the author: "may nagsabi sakin", "may tumawag sa akin".
_SOMEONE_TO_ME = compiled(
    r"\bmay (?:nag-?[a-z]{3,}|[bdghklmpstwy]um[aeiou][a-z]{2,}|[a-z]{2,}-[a-z]{3,})"
    r" (?:sakin|saken|sa akin|sa'kin|sa \u2018kin|sa aking)\b",
    _I,
)
#: "sa akin" and its spellings, the cheap gate before `_SOMEONE_TO_ME`.
TO_ME_WORDS = ("sakin", "saken", "sa akin", "sa'kin", "sa \u2018kin", "sa aking")
#: "po", the word of respect, before a space or a mark ("Yes po", "po,"): not "post".
PO_KEYS = tuple(f" po{c}" for c in " ,.!?'\"")
#: Quoted words: the one who told it is quoted.
_QUOTED = compiled("['\"\u2018\u201c]")
#: Words of the author's work with people.
_WORK = compiled(
    r"\b(?:sessions?|sesyon|therapy|treatment|consult\w*|clinic|ward|patients?|pasyente"
    r"|clients?|kliyente|rounds|intake|assessment|counsel+ing|duty|shift|psych\w*|follow-?up"
    r"|check-?up|relapse|meds|gamot|admission|discharge|nurses' station)\b",
    _I,
)
#: A post opening with quoted words addressed to the author with respect: "'Ma'am, pwede po…'".
_ADDRESSED_OPENING = compiled(
    r"\W{0,3}(?:ma'am|ma\u2019am|maam|sir|doc|dok|doktora?|nurse|miss|teacher|ate|kuya)\b"
    r"[^\"\u201d\n]{0,120}?\bpo\b",
    _I,
)
#: Where a quote may open: the post's start, or after a space, a colon or a dash.
_OPENS = compiled("(?:^|(?<=[\\s:\u2014-]))\\s*['\"\u2018\u201c]")
#: A Tagalog honorific and a name, "Aling Baby", "Mang Ben": one elder the author knows.
_HONORED = compiled(r"\b(?:Aling|Mang|Manang|Manong) [A-Z][a-z]+\b")
#: The practice's admin: "may nagtanong sakin about rates", "paano mag-apply as intern".
_ADMIN = compiled(
    r"\b(?:rates?|rate card|slots?|booking|book|sched(?:ule)?|intern\w*|apply|hiring"
    r"|inquir\w*|fees?|presyo|magkano)\b",
    _I,
)
#: A habit told before the words: "students often ask me", "parents ask me".
_HABIT = compiled(
    r"\b(?:often|always|usually|sometimes|frequently|lagi|palagi|madalas|minsan|every|a lot"
    r"|(?:ask|asks|tell|tells) (?:me|us))\b",
    _I,
)
_CLOSES = compiled("[\"\u201d]|'(?!\\w)|\u2019(?!\\w)")
_PO = compiled(r"\bpo\b", _I)
#: The author's answer calling the speaker a child: "Yes anak", "oo naman, iha".
_CALLED_CHILD = compiled(r"\b(?:anak|nak|iha|iho|hija|hijo|bunso|beh)\b", _I)
#: Someone not served, named around the quote: a driver, a vendor, a neighbour.
_STRANGER = compiled(
    r"\b(?:driver|grab|angkas|tricycle|jeep|taxi|tindera|tindero|vendor|guard|kapitbahay"
    r"|barista|cashier|kasambahay|pamangkin|anak ko|classmate|seatmate|mall|palengke|mrt|lrt"
    r"|simbahan|church|grocery|kalye|street)\b",
    _I,
)


def _told_as_client(text: str, professional: bool) -> bool:
    """Whether the words are quoted as a client's: any quote on the professional account; on
    the personal one, words with "po" (said up to the author).
    """
    quoted = _QUOTED.search(text)
    if quoted is None or professional:
        return quoted is not None
    return _PO.search(text, quoted.end()) is not None


def _answered(text: str, at: int, opening: bool) -> list[tuple[int, int]]:
    """The author's answer to a client's words, or the work told around them.

    Words opening the post may be answered after them ("Yes anak"); words quoted later need
    the work anywhere outside them. The span lies outside the quote: words inside one alone
    read as a sample question.
    """
    m = _ADDRESSED_OPENING.match(text, at)
    if m is None or _HABIT.search(text, sentence_bounds(text, max(0, at - 2))[0], at):
        return []  # "Students often ask me, 'Ma'am…'": anyone's question
    closed = _CLOSES.search(text, m.end())
    after = closed.end() if closed is not None else len(text)
    answer = _CALLED_CHILD.search(text, after) if opening else None
    answer = answer or _WORK.search(text, after) or _WORK.search(text, 0, max(0, at - 1))
    return [answer.span()] if answer is not None else []


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of an unnamed someone who did something to the author, or a client's quote.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, for the cheap gates.
        professional: Whether the draft is for the professional account.

    Returns:
        Spans of each such clause.
    """
    found: list[tuple[int, int]] = []
    to_me = "may " in folded and holds_any(folded, TO_ME_WORDS)
    po = professional and holds_any(folded, PO_KEYS)
    if to_me or po:
        stranger = _STRANGER.search(text) is not None
        quoted = not stranger and _told_as_client(text, professional)
        if to_me and (quoted or _WORK.search(text)) and not _ADMIN.search(text):
            found += [m.span() for m in _SOMEONE_TO_ME.finditer(text)]
        for q in _OPENS.finditer(text) if po and not stranger else ():
            found += _answered(text, q.end(), q.start() == 0)
    if professional and ("aling " in folded or "mang " in folded) and _WORK.search(text):
        found += [m.span() for m in _HONORED.finditer(text)]
    return found
