"""Terse ways a case is told: a session "where" something happened, a case listed, a code.

- "mother/daughter session where mama finally said sorry", "home visit where the dad
  cried": a kind of session, then "where" or "when" and what a person did in it. The
  session is the author's work, so the people in it are clients, even when they are
  named by a family word ("mama", "nan") that elsewhere means the author's own family.
- "Question for other OTs: older man, recent stroke, wants to drive again. Thoughts?":
  a case put to peers as a list, one person and then at least two of their traits
  set off by commas, in a post that asks something.
- "Closed file HL-2291 today", "on hold to CAMHS about DGR7734": one client by the
  number or code of their record (`phi_file_numbers`), on either account.
- "Can't reach Kiri's dad for the safety plan review": a client's family out of reach
  for a piece of their care (not "my sister's landlord about the leak").

Not a case: a session in general terms ("a session where nobody cries is still a good
session", "every session where a client…", "if you have a session where…"), a list of
kinds of people ("mums, dads, carers: all welcome"), or a list in a post that asks
nothing.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.phi_file_numbers import coded_cases, file_numbers

_I = re.IGNORECASE

#: A client's family out of reach for a piece of their care: "can't reach Kiri's dad for the
#: safety plan review", "couldn't get hold of my patient's mum about her meds".
OUT_OF_REACH = compiled(
    r"(?=[cnt])\b(?:can't|cannot|couldn't|can not|trying to|tried to|no answer from)"
    r"(?: (?:reach|get hold of|get through to|contact|raise))?\s+(?:(?:my|a|this|the) )?"
    r"[\w-]+'s (?:mum|mom|dad|mother|father|parents?|carer|caregiver|guardian|nan|grandma"
    r"|grandmother|grandad|grandpa|auntie|aunt|uncle|wh[a\u0101]nau|family|partner|wife|husband"
    r"|sister|brother|foster (?:mum|mom|dad|parents?|carer))\b[^.!?\n]{0,40}?\b(?:safety"
    r" plan|review|appointment|session|meds|medication|referral|discharge|follow-?up|intake"
    r"|assessment|consent|care plan|treatment plan)\b"
)
#: The author's own people out of reach: "can't reach my sister's landlord" is no client's.
_OWN = compiled(r"[^']*\bmy (?!(?:[\w-]+ )?(?:client|patient|kid|teen)'s)")
#: A kind of session at a clause start (or after "had", "today's"), then where a person acted.
SESSION_WHERE = compiled(
    r"(?:^|(?<=[.!?:;\n]\s)|(?<=\bhad\s)|(?<=\bthat\s)|(?<=\bthis\s)|(?<=today's\s))"
    r"(?:[\w/-]+\s+)?(?:session|appointment|home visit|visit|assessment|consult|review)"
    r"\s+(?:where|when|in which)\s+(?:[\w'/-]+\s+){1,3}?(?:finally\s+|just\s+|actually\s+)?"
    r"(?:[a-z]{2,}ed|said|told|wept|cried|broke|came|spoke|took|gave|got|made|held|let|sang)\b",
    _I,
)
#: Words that make a session general, looked for in its sentence.
_GENERAL = compiled(
    r"\b(?:every|any|each|whenever|if|when you|nothing|no one|nobody|never|always|those"
    r"|best|worst|love it)\b",
    _I,
)
#: After a colon in an ask: one person, then two traits set off by commas.
LISTED = compiled(
    r"(?<=:\s)(?:(?:adult|young|older|elderly|middle-aged|teenage|new)\s+)?(?P<who>woman|man"
    r"|boy|girl|teen|lad|lass|mum|mom|dad|gent|lady|student|client|patient|kid)"
    r",\s+(?P<trait>[^,.?!:\n]{2,30}),\s+[^,.?!:\n]{2,}",
    _I,
)
#: A trait that is another kind of person: a list of people, not one person's traits.
_PEOPLE = compiled(
    r"\b(?:woman|women|man|men|mums?|moms?|dads?|carers?|parents?|partners?|kids?|children"
    r"|teens?|families|staff|everyone|all|clients?|patients?|service users?|person|people"
    r"|individuals?|consumers?|residents?|students?|boys?|girls?)\b",
    _I,
)
#: A post that asks peers something.
_ASKS = compiled(
    r"\b(?:question|q|thoughts|ideas|advice|anyone|how do you|what would you|would you"
    r"|how would you|help)\b",
    _I,
)


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Return spans of a session where someone acted, or a case listed to peers.

    Args:
        text: the draft (straight quotes).
        folded: `text` lower-cased, offsets unchanged (for the cheap gates).
        professional: whether the draft is on the professional account.

    Returns:
        The spans found: on the personal account only a client's file number or code;
        none for general sessions and lists.
    """
    found = [(s, e) for s, e, *_ in file_numbers(folded) + coded_cases(text, folded)]
    if not professional:
        return found  # "closed file HL-2291", "about DGR7734": one client's record, either account
    if "'s " in folded:
        for m in OUT_OF_REACH.finditer(folded):
            start = sentence_bounds(text, m.start())[0]
            if not (_OWN.match(m.group()) or _GENERAL.search(text, start, m.end())):
                found.append(m.span())
    if " where " in folded or " when " in folded or " in which " in folded:
        for m in SESSION_WHERE.finditer(text):
            start = sentence_bounds(text, m.start())[0]
            if not _GENERAL.search(text, start, m.end()):
                found.append(m.span())
    if "?" in text and ": " in text and _ASKS.search(folded):
        for m in LISTED.finditer(text):
            if not _PEOPLE.search(m.group("trait")):
                found.append((m.start(), m.end("trait")))
    return found
