"""`clinical`: narration about a specific client, patient or session.

Fires on either account for a post that tells of one person the clinician treats, even
masked or generalised ("had a client today who…", "my 2pm…", "a teen I work with…", "proud
of my client", venting about a case, asking for advice on a case). Talk about clinical
topics in general (research, psychoeducation, "clients often ask…", crisis lines) does not.

Two kinds of evidence are used. Some phrases single out one client on their own ("my 2pm",
"a teen I work with", "client J."): they fire alone. Others only refer to a client ("a
patient", "worked with a teen", "the session") and fire when the same sentence also narrates
(a time such as "today", a past-tense verb, "told me"), and not in a general frame ("if a
client…", "a client may…").

Severity: warn on its own, since a masked story may be an ethical choice the clinician made
with consent; block together with a `phi` finding (set in review.py), because then the
client can be recognised.
"""

from __future__ import annotations

import re

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import case_patterns as kp
from dualdesk.core.guards import case_recounted as kr
from dualdesk.core.guards import clinical_patterns as cp
from dualdesk.core.guards import clinical_strong as cs
from dualdesk.core.guards import personal_life as pd
from dualdesk.core.guards import story_asides as sa
from dualdesk.core.guards import story_case_lines as cl
from dualdesk.core.guards import story_consult_ask as ca
from dualdesk.core.guards import story_day_cases as dc
from dualdesk.core.guards import story_filters as sf
from dualdesk.core.guards import story_for_client as fc
from dualdesk.core.guards import story_lives as sl
from dualdesk.core.guards import story_masked_case as mc
from dualdesk.core.guards import story_named as sn
from dualdesk.core.guards import story_not_cases as nc
from dualdesk.core.guards import story_patois as jm
from dualdesk.core.guards import story_people as pe
from dualdesk.core.guards import story_pidgin as pg
from dualdesk.core.guards import story_roles as sr
from dualdesk.core.guards import story_scots as sc
from dualdesk.core.guards import story_screen as ss
from dualdesk.core.guards import story_shapes
from dualdesk.core.guards import story_work_ties as wt
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_story import story_spans
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import Folding, Hits, lowered, plain, sentence_bounds
from dualdesk.core.guards.spoken_english import in_dialect
from dualdesk.core.guards.story_dialogue import turns
from dualdesk.core.guards.story_frames import Frames
from dualdesk.core.guards.story_no_one import told_of_no_one
from dualdesk.core.guards.story_roster import no_story
from dualdesk.core.posts import Draft

_PRONOUN = compiled(
    r"(?:[.!?]\s+)?(?:he|she|her|him|his|hers|they|them|their"
    r"|(?:that|this) (?:woman|man|lady|gent|guy|bloke|fella))\b",
    re.I,
)
_STRONG = tuple(Folding(p) for p in (*cs.STRONG, *kp.CONSULT, *dc.STRONG))
_RECOUNTED = tuple((gate, Folding(p)) for gate, p in kr.RECOUNTED)
_HEADLINES = Folding(kp.HEADLINES)
_SUPERLATIVE = Folding(kp.SUPERLATIVE)
_QUESTIONS = tuple(Folding(p) for p in kp.QUESTIONS)
_EVENTS = Folding(kp.EVENTS)
_RELATIVE = Folding(kp.RELATIVE)
_REFERENCE = tuple(Folding(p) for p in cp.REFERENCE)
_NARRATION = Folding(cp.NARRATION)
_FICTION = Folding(sf.FICTION)
_OWN_CARE = Folding(cp.OWN_CARE)
_SETTING = Folding(cp.SETTING)
_ONGOING = Folding(cp.ONGOING)
_DISCLOSURE = Folding(cp.DISCLOSURE)
_ADDRESSED = Folding(kp.ADDRESSED)
_SAID_AFTER = Folding(kp.SAID_AFTER)
_NOT_A_CLIENT = Folding(cp.NOT_A_CLIENT)
_TOLD_ME = Folding(cp.TOLD_ME)
_TODAY = Folding(sf.TODAY)


def _general(text: str, start: int, end: int, frames: Frames) -> bool:
    s, e = sentence_bounds(text, start)
    if frames.general(s, e, start) or frames.not_a_client(s, e):
        return True
    if cp.GENERAL_FRAME.match(text, s, start) or sf.TYPE_CLAUSE.match(text, start):
        return True  # "somebody who actually listens": a kind of person
    return bool(cp.GENERAL_FRAME.match(text, end, end + 16) or cp.MODAL_AFTER.match(text, end))


def _not_a_client(text: str, start: int, end: int, frames: Frames) -> bool:
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


