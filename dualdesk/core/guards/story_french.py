"""One client told of in French, or in French words mixed into English.

A clinician who writes in French, or drops French into an English post,
singles out a client with the language's own grammar words:

- a possessive on a client noun: "ma cliente", "mon patient", "notre
  résidente", and one of the author's clients: "un de mes patients", "une
  de mes clientes";
- an indefinite or demonstrative client noun in a sentence that narrates,
  in either language: "une patiente m'a dit…", "cette résidente sang…";
- "monsieur" or "madame" used as a noun, not as a title before a name, for
  a person who acts or is owned: "Monsieur who sundowns…", "madame's
  daughter", "monsieur a chanté".

Plural possessives without "un de" ("mes patients m'apprennent…"), general
frames ("si un patient…", "un patient peut…"), a quoted maxim and a title
before a name ("Madame Bovary", "Monsieur Tremblay") are not a client.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import NARRATION
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_patterns import IRREGULAR

_I = re.IGNORECASE
#: The French nouns for someone the author cares for, singular.
_NOUN = r"(?:patiente?|cliente?|r[ée]sidente?|usag(?:er|[èe]re)|b[ée]n[ée]ficiaire)"
#: "ma cliente", "mon nouveau patient", "un de mes patients", "une de mes résidentes".
OWNED = compiled(
    rf"\b(?:mon|ma|notre)\s+(?:[\w\u00c0-\u017f-]+\s+)?{_NOUN}(?!s)\b"
    rf"|\b(?:l['\u2019])?une?\s+de\s+(?:mes|nos)\s+(?:[\w\u00c0-\u017f-]+\s+)?{_NOUN}s\b",
    _I,
)
#: "une patiente", "cette résidente": a client noun that needs narration in its sentence.
INDEFINITE = compiled(rf"\b(?:une?|cette|cet|ce)\s+(?:[\w\u00c0-\u017f-]+\s+)?{_NOUN}\b", _I)
#: French narration: a time word, or a past tense with "a"/"est"/"m'a".
_FRENCH_NARRATION = compiled(
    r"\b(?:aujourd['\u2019]hui|ce matin|cet apr[èe]s-midi|ce soir|hier|cette semaine|tant[ôo]t"
    r"|(?:m['\u2019]a|a|est|m['\u2019]est)\s+(?:[\w\u00c0-\u017f]+\s+)?(?:dit|fait|pris|mis"
    r"|[\w\u00c0-\u017f]{2,}[ée]e?))\b",
    _I,
)
#: Any client, not one: a condition or a modal in either language.
_GENERAL = compiled(
    r"\b(?:si|quand|lorsque|chaque|tout|if|when|whenever|every)\b"
    r"|\b(?:peut|doit|devrait|pourrait|may|can|should|might|must)\b",
    _I,
)
#: "monsieur"/"madame" as a noun: not before a capitalised name, a possessive, a relative
#: clause or a verb in either language.
HONORIFIC = compiled(
    r"\b(?-i:[Mm](?:onsieur|adame))(?:['\u2019]s\b|\s+(?:who|qui|from|in (?:room|bed))\b"
    rf"|\s+(?-i:(?:(?:just|finally|still)\s+)?(?:[a-z]{{2,}}(?<!s)s|[a-z]{{3,}}ed|{IRREGULAR}"
    r"|was|is|has|had|a|est|m['\u2019]a)\b))",
    _I,
)


#: Some French word every shape here needs, looked for once.
_GATE = compiled(r"\b(?:(?:mon|ma|mes|notre|nos|une?|cet?te?)\s|monsieur|madame)")


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of one client singled out in French words.

    Args:
        text: The draft, plain.
        folded: `text` lower-cased ("" when offsets would move).
        professional: whether the draft is for the professional account; "monsieur" as a
            noun counts only there (on the personal account he may be a neighbour).

    Returns:
        (start, end) spans; empty when no French client word is present.
    """
    low = folded or text.lower()
    if _GATE.search(low) is None:
        return []
    found: list[tuple[int, int]] = []
    if "mes " in low or "mon " in low or "ma " in low or "notre " in low:
        found += [m.span() for m in OWNED.finditer(text) if not _quoted(text, m.start())]
    if "un" in low or "ce" in low:
        for m in INDEFINITE.finditer(text):
            if _narrated(text, m.start(), m.end()):
                found.append(m.span())
    if professional and ("monsieur" in low or "madame" in low):
        found += [m.span() for m in HONORIFIC.finditer(text)]
    return found


def _narrated(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a client noun tells of an event, not of any client."""
    s, e = sentence_bounds(text, start)[0], sentence_bounds(text, end)[1]
    if _quoted(text, start) or _GENERAL.search(text, s, e):
        return False
    sentence = text[s:e]
    return bool(_FRENCH_NARRATION.search(sentence) or NARRATION.search(sentence))


def _quoted(text: str, start: int) -> bool:
    """Whether a position sits inside a quotation opened earlier in its sentence."""
    before = text[sentence_bounds(text, start)[0] : start]
    return (
        before.count("\u00ab") > before.count("\u00bb")
        or before.count('"') % 2 == 1
        or (before.count("\u201c") > before.count("\u201d"))
    )
