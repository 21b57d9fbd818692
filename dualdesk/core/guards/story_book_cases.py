"""A post about a case in the books or in history, read as a whole, for `clinical` and `phi`.

A clinician who teaches from the literature writes whole posts about a published
case: "Teaching case: Freud's 'Little Hans', age 5...", "Anna O. was never cured...
Freud's version of it". The child or the initials in them are the book's, in any
sentence of the post, not only the one that names the source. A post is read so
when it shows a source:

- a heading that teaches from a case ("Teaching case:", "Classic case:", "Case from
  the literature"), or
- a theorist's possessive ("Freud's", "Breuer's"), a well-known theorist named at all
  ("Winnicott: 'There is no such thing as a baby'", "Vygotsky died at 37"; not as a
  hashtag), or a possessive before a quoted title-case name ("Watson's 'Little
  Albert'"), or
- a case known by its pseudonym in the textbooks ("Little Hans", "the Rat Man",
  "Phineas Gage", "Anna O.").

It is no such post when it also tells of a day of the author's ("today", "this
week"), or of the author's own client ("my client", "a boy I saw", "our patient",
someone who "told me"): then the book is a comparison and the story is a real one.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE
#: A source: a teaching heading, a theorist's possessive, a quoted name after a possessive,
#: or a textbook case's pseudonym.
_SOURCE = compiled(
    r"\b(?i:(?:teaching|classic|textbook|landmark|historical|historic|famous|published) case"
    r"|case (?:from|in) the (?:literature|textbooks?|books?))\b"
    r"|\b(?i:freud|jung|adler|klein|winnicott|bowlby|ainsworth|watson|skinner|pavlov|piaget"
    r"|erikson|rogers|lacan|breuer|charcot|janet|kraepelin|bleuler|minuchin|laing"
    r"|sacks|luria|milgram|zimbardo|harlow)(?:'s|\u2019s)\s"
    r"|\b[A-Z][a-z]+(?:'s|\u2019s) [\"\u201c'\u2018][A-Z]"
    r"|(?<![#@])\b(?i:freud|winnicott|bowlby|minuchin|skinner|vygotsky|piaget|pavlov|satir|yalom"
    r"|frankl|gottman|maslow|erikson|lacan|kohut|bion|linehan|ainsworth|bowen)\b"
    r"|\b(?i:little (?:hans|albert)|the (?:rat|wolf) man|phineas gage|anna o\b|patient h\.?m\b"
    r"|the piggle|genie wiley|sybil)",
)
#: A day of the author's: the post tells of their own work, not a book's.
_ANCHOR = compiled(
    r"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last (?:night"
    r"|week)|earlier|just now)\b",
    _I,
)
#: The author's own client: "my client", "our patient", "a boy I saw", "I'm seeing".
_OWN_CLIENT = compiled(
    r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:clients?|patients?|caseload|analysands?"
    r"|consultees?|\d{1,2}(?::\d\d)?\s?(?:am|pm)?)\b"
    r"|\b(?:i|we)\s+(?:saw|see|am seeing|'m seeing|treated|treat|work(?:ed)? with|had a"
    r"|assessed)\b|\b(?:told|asked|showed|said to) me\b",
    _I,
)


def book_case_post(text: str) -> bool:
    """Whether the whole post is about a published or historical case (see the module notes).

    Args:
        text: the draft, plain (straight quotes).

    Returns:
        True when the post shows a source and tells of no day and no client of the author's.
    """
    if _ANCHOR.search(text) is not None:  # first: a story's day word ends it soonest
        return False
    return _OWN_CLIENT.search(text) is None and _SOURCE.search(text) is not None
