"""Whereabouts remarks whose subject is plainly someone else, or the reader told what may do.

Psychoeducation borrows places and trips for its examples, and the grammar
right before the place says whose they are:

- a public figure named, then a doing ("Serena Williams pulling out in
  Paris ..."): the figure's trip, even when the author speaks of it later in
  the sentence ("... still comes up when I talk to coaches");
- another person as the object of a doing ("that habit kept you going in
  basic training", "watched them running on the beach"): the reader's or
  theirs;
- someone's own people doing it ("their parents learned on the way to
  work", "your dad drove along the coast"), or a thing breaking down ("before
  it breaks down on the motorway"): a third person's road, or a simile;
- a sentence that gives the reader leave or advice ("It's okay to step out
  with the kids", "Feel free to go for a walk"): the reader's plan;
- in a post about a client, a third person as the subject of the remark's own
  clause, with no "I" or "we" in it ("he's here, she's still over the border
  with the kids", "Dad works nights at the airport", ", who passed her test
  after a year of work on the crash on the Coast Road"): the client's life.

Except for the named figure and the clause's subject, the caller (`whereabouts_generic.Ownership`)
asks only about a sentence without "I" in it. Each pattern is anchored at the
remark's start or the sentence's, so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE
#: A named figure and a doing open the sentence and run up to the remark: "Serena Williams
#: stepping ", "Kevin Love opening up " (two or three capitalised words, then the doing and
#: up to two words; "My Mum driving me" has the author in it, checked by the caller).
#: A lead that speaks of the figure may come first: "Can't stop thinking about Serena ...".
_FIGURE_DOING = compiled(
    r"\W*(?:(?:[\w'’]+ ){0,3}?(?i:about|of|remember|remembering|recall|watching|watched|saw)"
    r" )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} [a-z]{2,}ing(?: [a-z]+){0,2} $"
    # a time clause on the figure's past act: "When Naomi Osaka withdrew from ", "After Kevin
    # Love opened up about "
    r"|\W*(?i:when|after|before|since|the day|the year) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
    r" (?:[a-z]{2,}ed|withdrew|left|quit|took|went|spoke|came|stood|sat)(?: [a-z]+){0,2} $"
)
#: Another person as the object, then a doing: "kept you going", "saw them running" (the
#: doing either ends the text before the remark or opens the remark).
_OBJECT_DOING = compiled(r"(?:^|\s)(?:you|them|him|her) ([a-z]{2,}ing )?$", _I)
_DOING = compiled(r"[a-z]{2,}ing\b", _I)
#: Something seen doing it, then the remark's doing: "glad to see the new funding finally ".
_SEEN_DOING = compiled(r"\b(?:see|seeing|saw|seen|watch|watching|watched)(?: [\w'’-]+){1,4} $", _I)
#: Someone's own people as the subject, then a verb: "their parents learned ", "your mum
#: drove ". A thing as the subject: "it breaks down ", "it stalled ".
_THEIRS_DOING = compiled(
    r"(?:^|\s)(?:(?:their|his|her|your) [a-z'’-]{3,}|it) [a-z]{3,}(?:s|ed|t)"
    r"(?: (?:down|up|off|out))? $",
    _I,
)
#: Leave or advice given to the reader at the sentence's start.
_LEAVE_OPEN = compiled(
    r"\W*(?:it'?s|it is|it’s) (?:ok|okay|fine|alright|all right|normal|allowed|healthy|good)"
    r" (?:for you )?to\b|\W*(?:feel free|remember|don't be afraid|do not be afraid) to\b"
    r"|\W*you (?:can|could|may|might|don'?t have to|do not have to)\b",
    _I,
)


def figure_doing(text: str, sentence_start: int, start: int) -> bool:
    """Whether a named figure's doing runs from the sentence's start to the remark at `start`."""
    return (
        start - sentence_start <= 60
        and _FIGURE_DOING.fullmatch(text, sentence_start, start) is not None
    )


#: A sentence recalling a named figure's doing: "Can't stop thinking about Serena Williams
#: pulling out ...", "Remember Kevin Love opening up ...": someone in the news, not a client.
_FIGURE_RECALLED = compiled(
    r"\W*(?:[\w'’]+ ){0,3}?(?i:about|remember|remembering|recall|watching|watched)"
    r" [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} [a-z]{2,}ing\b"
)


def figure_recalled(text: str, sentence_start: int, sentence_end: int) -> bool:
    """Whether a sentence opens by recalling a named figure's doing, with no author in it.

    ("Thinking about Maria Lopez crying in my office" has the author in it: a client.)
    """
    return (
        _FIGURE_RECALLED.match(text, sentence_start) is not None
        and _AUTHOR.search(text, sentence_start, sentence_end) is None
    )


def others_doing(text: str, sentence_start: int, start: int) -> bool:
    """Whether another person, someone's people or a thing does what the remark at `start` tells.

    Args:
        text: the draft.
        sentence_start: where the remark's sentence starts.
        start: where the remark starts.
    """
    before = max(sentence_start, start - 40)
    if _THEIRS_DOING.search(text, before, start) is not None:
        return True
    if _SEEN_DOING.search(text, before, start) and _DOING.match(text, start):
        return True  # "glad to see the grant money reaching clinics in the valley"
    m = _OBJECT_DOING.search(text, before, start)
    return m is not None and (m.group(1) is not None or _DOING.match(text, start) is not None)


def leave_given(text: str, sentence_start: int) -> bool:
    """Whether the sentence starting at `sentence_start` gives the reader leave or advice."""
    return _LEAVE_OPEN.match(text, sentence_start) is not None


#: A third person as a clause's subject: a pronoun, "who", or a relative with a verb.
_THIRD_SUBJECT = compiled(
    r"\b(?:(?:he|she|they|who)(?:['\u2019](?:s|d|ll|re|ve))?\s+(?!i\b|me\b)[a-z]"
    r"|(?:mum|mom|mam|ma|dad|da|mother|father|nan|gran|granny|grandma|grandad|grandpa"
    r"|brother|sister|son|daughter|husband|wife|partner|boyfriend|girlfriend|stepdad"
    r"|stepmum|stepmom|uncle|aunt|auntie)\s+(?:is|was|has|had|does|did|works|worked|goes"
    r"|went|got|lives|lived|drives|drove|takes|took|stays|stayed|[a-z]{3,}s)\b)",
    _I,
)
_KIN_SUBJECTS = """
    mum mom mam ma dad da mother father nan gran granny grandma grandad grandpa brother sister
    son daughter husband wife partner boyfriend girlfriend stepdad stepmum stepmom uncle aunt
    auntie
