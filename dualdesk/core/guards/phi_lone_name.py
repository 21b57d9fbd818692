"""`phi`: a first name standing alone as a sentence between sentences about someone.

"someone I've been visiting for months died this morning. Ngaire. she
wanted it known..." names the person as a sentence of its own. The shape,
not the name, gives it away: one capitalised word with its own full stop,
after a sentence about a person and before one that goes on with "she" or
"he". A word the lists know (a closed-class word, a role, a kin word), a
common noun's or adjective's ending, an exclamation ("Ugh.", "Oof.") or a
word the post also writes in lower case is not a name.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.phi_words import known_word, written_in_lower_case

Span = tuple[int, int, str, str]

#: One capitalised word as a whole sentence after another sentence.
LONE = re.compile(r"[.!?]\s+(?P<name>[A-Z][a-z\u00e0-\u00ff\u0101-\u017f]{2,14})[.!]+(?=\s|$)")
#: The next sentence goes on about the person: "she wanted", "He was".
_GOES_ON = re.compile(r"\s*(?:she|he|her|his|him)\b", re.IGNORECASE)
#: Exclamations and one-word verdicts, and adjective endings: "Ugh.", "Brutal.", "Lovely.".
_NOT_NAME = re.compile(
    r"(?:ugh|oof|argh|meh|phew|yikes|sigh|bless|cheers|ouch|hmm+|eek|yay|whew|gosh|welp|nope"
    r"|grim|wild|gutted|brutal|respect|legend|classic|tears|silence|peace|bliss|mood|same"
    r"|done|wow|boom|wait|anyway|also|exactly|absolutely|agreed|truth|facts|noted|period"
    r"|full stop)$|(?:al|ic|ly|ful|ous|ble|ish|ary)$"
)


def lone_names(text: str, own: frozenset[str]) -> list[Span]:
    """Spans of a first name written as a sentence of its own inside a story about someone.

    Args:
        text: the draft, plain.
        own: lower-cased words of the user's names and markers.

    Returns:
        (start, end, kind, advice) spans of such names.
    """
    found: list[Span] = []
    for m in LONE.finditer(text):
        if not _GOES_ON.match(text, m.end()):
            continue
        word = m.group("name")
        if known_word(word, own) or _NOT_NAME.search(word.lower()):
            continue
        if written_in_lower_case(text, word):
            continue
        before = max(text.rfind(stop, 0, m.start()) for stop in ".!?\n")
        if pp.THIRD_PERSON.search(text, max(0, before + 1), m.start()):
            found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    return found