def _story(
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
            if not not_a_client.within(s, e) and not _general(text, m.start(), m.end(), frames):
                found.append(m.span())
        if found:
            return found
    if next(_SETTING.finditer(text, low), None) is None and not cp.SLOT_HEADING.match(text):
        return []
    if not narration.within(0, len(text)):
        return []
    for m in cp.ONE_PERSON.finditer(text):
        if not _general(text, m.start(), m.end(), frames):
            return [m.span()]
    return []


def _references(
    text: str, low: str | None, frames: Frames, narration: Hits
) -> list[tuple[int, int]]:
    """References to a client ("a patient", "in session") in a sentence that narrates."""
    found: list[tuple[int, int]] = []
    for pattern in _REFERENCE:
        for m in pattern.finditer(text, low):
            s, e = sentence_bounds(text, m.start())
            if _general(text, m.start(), m.end(), frames) or no_story(
                text, frames.unquoted, m.start()
            ):
                continue
            if narration.within(s, e):
                found.append(m.span())
    return found


def _spans(text: str, professional: bool) -> list[tuple[int, int]]:
    low = lowered(text)
    frames = Frames(text, low)
    found = [
        m.span()
        for p in _STRONG
        for m in p.finditer(text, low)
        if not frames.to_the_reader(m.start())  # "when you're stuck on a case": anyone's
    ]
    folded = low or text.lower()
    if " of the " in folded or " to me " in folded or "overheard" in folded:
        found += [m.span() for m in _HEADLINES.finditer(text, low)]
    if " ever " in folded:
        found += [m.span() for m in _SUPERLATIVE.finditer(text, low)]
    if "?" in text:
        found += [m.span() for p in _QUESTIONS for m in p.finditer(text, low)]
    for gate, pattern in _RECOUNTED:
        for word in gate:
            if word in folded:
                found += [m.span() for m in pattern.finditer(text, low)]
                break
    if any(q in text for q in kr.COLON_QUOTES):
        found += kr.tagged_quotes(text, low)
    for m in _EVENTS.finditer(text, low):
        if m.group("task") and not kp.BY_THE_AUTHOR.search(text, max(0, m.start() - 4), m.start()):
            continue
        if not _general(text, m.start(), m.end(), frames):
            found.append(m.span())
    if "'s " in folded or "\u2019s " in folded:
        for m in _RELATIVE.finditer(text, low):
            if not _general(text, m.start(), m.end(), frames):
                found.append(m.span())
    found += [m.span() for m in sa.CASE_CODE.finditer(text)]  # "16M, first episode…"
    if professional:
        found += turns(text)  # a session written as a script
    else:
        found += sa.presented(text, frames.unquoted)  # "young mum, only 19, ... she told me"
    narration = _NARRATION.hits(text, low)  # one scan for both readings below
    structural = _story(text, low, professional, frames, narration)
    structural += story_spans(text, professional, low, frames)
    asked = ca.case_shapes(text, folded, frames) if professional else []  # shapes missed above
    structural += asked
    lives = sl.spans(text, folded)  # a life, then an act: a year in it is no history
    structural += lives + story_shapes.spans(text, folded, professional)
    tied = wt.spans(text, folded, professional)  # "someone I know through work": own filters
    # "session where mama said", a case listed; "a client's health number ... 492 617 3380"
    tied += (
        cl.spans(text, folded, professional)
        + dc.given_ids(text, folded)
        + fc.spans(text, folded, professional)  # a report made, a card, "kiddo (8)"
    )
    structural += tied
    structural += _references(text, low, frames, narration)
    if structural and (
        next(_TODAY.finditer(text, low), None) is not None
        or (next(_FICTION.finditer(text, low), None) is None and not ss.on_screen(text, folded))
    ):
        found += structural  # a film or a drama's people are characters, unless "today" too
    told = mc.said_outright(text, folded, professional)  # "Composite, details changed:"
    found += told
    merged: list[tuple[int, int]] = []
    if found and not told and sa.to_peers(text):
        return merged  # "Nurse colleagues: document the mum's own words…": advice to anyone
    for start, end in sorted(found):
        if (
            (merged and end <= merged[-1][1])
            or (  # inside a kept passage: changes nothing
                (start, end) not in lives + told + asked + tied
                and _not_a_client(text, start, end, frames)
            )
            or (not professional and pd.dating(text, start, end))
        ):  # "the girl I'm seeing"
            continue
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


#: `_spans`, and again in the English reading of a post in Pidgin, Scots or Patois.
_READ = in_dialect(jm.reading, in_dialect(sc.reading, in_dialect(pg.reading, _spans)))


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return a warn for each passage narrating a client (Scots, Pidgin, Patois read too)."""
    del context
    text = draft.text
    return [
        Finding(
            rule=Rule.CLINICAL,
            severity=Severity.WARN,
            start=start,
            end=end,
            message=(
                f"\u201c{text[start:end]}\u201d reads as a story about a specific client or "
                "session; masked or not, the client may recognise themselves."
            ),
            advice=(
                "Don't post about clients, even disguised. Make a general point instead "
                "(\u201cmany people find…\u201d), or keep it for supervision."
            ),
        )
        for start, end in _READ(plain(text), draft.account is Role.PROFESSIONAL)
    ]
