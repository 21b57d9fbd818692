"""Tagalog and Taglish grammar of a story about one client or student.

A counsellor writing Taglish tells of one person with Tagalog's own grammar
words, not English ones: a determiner singles the person out ("yung student",
"isang bata", "may Grade 8 ako", "student ko", "isang kinausap ko"), and the
event is told with Tagalog aspect ("nag-disclose", "umiyak", "tinanong ko"),
a time word ("kanina", "kahapon", "nung") or a hearsay or discovery particle
("daw", "pala"). These shapes are the language's, not one writer's.

Only a post with several Tagalog function words is read, so English posts
never reach these patterns. A person in a general frame ("pag may student
na…", "kung yung bata…") is anyone, and passes; so do plural people ("mga
anak"), family ("yung mom ko") and words that are no person ("isang bagay").
`clinical.py` still drops colleagues, public figures and fiction from what
this finds. Every pattern is bounded.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import story_taglish_said
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: Tagalog function words, with their spaces; a post needs three different ones.
_FUNCTION_WORDS = (
    " ng ", "yung", " ang ", " sa ", " ko", " ako", "siya", "niya", " po", " na ", "kasi",
    "pero", " lang", " daw", " raw", " mga ", " nung", "kanina", "hindi", "talaga", "naman",
    " pala", " ba ", "kami", "natin", "niyo", "isang", " akin",
)  # fmt: skip

#: A person a counsellor sees: a student by grade or year, a child, a client, a parent; a
#: noun ending in a vowel may carry Tagalog's linker "-ng" ("yung batang kasama ko").
_NOUN = (
    r"(?:students?|estudyante(?:ng)?|bata(?:ng)?|pasyente(?:ng)?|kliyente(?:ng)?|client|patient|freshm[ae]n|sophomore"
    r"|grade \d{1,2}(?: (?:boy|girl|student))?|boy|girl|teen|kid|member|mom|dad|parent"
    r"|nanay|tatay|kinausap ko|nakausap ko)"
)
#: One person singled out: "yung isang student", "isang Grade 8", "may student (ako)",
#: "student ko", "isang kinausap ko", a case heading "Grade 10 boy,".
PERSON = compiled(
    r"\b(?:(?:yung|'yung|\u2019yung|iyong|yong|ung|may)\s+(?:isang\s+)?|isang\s+)"
    r"(?:(?!mga\b)[a-z-]+\s+){0,2}?"
    + _NOUN
    + r"\b(?!\s+(?:ko|namin|natin|ako|ikaw|tayo|kami)\b)(?!\s+ng\s+mga\b)"
    r"(?!\s+(?:council|body|section|level|teachers?|assembly|org\w*|government|life|services"
    r"|affairs|handbook|activit\w+|week|day|program\w*|fair|orientation)\b)"
    r"|\b(?:students?|estudyante|pasyente|kliyente|client|grade \d{1,2}|bata) ko\b"
    r"|\bgrade \d{1,2} (?:boy|girl|student)\b|\banak niya\b",
    _I,
)
#: "may Grade 8 ako", "may student ako na…": the author has this one person.
_HAS_ONE = compiled(r"\bmay\s+(?:[a-z-]+\s+){0,2}?" + _NOUN + r"\s+ako\b", _I)
#: A general frame just before the person: "pag may…", "kung yung…", "if", "kahit".
_GENERAL = compiled(
    r"\b(?:pag|'pag|\u2019pag|kapag|kung|kahit|sakaling|if|when|whenever|every|lahat ng)\s+"
    r"(?:[a-z-]+\s+){0,2}$",
    _I,
)
#: Telling of an event: a time word, Tagalog completed or ongoing aspect, hearsay or a
#: discovery particle, or "sabi ko" (I said).
NARRATION = compiled(
    r"\b(?:kanina|kahapon|kagabi|nung|noong|dati|today|earlier|this morning|daw|raw|pala"
    r"|sabi (?:ko|niya)|sinabi)\b"
    r"|\bnag-?[a-z]{3,}"
    r"|\bna-[a-z]{3,}"
    r"|\b(?!(?:human|humor|tumor|rumou?r|lumen)\b)(?:um[aeiou]|[bdghklmpstwy]um[aeiou])[a-z-]{2,}"
    r"|\b(?!minut|binar|kinas|linea|linen|pino[ys]|pinay|pinaka|sinus)"
    r"[bdghklmpstwy]in[aeiou][a-z-]{2,}"
    r"|\b[a-z-]+ niya (?:ako|akong)\b|\bniya (?:ako|akong) [a-z-]+",
    _I,
)


def _tagalog(folded: str) -> bool:
    """Whether a post uses at least three different Tagalog function words."""
    return sum(w in folded for w in _FUNCTION_WORDS) >= 3


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` begins: after the last sentence end, comma or colon."""
    start = max(text.rfind(c, 0, at) for c in '.!?\n,:;\u201c"')
    return start + 1


#: Tagalog words a story read here holds one of: a post with none is not read further.
KEYS = (" ng ", "yung", "isang", " ko ", " ko,", " sa ", " po ")


def spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of a Tagalog or Taglish story about one person the author sees.

    Args:
        text: The draft's text, plain.
        folded: `text` lower-cased, for the cheap gates.

    Returns:
        Spans of the person singled out, in a post that narrates an event.
    """
    said = story_taglish_said.spans(text, folded)  # "sabi ni tatay" in a session post
    if not holds_any(folded, KEYS):
        return said
    if not _tagalog(folded):
        return said
    had = list(_HAS_ONE.finditer(text))
    narrates = NARRATION.search(text) is not None
    if not had and not narrates:
        return said
    found: list[tuple[int, int]] = said
    for m in (*had, *(PERSON.finditer(text) if narrates else ())):
        head = text[_clause_start(text, m.start()) : m.start()]
        if _GENERAL.search(head):
            continue  # "pag may student na…": whoever it may be
        found.append(m.span())
    return sorted(found)
