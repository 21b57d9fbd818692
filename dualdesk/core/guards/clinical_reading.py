"""The clinical rule's judgement of one passage, and its readings by setting.

`clinical._spans` gathers passages that may tell of a client; the functions here
decide whether a passage speaks of a person in general ("if a client…") or of
someone who is no client (a colleague, a public figure, the author's own
family), and read a post as a story by its setting: one person, narration and
the place of the work in one post (`setting_story`), or a reference to a
client in a sentence that narrates (`references`).
"""

from __future__ import annotations

import re

from dualdesk.core.guards import case_patterns as kp
from dualdesk.core.guards import clinical_patterns as cp
from dualdesk.core.guards import story_day_cases as dc
from dualdesk.core.guards import story_filters as sf
from dualdesk.core.guards import story_named as sn
from dualdesk.core.guards import story_not_cases as nc
from dualdesk.core.guards import story_people as pe
from dualdesk.core.guards import story_roles as sr
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_gates import gated
from dualdesk.core.guards.lexicon import Folding, Hits, sentence_bounds
from dualdesk.core.guards.story_frames import Frames
from dualdesk.core.guards.story_no_one import told_of_no_one
from dualdesk.core.guards.story_roster import no_story

_PRONOUN = compiled(
    r"(?:[.!?]\s+)?(?:he|she|her|him|his|hers|they|them|their"
    r"|(?:that|this) (?:woman|man|lady|gent|guy|bloke|fella))\b",
    re.I,
)
_REFERENCE = tuple(Folding(p) for p in cp.REFERENCE)
_OWN_CARE = Folding(cp.OWN_CARE)
_SETTING = Folding(cp.SETTING)
_ONGOING = gated(Folding(cp.ONGOING))
_DISCLOSURE = Folding(cp.DISCLOSURE)
_ADDRESSED = Folding(kp.ADDRESSED)
_SAID_AFTER = Folding(kp.SAID_AFTER)
_NOT_A_CLIENT = Folding(cp.NOT_A_CLIENT)
_TOLD_ME = Folding(cp.TOLD_ME)


def general(text: str, start: int, end: int, frames: Frames) -> bool:
    """Whether a passage speaks of a person in general: "if a client…", "someone who…"."""
    s, e = sentence_bounds(text, start)
    if frames.general(s, e, start) or frames.not_a_client(s, e):
        return True
    if cp.GENERAL_FRAME.match(text, s, start) or sf.TYPE_CLAUSE.match(text, start):
        return True  # "somebody who actually listens": a kind of person
    return bool(cp.GENERAL_FRAME.match(text, end, end + 16) or cp.MODAL_AFTER.match(text, end))


def not_a_client(text: str, start: int, end: int, frames: Frames) -> bool:
    """Whether a span speaks of a public or historical person, or is no person at all.

    A pronoun or "that woman" points back to a person named before, so a colleague or
    mentor anywhere in the post is the one meant.
    """
    s, e = sentence_bounds(text, start)
    if _PRONOUN.match(text, start, end):
        if (
            pe.FULL_NAME.search(text)
            or sr.named_staff(text)
            or nc.own_kin_before(frames.unquoted, start)
        ):
            return True  # "Gabor Maté ... he said", "Ngaire, our nurse,", "my mum ... she"
        s, e = 0, len(text)  # "her", "he said": the person was named in another sentence
    if frames.not_a_client(s, e) or sr.no_client(text, start, end):
        return True  # a colleague or public figure; "as a nurse", "an HCA who": a role
    if pe.FAMILY_WORD.fullmatch(text, start, end) and (
        pe.OWN_KIN.search(text) or pe.FAMILY_TIME.search(text)
    ):
        return True  # "my aunt's ... the family farm", "off with the family": the author's
    if frames.in_saying(start):
        return True
    if sn.UNMASKED.match(text, end):
        return True  # "H.M. (Henry Molaison)": a case whose name is in the textbooks
    if not text[s:start].strip() and sf.THAT_IS_ME.match(text, start):
        return True  # "Woman with four coffees, that's me": the author, described
    if sf.SLOT_AFTER.match(text, end) and sf.SLOT_BEFORE.search(text, max(0, start - 14), start):
        return True  # "late for my 10am.": a time on the author's day, nobody acts
    return told_of_no_one(text, start, end, frames)  # a saying, a read case, a kind, a FAQ


def setting_story(
    text: str, low: str | None, professional: bool, frames: Frames, narration: Hits
) -> list[tuple[int, int]]:
    """Spans of a story: treatment setting, one third person and narration in one post."""
    if next(_OWN_CARE.finditer(text, low), None):
        return []
    if professional:
        found = [m.span() for m in _ONGOING.finditer(text, low)]
        found += [m.span() for m in _DISCLOSURE.finditer(text, low)]
        found += [m.span() for m in _ADDRESSED.finditer(text, low)]
        found += dc.professional_spans(text, low or text.lower())  # "card from Maeve: 'you…'"
        if not pe.OWN_PEOPLE.search(text):
            found += [m.span() for m in _SAID_AFTER.finditer(text, low)]
        not_a_client = _NOT_A_CLIENT.hits(text, low)
        for m in _TOLD_ME.finditer(text, low):
            s, e = sentence_bounds(text, m.start())
            if not not_a_client.within(s, e) and not general(text, m.start(), m.end(), frames):
                found.append(m.span())
        if found:
            return found
    if next(_SETTING.finditer(text, low), None) is None and not cp.SLOT_HEADING.match(text):
        return []
    if not narration.within(0, len(text)):
        return []
    for m in cp.ONE_PERSON.finditer(text):
        if not general(text, m.start(), m.end(), frames):
            return [m.span()]
    return []


def references(
    text: str, low: str | None, frames: Frames, narration: Hits
) -> list[tuple[int, int]]:
    """References to a client ("a patient", "in session") in a sentence that narrates."""
    found: list[tuple[int, int]] = []
    for pattern in _REFERENCE:
        for m in pattern.finditer(text, low):
            s, e = sentence_bounds(text, m.start())
            if general(text, m.start(), m.end(), frames) or no_story(
                text, frames.unquoted, m.start()
            ):
                continue
            if narration.within(s, e):
                found.append(m.span())
    return found
