"""One person tied to the author by care in a relative clause: "Miss Vernie, who I look after".

"Miss Vernie, who I look after at work, turned 94 today", "someone I've been
alongside for months got news today": the clause names the author's care of
one person, which makes that person someone the author treats. On the personal
account the post must also say the care is work ("at work", "for work") or
name a setting.

Not a case: the author's own family ("Nan, who I look after on Sundays"), a
colleague ("Tomas, who I worked with at my first clinic": working with someone
is read as care only by `clinical_strong`, after a word for a person), or "who
I saw at the shops" (seeing is no care).
"""

from __future__ import annotations

import re

from dualdesk.core.guards import story_patterns as sp
from dualdesk.core.guards import story_people as pe
from dualdesk.core.guards.alternation_trie import compiled

_CARE = (
    r"(?:look(?:ed|ing)? after|care[ds]? for|caring for|support(?:ed|ing)?|visit(?:ed|ing)?"
    r"|nurs(?:e|ed|ing)|counsell?(?:ed|ing)?|treat(?:ed|ing)?"
    r"|(?:walk(?:ed|ing)?\s+)?alongside|sit(?:ting)? with|sat with)"
)
_CARE_VERB = compiled(rf"(?=[lcsvnta])\b{_CARE}\b")
#: A name before ", who I look after", or a singular person before "I've been alongside".
CARED_FOR = compiled(
    r"(?:(?-i:\b(?:Miss|Mrs|Mr|Ms|Aunty|Auntie|Uncle|Koro|Nana|Papa)\s+)?(?-i:[A-Z][a-z]+)"
    r"(?:\s+(?-i:[A-Z][a-z]+))?,\s+(?:who|whom)"
    r"|\b(?:someone|somebody|(?:a|an|one|this|the)\s+(?:[\w-]+\s+)?(?:man|woman|lady|gent"
    r"|gentleman|boy|girl|kid|teen|guy|fella|lad|lass|elder|resident|client|patient|family"
    r"|couple|mum|mom|dad)))"
    rf"\s+(?:(?:i|we)(?:'ve| have|'d| had| am|'m| was)?(?:\s+been)?\s+{_CARE})\b",
    re.IGNORECASE,
)
#: A name that is the author's own kin, a colleague's role, or a work mate.
_NOT_CARED = compiled(
    r"\b(?:colleague|boss|manager|supervisor|mentor|team|friend|neighbou?r)\b", re.IGNORECASE
)
#: Words for kin, which are also respectful names for elders ("Aunty Mere"): the author's own
#: family, unless the post is about a shift ("who we nurse on nights… Best shift.").
_KIN = compiled(
    r"\b(?:nan|nana|gran|granny|grandma|grandpa|grandad|mum|mom|mam|dad|papa|mama|auntie|aunty"
    r"|uncle)\b",
    re.IGNORECASE,
)
_SHIFT = compiled(r"\b(?:shift|ward|unit|on nights|night duty)\b", re.IGNORECASE)
#: Support that is teaching or mentoring, of a colleague: "who I support as her mentor".
_TRAINING = compiled(
    r"\b(?:mentor\w*|mentee|training|trainee|student|supervisee|colleague|co-?worker"
    r"|conference|presented|graduated|qualified|placement)\b",
    re.IGNORECASE,
)
#: The care is the author's work, on the personal account.
_AT_WORK = compiled(r"\b(?:at|for|from) work\b|\bcalled work\b", re.IGNORECASE)


def cared_for(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Return spans of one person the author cares for, named in a relative clause.

    Args:
        text: the draft (straight quotes).
        folded: `text` lower-cased, offsets unchanged (for the cheap gate).
        professional: whether the draft is on the professional account.

    Returns:
        One span per person so named; empty for family, colleagues, or a personal post
        that says nothing of work.
    """
    if " i " not in folded and " we " not in folded and " i'" not in folded:
        return []
    found: list[tuple[int, int]] = []
    for verb in _CARE_VERB.finditer(folded):  # cheap: then the person, in a short window
        m = CARED_FOR.search(text, max(0, verb.start() - 70), verb.end())
        if m is None or m.end() != verb.end() or _NOT_CARED.search(m.group()):
            continue
        if _KIN.search(m.group()) and not _SHIFT.search(text):
            continue
        found.append(m.span())
    if not found or pe.OWN_KIN.search(text) or _TRAINING.search(text):
        return []
    if not professional and not (_AT_WORK.search(text) or sp.SETTING.search(text)):
        return []
    return found
