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

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import case_patterns as kp
from dualdesk.core.guards import case_recounted as kr
from dualdesk.core.guards import clinical_patterns as cp
from dualdesk.core.guards import clinical_reading as cr
from dualdesk.core.guards import clinical_strong as cs
from dualdesk.core.guards import personal_life as pd
from dualdesk.core.guards import story_aged_cases as ac
from dualdesk.core.guards import story_asides as sa
from dualdesk.core.guards import story_case_lines as cl
from dualdesk.core.guards import story_consult_ask as ca
from dualdesk.core.guards import story_day_cases as dc
from dualdesk.core.guards import story_filters_quoted as sq
from dualdesk.core.guards import story_for_client as fc
from dualdesk.core.guards import story_kinds_only as ko
from dualdesk.core.guards import story_lives as sl
from dualdesk.core.guards import story_masked_case as mc
from dualdesk.core.guards import story_patois as jm
from dualdesk.core.guards import story_pidgin as pg
from dualdesk.core.guards import story_scots as sc
from dualdesk.core.guards import story_screen as ss
from dualdesk.core.guards import story_shapes
from dualdesk.core.guards import story_work_ties as wt
from dualdesk.core.guards.clinical_gates import digits, gated
from dualdesk.core.guards.clinical_story import story_spans
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.language_gates import spoken_english
from dualdesk.core.guards.lexicon import Folding, lowered, plain
from dualdesk.core.guards.spoken_english import in_dialect
from dualdesk.core.guards.story_dialogue import turns
from dualdesk.core.guards.story_frames import Frames
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.posts import Draft

_STRONG = tuple(gated(Folding(p)) for p in (*cs.STRONG, *kp.CONSULT, *dc.STRONG))
_RECOUNTED = tuple((gate, gated(Folding(p))) for gate, p in kr.RECOUNTED)
_HEADLINES = Folding(kp.HEADLINES)
_SUPERLATIVE = Folding(kp.SUPERLATIVE)
_QUESTIONS = tuple(Folding(p) for p in kp.QUESTIONS)
_EVENTS = Folding(kp.EVENTS)
_RELATIVE = Folding(kp.RELATIVE)
_NARRATION = Folding(cp.NARRATION)
_FICTION = Folding(sq.FICTION)
_TODAY = Folding(sq.TODAY)


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
    if holds_any(text, kr.COLON_QUOTES):
        found += kr.tagged_quotes(text, low)
    for m in _EVENTS.finditer(text, low):
        if m.group("task") and not kp.BY_THE_AUTHOR.search(text, max(0, m.start() - 4), m.start()):
            continue
        if not cr.general(text, m.start(), m.end(), frames):
            found.append(m.span())
    if "'s " in folded or "\u2019s " in folded:
        for m in _RELATIVE.finditer(text, low):
            if not cr.general(text, m.start(), m.end(), frames):
                found.append(m.span())
    found += [m.span() for m in sa.CASE_CODE.finditer(text)] if digits(folded) else []  # "16M…"
    if professional:
        found += turns(text)  # a session written as a script
    else:
        found += sa.presented(text, frames.unquoted)  # "young mum, only 19, ... she told me"
    narration = _NARRATION.hits(text, low)  # one scan for both readings below
    structural = cr.setting_story(text, low, professional, frames, narration)
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
        + ac.spans(text, folded, professional)  # "teen client, 15,", "my youngest one today"
    )
    structural += tied
    structural += cr.references(text, low, frames, narration)
    if structural and (
        next(_TODAY.finditer(text, low), None) is not None
        or (next(_FICTION.finditer(text, low), None) is None and not ss.on_screen(text, folded))
    ):
        found += structural  # a film or a drama's people are characters, unless "today" too
    told = mc.said_outright(text, folded, professional)  # "Composite, details changed:"
    found += told
    merged: list[tuple[int, int]] = []
    if found and not told and (sa.to_peers(text) or ko.favour_asked(text, folded)):
        return merged  # "Nurse colleagues: document the mum's own words…": advice to anyone
    for start, end in sorted(found):
        if (
            (merged and end <= merged[-1][1])
            or (  # inside a kept passage: changes nothing
                (start, end) not in lives + told + asked + tied
                and cr.not_a_client(text, start, end, frames)
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
_DIALECTS = in_dialect(jm.reading, in_dialect(sc.reading, in_dialect(pg.reading, _spans)))


def _read(text: str, professional: bool) -> list[tuple[int, int]]:
    """`_spans`; a draft the family gate lets through is read in its dialects' English too."""
    if spoken_english(text.lower()):
        return _DIALECTS(text, professional)
    return _spans(text, professional)


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
        for start, end in _read(plain(text), draft.account is Role.PROFESSIONAL)
    ]