"""
#: The words `_THIRD_SUBJECT` opens on, for a set lookup before it runs.
_SUBJECT_WORDS = frozenset(
    f"{who}{end}"
    for who in ("he", "she", "they", "who")
    for end in ("", "'s", "'d", "'ll", "'re", "'ve")
) | frozenset(_KIN_SUBJECTS.split())
#: Where the remark's clause starts: a comma, a colon, a bracket or a joining word.
_CLAUSE_OPEN = compiled(r"[,;:(\u2014\u2013]\s|\s(?:and|but|so|while|because|then)\s", _I)
#: Where the remark's clause ends: the same marks, or a stop.
_CLAUSE_CLOSE = compiled(
    r"[,;:(\u2014\u2013.!?](?:\s|$)|\s(?:and|but|so|while|because|then)\s", _I
)
#: The author in a clause: "I", "we", "me", "my", "us", "our" ("told me" is the teller's).
_AUTHOR = compiled(
    r"\b(?:i|i'm|i've|i'd|i'll|(?<!told )(?<!tells )(?<!asked )me|my|we|we're|we've|us|our)\b",
    _I,
)
#: A post about a client: a client, a case, a session, a week of therapy, an age.
_CASE_POST = compiled(
    r"\b(?:client|clients|patient|case|caseload|session|sessions|therapy|referral|young person"
    r"|week \d+|\d{1,2} ?yo|\d{1,2}-year-old"
    # a client by the hour they are seen: "my 2pm", "my 10:30am"
    r"|my \d{1,2}(?:[:.]\d\d)?\s?[ap]m)\b"
    # initials with an age: "J.M., 14," "KT, 15"
    r"|(?-i:\b[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?),? \d{1,2}\b",
    _I,
)


def case_post(text: str) -> bool:
    """Whether the draft is about a client: a client, a case, a session, an age."""
    return _CASE_POST.search(text) is not None


def clause_subject(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a third person is the subject of the remark's clause (ask in a `case_post`).

    Args:
        text: the draft.
        sentence_start: where the remark's sentence starts.
        start: where the remark starts.
        end: where the remark ends.
    """
    window = max(sentence_start, start - 90)
    if _SUBJECT_WORDS.isdisjoint(text[window:start].lower().replace("\u2019", "'").split()):
        return False  # no pronoun, "who" or relative before the remark: the cheap test
    opening = sentence_start
    for m in _CLAUSE_OPEN.finditer(text, window, start):
        opening = m.end()
    if _THIRD_SUBJECT.search(text, opening, start) is None:
        return False
    after = _CLAUSE_CLOSE.search(text, end, end + 60)
    close = after.start() if after is not None else min(len(text), end + 60)
    return _AUTHOR.search(text, opening, close) is None
