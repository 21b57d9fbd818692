"""Identifier shapes for the `phi` guard: a birthday's day and a home placed by its neighbours.

Two shapes a writer uses without naming a record field:

- a birthday given by its day ("turns 30 on Saturday", "her birthday is next
  Tuesday"): a date tied to a person, unless the person is the author's own
  kin or a colleague;
- a home placed by what is near it ("lives two doors up from my sister in
  Ballyphehane", "lives round the corner from the shop in Fairview"): a place
  tied to someone, when the one who lives there is not the author or their kin.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import MONTH, Hits, sentence_bounds
from dualdesk.core.guards.phi_patterns import OWN_FAMILY, PLACE_AFTER, THIRD_PERSON
from dualdesk.core.guards.phi_places import small
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

_DAY = (
    r"(?:(?:this|next|on|coming) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|tomorrow|today|tonight"
)
#: A birthday by its day: "turns 30 on Saturday", "birthday is next Tuesday", "turns 16 on
#: 3 May". Case-insensitive; tried only when "turn" or "birthday" is in the draft.
BIRTHDAY_DAY = compiled(
    rf"\b(?:(?:turns|turning|will be) \d{{1,3}}|(?:birthday|bday|b-day)(?:'s| is)?)"
    rf" (?:{_DAY}|on (?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTH})"
    rf"|on (?:{MONTH}) \d{{1,2}}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
#: What must be in a draft (lower case) for `BIRTHDAY_DAY` to be tried.
_BIRTHDAY_HINTS = ("turn", "birthday", "bday", "b-day", "will be")
#: Whose birthday it is not a client's: the author's own ("my abuelita turns 91", "our
#: Milo's birthday is Friday"), unless one of a group ("one of my girls") or a client or
#: a slot ("my 2pm"). Searched just before the birthday.
_OWN_SUBJECT = compiled(
    r"(?<!of )\b(?i:my|our) (?:[\w\u00c0-\u017f-]+ )?(?!(?i:client|patient|pt|service)\b|\d)"
    r"[\w\u00c0-\u017f-]+(?:'s|\u2019s)?\s*$"
)
_COLLEAGUE = (
    r"colleague|co-worker|coworker|supervisor|mentor|manager|receptionist|director|boss"
    r"|teammate"
)
#: Anywhere in the sentence: a colleague's, a team's or the practice's own day.
_NOT_CLIENTS = compiled(
    rf"\b(?:{_COLLEAGUE}|practice|clinic|service|charity|podcast|blog)s?\b", re.IGNORECASE
)
#: In the subject of "lives": a colleague's home is no client's.
_COLLEAGUE_SUBJECT = compiled(rf"\b(?:{_COLLEAGUE})s?\b", re.IGNORECASE)
#: A home placed by what is near it: "lives two doors up from my sister in Ballyphehane".
#: The short stretch between the verb and "in" is lower case, with no stop or comma.
HOME_NEAR = compiled(
    r"\b(?:lives|lived|living|resides) (?:[a-z'\u2019-]+ ){1,7}?(?=(?:in|near) [A-Z])",
)

#: A person named by how they came to care: "my new referral lives ...".
_REFERRAL = compiled(r"\b(?:referral|intake|new one)s?\b", re.IGNORECASE)


def identifiers(text: str, folded: str, public: Hits) -> list[Span]:
    """Spans of a birthday by its day and a home placed by its neighbours in `text`.

    `folded` is the draft in lower case; `public` holds its public names.
    """
    return [*birthday_dates(text, folded, public), *homes_near(text, folded, public)]


def birthday_dates(text: str, folded: str, public: Hits) -> list[Span]:
    """Spans of a birthday given by its day, when it is someone else's than the author's own."""
    if not holds_any(folded, _BIRTHDAY_HINTS):
        return []
    found: list[Span] = []
    for m in BIRTHDAY_DAY.finditer(text):
        s, e = sentence_bounds(text, m.start())
        if _NOT_CLIENTS.search(text, s, e) or not THIRD_PERSON.search(text, s, e):
            continue  # "our clinic turns 10 next Monday", "my supervisor's birthday is today"
        if _OWN_SUBJECT.search(text, max(s, m.start() - 30), m.start()):
            continue  # "my abuelita turns 91 on Sunday": the author's own
        if public.within(s, e):
            continue
        found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    return found


def homes_near(text: str, folded: str, public: Hits) -> list[Span]:
    """Spans of a home's place given with what is near it, tied to someone who is not kin."""
    if "liv" not in folded and "resides" not in folded:
        return []
    found: list[Span] = []
    for m in HOME_NEAR.finditer(text):
        where = PLACE_AFTER.match(text, m.end())
        if where is None or not small(where.group("place")):
            continue
        s, e = sentence_bounds(text, m.start())
        subject = text[s : m.start()]
        person = THIRD_PERSON.search(subject) or _REFERRAL.search(subject)
        if person is None or OWN_FAMILY.search(subject) or public.within(s, e):
            continue  # "I lived near...", "my mum lives ...": the author's own home
        if _COLLEAGUE_SUBJECT.search(subject):
            continue  # "my supervisor lives up the road from us in Howth"
        found.append((*where.span("place"), "a place smaller than a state", ""))
    return found
