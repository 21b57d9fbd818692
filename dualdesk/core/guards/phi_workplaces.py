"""`phi`: where someone the author speaks of works, named by its business.

"She's dreading going back to the phones at First Direct", "his shifts at
Asda", "he got laid off from Boeing in May": a third person's employer pins
them down as a town does. `phi_patterns.PLACE_TRIGGER` reads "works at";
these are the other ways people tell it: going back to work somewhere, the
person's own shifts, boss or team there ("a client's boss at the quarry in
Elkhorn": the kind of workplace and its town), and losing the job there. The
person must come before the trigger in its sentence and not be the author's
own family ("my husband's going back to work at Asda" is the author's life)
nor a colleague ("my supervisor says her team at Deloitte...").
"""

from __future__ import annotations

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_places import small
from dualdesk.core.guards.phi_words import COLLEAGUE
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

#: The trigger, on the lower-cased draft: the workplace follows it.
_TRIGGER = compiled(
    r"\b(?:(?:going|go|goes|went|gone|get|getting|got|headed|heading) back to (?:work|the [\w-]+"
    r"|(?:his|her|their) (?:old )?(?:job|desk|shifts?|post))"
    r"|(?:his|her|their|(?:client|patient)'?s) (?:[\w-]+ )?(?:shifts?|rota|manager|boss"
    r"|supervisor|colleagues|team|job|employer|workplace|contract|hours)"
    r"|(?:laid off|fired|sacked|let go|made redundant|dismissed)) (?:at|from|by) "
    # the kind of workplace, then its town: "her boss at the sawmill in Hazelton"
    r"(?:the [a-z-]+ (?:in|out in|up in|over in|down in|near) )?"
)
_WORDS = ("back to", "shift", "rota", "manager", "boss", "supervisor", "colleagues", "team",
          "job", "employer", "workplace", "contract", "hours", "laid off", "fired", "sacked",
          "let go", "redundant", "dismissed")  # fmt: skip
_KIND = "a place of work"
_ADVICE = "Leave out where the person works."


def workplaces(text: str, folded: str, public: Hits) -> list[Span]:
    """Spans of the employer of someone the author speaks of.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased with the same offsets, or "".
        public: where the draft speaks of public or historical things.

    Returns:
        (start, end, kind, advice) spans of the workplaces.
    """
    if not folded or not holds_any(folded, _WORDS):
        return []
    found: list[Span] = []
    for m in _TRIGGER.finditer(folded):
        where = pp.PLACE_AFTER.match(text, m.end())
        if where is None or not small(where.group("place")):
            continue
        s, e = sentence_bounds(text, m.start())
        if not pp.THIRD_PERSON.search(text, s, m.end()) or public.within(s, e):
            continue
        colleague = COLLEAGUE.search(text, s, m.start()) or COLLEAGUE.search(text, m.end(), e)
        if pp.OWN_FAMILY.search(text, s, m.start()) or colleague:
            continue  # "my husband's going back to work at Asda", a colleague's: not a client's
        found.append((*where.span("place"), _KIND, _ADVICE))
    return found
