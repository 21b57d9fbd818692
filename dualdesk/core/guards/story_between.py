"""What passes between the author and one person: a title said to them, a start shared.

Two shapes of a story from practice that need no client word. Someone's
words open by calling the author by their title and speak to them
("'Frau Doktor, you look tired today.'", "'Miss, are you married?'"): one
person, talking to the author at work (the author or a speech verb follows
the quotation, so a joke that opens "Doctor, you have to help me" is not
one). One person is described by how they were when "we" began, "we" being
the author and them ("someone who could not leave the flat when we began",
"a lad who wouldn't speak when we first met"), not something the two began
("when we started the clinic"). Both patterns are anchored or bounded, so
matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import PERSON
from dualdesk.core.guards.story_people import OWN_PEOPLE

_I = re.IGNORECASE

#: Everyday words for one person a story is about, beside PERSON: "the fella", "a lass".
FOLK = r"(?:fella|fellow|bloke|lad|lass|gent|chap|auntie|aunty|uncle|nanna|nana|granny)"
#: A quotation that opens with the author's title, then speaks to them. Tried on a quote.
CALLED_BY_TITLE = compiled(
    r"[\"'\u201c\u2018\u00ab\u201e]\s*(?:(?:frau|herr|mrs?|ms|dear) )?(?:doktor|doctor|doc|dr"
    r"|miss|sir|nurse|sister|counsell?or|coach|madam)\s*[,!]\s+(?:you|your|are|can|do|did|why"
    r"|is|will|were|have)\b",
    _I,
)
#: Where the quotation closes, and the author or a speech verb after it: the words were said
#: to the author ("... ' I do, later.", "... ' asked across the table"), not told as a joke.
_CLOSE = compiled(r"[\"\u201d\u2019\u00bb\u201c]|'(?!\w)")
_HEARD = compiled(r"\b(?:(?-i:I)|me|my|we|asked|asks|said|says|told|whispered)\b", _I)
#: "we began" after "when", not followed by what was begun. Searched first, on "when we ";
#: the person (BEGAN_WITH) is looked for just before it. The match leaves "when" out, so
#: the filters that read "when we" as a whole group ("when we serve...") do not apply.
WHEN_WE_BEGAN = compiled(
    r"(?<=\bwhen )we (?:first )?(?:began|started|met)\b"
    r"(?!\s+(?:the|a|an|our|my|this|that|to|in|at|on|with|working|out|up)\b)",
    _I,
)
#: One person and a relative clause, ending where "when we began" starts.
BEGAN_WITH = compiled(
    rf"\b(?:someone|somebody|(?:a|an|the|this|one)\s+(?:[\w-]+\s+)?(?:{PERSON}|{FOLK}))\s+"
    r"(?:who|that)\s+[^.!?;:]{0,60}$",
    _I,
)
#: The shapes of this module: each shows one person without narration nearby.
SHOWN = (CALLED_BY_TITLE, WHEN_WE_BEGAN)


def between(text: str, folded: str, quoted: bool) -> Iterator[re.Match[str]]:
    """Matches of the two shapes (see the module docstring), each behind a gate.

    Args:
        text: The draft, quotes made plain.
        folded: `text` lower-cased.
        quoted: Whether `text` holds a quotation mark.
    """
    if quoted and not OWN_PEOPLE.search(text):  # "... ,' my daughter said": family
        for m in CALLED_BY_TITLE.finditer(text):
            close = _CLOSE.search(text, m.end())
            if close and _HEARD.search(text, close.end()):
                yield m
    if "when we " in folded:
        for tail in WHEN_WE_BEGAN.finditer(text):
            if BEGAN_WITH.search(text, max(0, tail.start() - 95), tail.start() - 5):
                yield tail
