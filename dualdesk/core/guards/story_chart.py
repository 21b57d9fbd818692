"""What a chart holds about one person: their consent, their plan, their symptom count.

A clinician who tells of one client often writes what belongs in the chart:

- the client's consent to being told of: "Craig (he's happy for me to say)",
  "with her permission", "he's ok with me sharing";
- a clinical document or measure owned by "her" or "him": "her safety plan",
  "his lithium level", "her discharge plan";
- a count of days free of a symptom in clinical shorthand: "no AH in 4 days",
  "no SH for three weeks";
- the course of one person's illness, in a post about "him" or "her":
  "catatonia's lifting", "the voices are quieter";
- a name with an age or grade in brackets, or a note that the story is
  masked: "T.K. (50s, MND)", "Amira (not quite her real name)";
- a plan made with one person whose story the post tells: "He sleeps in the
  recliner facing the door. We're going to work on that."

A post that names the author's own family ("my dad … his meds") is their own
care, not a client's; a pet's training is no plan of care.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_people import OWN_PEOPLE
from dualdesk.core.guards.story_telegraph import own

_I = re.IGNORECASE

#: One person's consent to the author telling of them. The spans found start after the pronoun,
#: which `clinical.py` would otherwise read as pointing back to anyone named in the post.
CONSENT = compiled(
    r"\b(?:he|she)(?:'s|\u2019s| is| was)\s+(?P<what>happy|ok|okay)"
    r"\s+(?:for me\s+)?(?:to|with me)\s+(?:say|share|sharing|post|posting|tell|mention|name)\b"
    r"|\b(?:with|has given|gave(?: me)?|got)\s+(?:her|his)\s+(?P<given>permission|consent"
    r"|ok|okay)\b",
    _I,
)
#: A document or measure of one person's treatment.
OWNED_RECORD = compiled(
    r"\b(?:her|his)\s+(?P<what>safety plan|care plan|treatment plan|crisis plan|discharge plan"
    r"|relapse prevention plan|med list|meds|lithium level|clozapine level|anc|labs"
    r"|diagnosis|dx)\b",
    _I,
)
#: Days free of a symptom, written as a chart would: "no AH in 4 days", "no SI for 2 weeks".
SYMPTOM_FREE = compiled(
    r"\bno\s+(?:ah|vh|si|hi|sh|nssi|self-?harm|purging|restricting|voices|hallucinations"
    r"|prns?|restraints?|seclusion|bingeing|binges|cutting)\s+(?:in|for|since)\s+"
    r"(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    _I,
)
#: An illness of one person changing, in a post about "him" or "her": "catatonia's lifting",
#: "the voices are quieter".
COURSE = compiled(
    r"\b(?:catatonia|psychosis|mania|hypomania|delirium|the voices|voices|paranoia|mutism"
    r"|the tics|agitation|hallucinations|suicidality|the si)(?:'s|\u2019s| is| are)\s+"
    r"(?:finally\s+|slowly\s+|already\s+|really\s+|definitely\s+)?(?:lifting|clearing"
    r"|settling|resolving|breaking|easing|improving|back|returning|quieter|quieting|fading)\b",
    _I,
)
_THIRD_PERSON = compiled(r"\b(?:he|she|him|her|his)\b", _I)
#: A plan made with one person, in a post whose sentences open with "he" or "she" and that
#: tells of years of a life: "He sleeps in the recliner… Fifteen years. We're going to work
#: on that." A pet or a baby is weeks or months old, and a child "two years old".
PLAN = compiled(
    r"\bwe(?:'re|\u2019re| are)\s+(?:going to |gonna )?(?:start(?:ing)?|work(?:ing)?"
    r"|build(?:ing)?)\s+(?:with|on)\b",
    _I,
)
_SHE_OR_HE_OPENS = compiled(r"(?:^|[.!?]\s+)(?:he|she)\b", _I)
_YEARS = compiled(r"\byears\b(?! old)", _I)
#: Pets and babies whose training is a plan too: "we're working on sit".
_PETS = compiled(r"\b(?:dog|puppy|pup|cat|kitten|horse|baby|toddler|foster)\b", _I)

#: A chart's header: a name or initials with an age, a grade or a decade in brackets, "T.K.
#: (50s, MND)", "Jayden (4th grade, …)"; read on the professional account only, since a
#: parent writes "Ella (3rd grade) won the spelling bee". "(my 6yo)" is the author's own.
HEADER = compiled(
    r"(?:\b(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z])\.)?|\b(?-i:[A-Z])\.\s?(?-i:[A-Z])\.)\s*\("
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:grade|gr\b|yo\b|y/o|yrs?\b|years?\b)|aged? \d|\d0s\b)",
    _I,
)
#: A note that one person's story is masked: "(not quite her real name)", "(details changed)".
MASKED = compiled(
    r"\((?:not (?:quite |really )?(?:her|his|their) real name|(?:name|names|details)"
    r" (?:changed|altered)|pseudonym)",
    _I,
)


def spans(text: str, professional: bool, folded: str) -> list[tuple[int, int]]:
    """Spans of what a chart holds about one person, unless the author's family is named.

    Args:
        text: The draft's text, plain.
        professional: Whether the draft is for the professional account; a plan is read
            only there ("He's 3 and hates peas. We're working on it" is a parent's).
        folded: `text` lower-cased, for the cheap gates.

    Returns:
        Spans of each consent, owned record, symptom-free count, course, header, mask
        and plan.
    """
    found: list[tuple[int, int]] = []
    if "permission" in folded or "consent" in folded or " ok" in folded or "happy" in folded:
        found += [(m.start(m.lastgroup or 0), m.end()) for m in CONSENT.finditer(text)]
    if ("her " in folded or "his " in folded) and _record_word(folded):
        found += [m.span("what") for m in OWNED_RECORD.finditer(text)]
    at = folded.find("no ")
    while at >= 0:
        m = SYMPTOM_FREE.match(text, at)
        if m:
            found.append(m.span())
        at = folded.find("no ", at + 3)
    if _course_word(folded) and _THIRD_PERSON.search(text):
        found += [m.span() for m in COURSE.finditer(text)]
    if "(" in text:
        if professional and not own(text):
            found += [m.span() for m in HEADER.finditer(text)]
        if "real name" in folded or "changed" in folded or "pseudonym" in folded:
            found += [m.span() for m in MASKED.finditer(text)]
    if professional and _planned(folded):
        plans = [m.span() for m in PLAN.finditer(text)]
        opens = _SHE_OR_HE_OPENS.search(text) and _YEARS.search(text)
        if plans and opens and not _PETS.search(text):
            found += plans
    if found and OWN_PEOPLE.search(text):
        return []
    return found


def _planned(folded: str) -> bool:
    """Whether a lower-cased text may hold a plan: "we're" or "we are", then a verb of one."""
    if "we're" not in folded and "we are" not in folded and "we\u2019re" not in folded:
        return False
    return "work" in folded or "start" in folded or "build" in folded


def _record_word(folded: str) -> bool:
    """The cheap gate of `OWNED_RECORD`: substring tests, cheaper than a loop or a pattern."""
    return (
        "plan" in folded
        or "med" in folded
        or "level" in folded
        or "labs" in folded
        or "diagnos" in folded
        or " anc" in folded
        or " dx" in folded
    )


def _course_word(folded: str) -> bool:
    """The cheap gate of `COURSE`."""
    return (
        "catatonia" in folded
        or "psychosis" in folded
        or "mania" in folded
        or "delirium" in folded
        or "voices" in folded
        or "paranoia" in folded
        or "mutism" in folded
    )
