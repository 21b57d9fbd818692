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
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.phi_words import known_word, written_in_lower_case
from dualdesk.core.guards.story_patterns import IRREGULAR

Span = tuple[int, int, str, str]

#: One capitalised word as a whole sentence after another sentence.
LONE = compiled(r"[.!?]\s+(?P<name>[A-Z][a-z\u00e0-\u00ff\u0101-\u017f]{2,14})[.!]+(?=\s|$)")
#: The next sentence goes on about the person: "she wanted", "He was".
_GOES_ON = compiled(r"\s*(?:she|he|her|his|him)\b", re.IGNORECASE)
#: Exclamations and one-word verdicts: "Ugh.", "Brutal.", "Meh, ...".
_EXCLAMATION = (
    r"(?:ugh|oof|argh|meh|phew|yikes|sigh|bless|cheers|ouch|hmm+|eek|yay|whew|gosh|welp|nope"
    r"|grim|wild|gutted|brutal|respect|legend|classic|tears|silence|peace|bliss|mood|same"
    r"|done|wow|boom|wait|anyway|also|exactly|absolutely|agreed|truth|facts|noted|period"
    r"|full stop|oh|ah|aw+|argh+|ugh+|oops|whoa|yeah|yep|nah|well|okay|ok|sigh|welp|lol|omg)"
)
#: Exclamations, and adjective endings: "Ugh.", "Brutal.", "Lovely.".
_NOT_NAME = compiled(rf"{_EXCLAMATION}$|(?:al|ic|ly|ful|ous|ble|ish|ary)$")
_EXCLAIMED = compiled(_EXCLAMATION, re.IGNORECASE)
#: A verb right after the noun phrase that follows "Meh, a client": that phrase is the
#: sentence's subject ("a client cancelled"), not a name's apposition ("Maria, a client, …").
_SUBJECT_ACTS = compiled(
    rf"\s+(?:(?:just|finally|then|also)\s+)?(?:{IRREGULAR}|[a-z]{{3,}}ed|has|had|was|is|keeps"
    r"|wants|no-?showed)\b"
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


def exclaimed(text: str, m: re.Match[str]) -> bool:
    """Whether a name found before a comma opens its sentence as an exclamation instead.

    "Meh, a client cancelled" and "Ugh, my 3pm no-showed" open with a word of
    feeling, not a person: the word is an exclamation, or the phrase after
    the comma is the subject of its own verb, so nothing stands in apposition.

    Args:
        text: the draft, plain.
        m: a name pattern's match, with a group "name".

    Returns:
        True when the name is the sentence's first word, a comma follows it, and it is
        an exclamation or the phrase after the comma acts on its own.
    """
    start, end = m.span("name")
    if text[end : end + 1] != "," or text[:start].rstrip()[-1:] not in ("", *".!?\n"):
        return False
    return _EXCLAIMED.fullmatch(m.group("name")) is not None or (
        _SUBJECT_ACTS.match(text, m.end()) is not None
    )
