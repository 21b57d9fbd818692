"""A post that says it is about a case: "Composite, details changed:", "as her counsellor".

A writer who tells the reader that details were changed, that the story is a
composite, or that the person agreed to it being shared, says in so many words
that what follows is about someone they treat. The disclosure is the signal;
it holds whatever the story's wording, so it is read before (and apart from)
the filters that decide whether a described person is a client. So does the
author's role toward one person: "as his therapist", "I'm her nurse".

Not a disclosure: "masked depression" (a clinical term), "composite scores", a
school called "Barrhead Composite", a rule about sharing ("never, not even with
permission"), or a question about how to write a composite.
"""

from __future__ import annotations

from dualdesk.core.guards import story_because_case as bc
from dualdesk.core.guards import story_care_relative as cr
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: Words one of which every disclosure holds; a draft with none is not scanned.
_GATE = (
    *("compos", "mask", "anonym", "disguis", "fictional", "permission", "consent", "share"),
    *("detail", "name", "identif", "specific"),
)

#: A disclosure word opening a clause ("Masked story, but real:", "A composite, details
#: changed:"), a changed-details phrase anywhere, or a permission to share. Lower-case text.
DISCLOSED = compiled(
    r"(?:(?:^|(?<=[(\[.!?:;\n]\s)|(?<=[(\[\n]))(?:an?\s+)?(?:(?:heavily|lightly|very)\s+)?"
    r"(?:composite|masked|anonymi[sz]ed|disguised|fictionali[sz]ed)"
    r"(?:\s+(?:and|&)\s+[a-z-]+)?"
    r"(?:\s+(?:story|case|composite|a bit|a lot|heavily|as always|as usual|for privacy))?"
    r"(?=\s*[,:;)]|\s+but\b|\s+for\b)"
    r"|\b(?:details?|names?|identifying (?:details|bits|info(?:rmation)?)|specifics)\s+"
    r"(?:(?:heavily|all|have been|been|are|were|lightly|slightly)\s+)?"
    r"(?:changed|altered|scrambled|blurred|muddled|tweaked|removed|disguised|swapped|fudged)\b"
    r"|\b(?:shared|posted|quoted|used|written|borrowed|stolen)\s+with\s+"
    r"(?:(?:her|his|their|full|explicit)\s+)?(?:permission|consent)\b"
    r"|\(with (?:(?:her|his|their)\s+)?(?:permission|consent)\)"
    r"|\b(?:she|he|they)\s+said\s+i\s+could\s+(?:share|post)\b)"
)

#: The author's role toward one person: "as her counsellor", "I'm his therapist".
ROLE_TOWARD = compiled(
    r"\b(?:as|i'm|i am|being)\s+(?:her|his|their)\s+(?:[\w-]+\s+)?(?:therapist|counsell?or"
    r"|psychologist|psychiatrist|nurse|doctor|social worker|case ?manager|clinician|psych|gp"
    r"|key ?worker|care coordinator|dietitian|physio|provider)\b"
    r"(?!\s+(?:explained|said|says|told|noted|announced|confirmed|reported|put it|puts it))"
)

#: A sentence that sets a rule or asks about disclosing, rather than disclosing.
_ABOUT_DISCLOSING = compiled(
    r"\?|\b(?:never|policy|rule|should|how (?:to|do|much)|not even|without|unless|always ask)\b"
)

#: Someone in the post the disclosure can be about: a pronoun, an age, a quotation.
_SOMEONE = compiled(r"\b(?:she|he|her|him|his|they|them|their)\b|\d|[\"']")


def disclosed(text: str, folded: str) -> list[tuple[int, int]]:
    """Return the spans of disclosures that the post tells a masked case.

    Args:
        text: the draft with straight quotes (`lexicon.plain`).
        folded: `text` lower-cased, offsets unchanged.

    Returns:
        One span per disclosure; empty when the post only speaks about disclosing.
    """
    for word in _GATE:  # a plain loop: cheaper than any(...) on every draft
        if word in folded:
            break
    else:
        return []
    found: list[tuple[int, int]] = []
    for m in DISCLOSED.finditer(folded):
        s, e = sentence_bounds(folded, m.start())[0], sentence_bounds(folded, m.end())[1]
        if _ABOUT_DISCLOSING.search(folded, s, e + 1):
            continue
        if _SOMEONE.search(folded, m.end()) is None:
            continue  # "Masked, gloved, ready for clinic": nobody to be about
        found.append(m.span())
    return found


def said_outright(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Return spans that mark a client story outright, whatever the sentence around them.

    A disclosure that a case was masked (`disclosed`), the author's role toward one
    person ("as her counsellor I'm not supposed to have favourites"), or one client's
    act in a clause of cause or time (`story_because_case`), or one person named in a
    relative clause of the author's care (`story_care_relative`).
    """
    found = disclosed(text, folded) + bc.clause_cases(folded)
    found += cr.cared_for(text, folded, professional)
    if "as h" in folded or "m h" in folded or "being " in folded or "their " in folded:
        found += [m.span() for m in ROLE_TOWARD.finditer(folded)]
    return found
