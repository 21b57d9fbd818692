"""A case given in brief: a consult in a list, a supervisee's client, a hushed mention.

Five shapes that point at one client without telling the story in full:

- a consult request whose case is a list, a person then a diagnosis:
  "Ideas wanted: ex-shearer, psychosis, can't do crowds. Anyone…?";
- a client of someone the author supervises, who does something:
  "my trainee's client keeps bringing food";
- permission to share, in shorthand: "shared w/ permission", "permission-ish";
- the author holding back about one person: "can't say anything on here" in a post
  about "her" or about a named person;
- a family seen at a care meeting, its members described: "care review - the son who
  farms, the daughter who lives away".

Not a case: a list of topics ("Topics: psychosis, OCD, bipolar - requests?"), a
supervisee's caseload in general ("my trainee's clients are lucky"), a rule about
permission ("never share, even w/ permission?"), holding back about news or a job,
advice on how to run a family meeting.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: A diagnosis or presenting problem as written in a case list.
_DIAGNOSIS = (
    r"(?:psychosis|psychotic|schizophrenia|schizoaffective|bipolar|bpd|eupd|c-?ptsd|ptsd|ocd"
    r"|depression|depressed|anxiety|anxious|dementia|autism|autistic|asd|adhd|anorexia|bulimia"
    r"|arfid|panic|agoraphobia|alcohol|aud|opioids?|heroin|meth|gambling|self-harm|sh|si"
    r"|suicidal|hoarding|grief|trauma|fnd|tbi|stroke|mnd|ms|parkinson's|chronic pain)"
)
#: A person as a case list opens with them: an age, a former trade, a family role.
_DESCRIPTOR = (
    r"(?:ex-[a-z]+|former [a-z]+|retired [a-z]+|\d{1,2}\s?(?:yo|y/o|m|f|s)?|(?:early|mid|late)"
    r"[- ]\d0s|single (?:mum|mom|dad|parent)|(?:mum|mom|dad|mother|father) of \w+|young \w+"
    r"|older \w+|widow(?:er)?|veteran|farmer|student|teen|nurse|teacher|carer)"
)
#: "Ideas wanted: ex-shearer, psychosis, …": a person, then a diagnosis, after an opening.
LISTED_CASE = compiled(
    r"(?:^|[:;.!?]\s*|\n|\s[-\u2013\u2014]\s*)"
    + _DESCRIPTOR
    + r",\s+(?:[\w-]+\s+){0,2}?"
    + _DIAGNOSIS
    + r"\s*[,;]",
    _I,
)
#: A request to the reader that makes the list a consult.
_ASK = compiled(r"\?|\b(?:anyone|ideas|thoughts|advice|recommend\w*|suggestions|tips)\b", _I)
#: Words one of which every ask holds; a draft with none skips the case list.
_ASK_KEYS = ("?", "anyone", "ideas", "thoughts", "advice", "recommend", "suggestions", "tips")
#: Words one of which every care meeting holds.
_MEETING_KEYS = ("review", "meeting", "family session", "case conference", "ward round")

#: A client of a supervisee or colleague, who then does something.
OTHERS_CLIENT = compiled(
    r"\b(?:my|our)\s+(?:trainee|supervisee|student|intern|registrar|resident|mentee"
    r"|junior|colleague|associate)(?:'s|\u2019s)\s+(?:client|patient|service user)\s+"
    r"(?:(?:just|still|finally|now|always)\s+)?(?:keeps|kept|has|had|said|says|told|asked"
    r"|brought|brings|wants|wanted|refused|refuses|came|comes|started|stopped|called|calls"
    r"|cried|walked|left|disclosed|threatened|sent|sends|gave|gives)\b",
    _I,
)
#: Permission to share, in shorthand.
PERMISSION = compiled(
    r"\bw/?\s+(?:(?:her|his|their|full)\s+)?(?:permission|consent)\b"
    r"|\b(?:permission|consent)(?:-ish\b|\s+(?:given|granted|obtained)\b)",
    _I,
)
#: A sentence about the rules of sharing, not a share.
_ABOUT_SHARING = compiled(r"\?|\b(?:never|policy|should|how (?:to|do|much)|without|unless)\b", _I)
#: The author holding back: "can't say anything on here", "won't say more".
HELD_BACK = compiled(
    r"\b(?:can't|can\u2019t|cannot|can not|won't|won\u2019t)\s+(?:say|share|post|go into|write)\s+"
    r"(?:anything|much|more|details|specifics|the details)(?:\s+(?:more|else))?"
    r"(?:\s+(?:on here|here|online|about (?:her|him|it)))?\b",
    _I,
)
#: One person the holding back is about: a pronoun, or a name the author thinks of.
_ABOUT_ONE = compiled(
    r"\b(?i:she|he|her|him|his)\b|\b(?i:about|for|with|of)\s+[A-Z][a-z]{2,}\b(?! (?:[A-Z]|Uni))"
)
#: A care meeting where a family sits with the clinician.
_MEETING = compiled(
    r"\b(?:care review|cpa review|cpa meeting|family meeting|family session|best interests?"
    r" meeting|case conference|discharge meeting|professionals meeting|ward round)\b",
    _I,
)
#: A family member described in the third person: "the son who farms", "Mam in the middle".
FAMILY_DESCRIBED = compiled(
    r"\bthe (?:son|daughter|wife|husband|mum|mam|mom|dad|brother|sister|grandson"
    r"|granddaughter|partner|nephew|niece)\s+who\b",
    _I,
)
#: Advice or teaching about meetings, not one meeting.
_HOW = compiled(r"\b(?:how to|tips?|if|when|always|never|make sure|should|try)\b", _I)


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Return the spans of a case given in brief, in one of the five shapes.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal ("" when lower-casing moves them).
        professional: whether the draft is for the professional account.
    """
    folded = folded or text.lower()
    found: list[tuple[int, int]] = []
    if professional and ", " in folded and holds_any(folded, _ASK_KEYS) and _ASK.search(folded):
        found += [m.span() for m in LISTED_CASE.finditer(folded)]
    if "'s " in folded or "\u2019s " in folded:
        found += [m.span() for m in OTHERS_CLIENT.finditer(folded)]
    if "permission" in folded or "consent" in folded:
        for m in PERMISSION.finditer(folded):
            if not _ABOUT_SHARING.search(folded) and ('"' in text or "\u201c" in text):
                found.append(m.span())
    if "n't " in folded or "n\u2019t " in folded or "cannot " in folded:
        found += [m.span() for m in HELD_BACK.finditer(folded) if _ABOUT_ONE.search(text)]
    if professional and " who" in folded and holds_any(folded, _MEETING_KEYS):
        if not _MEETING.search(folded) or _HOW.search(folded):
            return found
        found += [m.span() for m in FAMILY_DESCRIBED.finditer(folded)]
    return found
