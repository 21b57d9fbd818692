"""`phi`: a person's two initials, undotted, as the subject of what a person does.

"JT finally agreed to the LP", "MK told me she's moving out": two capitals
opening a sentence and followed by what only a person does (agrees,
refuses, tells, cries, relapses) are somebody's initials, as "J.T." would
be. Acronyms open sentences too ("OCD is", "NZ has", "EMS brought"), so the
verb must be a person's, "is"/"has" never count, and the acronyms of
services and trades that do agree, say and ask ("GP", "HR", "OT", "ED")
are not initials.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

#: Two capitals opening a sentence, an adverb perhaps, then a person's own act.
_INITIALS = compiled(
    r"(?P<name>[A-Z][A-Z])(?:,? \d{1,2},?)? (?:(?:finally|just|actually"
    r"|then|eventually|literally|even|also|still) )?(?:agreed|agrees|refused|refuses|declined"
    r"|consented|told (?:me|us)|tells (?:me|us)|asked (?:me|us|if|whether)|admitted|disclosed"
    r"|relapsed|cried|laughed|texted|hugged|smiled|sang|says|said|no-?showed|opened up"
    r"|came back|showed up)\b"
)
#: Acronyms of services, trades and places that do agree, say and ask.
_ACRONYMS = frozenset(
    {"GP", "ED", "ER", "OT", "PT", "CL", "HR", "IT", "PR", "UK", "US", "EU", "MD", "RN", "NP",
     "SW", "DA", "PA", "AA", "NA", "TV", "VA", "UN", "NZ", "NI", "SA", "CA", "NY", "LA", "DC",
     "BC", "QC", "AI", "PD", "MH", "RT", "ST", "PM", "ID", "OK", "IG", "FB", "BBC", "DJ", "QA",
     "HQ", "PE", "RE", "CO", "SN", "EP", "DO", "PO", "SU", "ME", "MP", "PI"}
)  # fmt: skip


#: What the draft must hold for `_INITIALS` to be looked for: its verbs' stems.
_VERB_HINTS = (
    "agree", "refuse", "declined", "consented", "told", "tells", "asked", "admitted",
    "disclosed", "relapsed", "cried", "laughed", "texted", "hugged", "smiled", "sang", "says",
    "said", "showed", "opened up", "came back",
)  # fmt: skip


def initials_subjects(text: str) -> list[Span]:
    """Spans of two undotted initials acting as a person at a sentence's start.

    Args:
        text: the draft, plain.

    Returns:
        (start, end, kind, advice) spans.
    """
    if not holds_any(text, _VERB_HINTS):
        return []
    return [
        (*m.span("name"), "a name or initial", "Remove the name or initial.")
        for m in _INITIALS.finditer(text)
        if m.group("name") not in _ACRONYMS and _opens(text, m.start())
    ]


def _opens(text: str, start: int) -> bool:
    """Whether `start` opens the draft, a line or a sentence (after ". ", "! ", "? ")."""
    return start == 0 or text[start - 1] == "\n" or text[start - 2 : start] in (". ", "! ", "? ")
