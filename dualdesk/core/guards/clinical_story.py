"""The structural clinical check: a setting, one person and narration, not in general terms.

The fitted phrases in `clinical_patterns.py` catch the wordings they were
written for; this check looks for the shape of a story instead, so that new
wordings ("reviewed a lad on the ward this morning", "gentleman in bay 3 has
decided…") are caught too. A reference to one person fires when the post is
set in clinical work, the nearby text narrates, and the person's sentence is
not a general statement ("if a client…", "patients often…", "a teen may…"),
which `story_frames.Frames` decides.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain

from dualdesk.core.guards import story_filters as sf
from dualdesk.core.guards import story_filters_quoted as sq
from dualdesk.core.guards import story_kinds_only as ko
from dualdesk.core.guards import story_named as sn
from dualdesk.core.guards import story_narration as nr
from dualdesk.core.guards import story_patterns as sp
from dualdesk.core.guards import story_people as pe
from dualdesk.core.guards import story_retold as sr
from dualdesk.core.guards import story_witness as sw
from dualdesk.core.guards import story_words
from dualdesk.core.guards.lexicon import Folding, Hits, lowered, sentence_bounds
from dualdesk.core.guards.story_anyone import anyone_before
from dualdesk.core.guards.story_clause_starts import clause_people
from dualdesk.core.guards.story_frames import Frames
from dualdesk.core.guards.story_kin_words import no_one
from dualdesk.core.guards.story_not_cases import asked_of_all
from dualdesk.core.guards.story_offered import offered
from dualdesk.core.guards.story_pronoun_ask import unnamed_sentence
from dualdesk.core.guards.story_roster import no_story
from dualdesk.core.guards.substrings import holds_any

#: How far around a person the setting and the narration are looked for.
REACH = 160


_NARRATION = Folding(nr.NARRATION)
_CURRENT = Folding(sf.CURRENT)
_COUNTED = Folding(sw.COUNTED)
_PRONOUN = Folding(sw.PRONOUN)
#: A present "are" before a participle makes it a state of a kind, not an event: "whose
#: papers are stuck", "the ones who are lost" narrate nothing. ("Is" is left alone: "my
#: teen is terrified" is one client's state, told as news.)
_STATE_BEFORE = re.compile(r"\bare\s+\Z", re.IGNORECASE)


def story_spans(
    text: str, professional: bool, lower: str | None = None, frames: Frames | None = None
) -> list[tuple[int, int]]:
    """Return the spans of people a post tells a story about, in a clinical setting.

    On the professional account every post is set in the clinician's work,
    so a story about one person (not family, not a colleague) is taken to be
    about a client; on the personal account the post must name the setting.
    """
    setting = Hits(sp.SETTING, text)
    folded = lower if lower is not None else text.lower()
    seen = (
        not professional and holds_any(folded, sp.SEEN_HINTS) and sp.SEEN.search(text) is not None
    )
    if not professional and not seen and not setting.within(0, len(text)):
        return []
    frames = frames or Frames(text, lower)
    current = next(_CURRENT.finditer(text, lower), None)
    if current and not sf.CONSULT.search(text):
        current = None  # "today, not next week" in advice is no case on the author's desk
    if current and sf.TRIP.search(text, *sentence_bounds(text, current.start())):
        current = None  # "flying to Denver for the summit this week": the author's trip
    if current and offered(text, current.start()):
        current = None  # "Need help over the holidays? Call ...": help offered to the reader
    if current and "ask" in folded and asked_of_all(text, current.start(), frames.unquoted):
        current = None  # 'every psychologist gets asked "are you analysing me right now?"'
    found: list[tuple[int, int]] = []
    if current and (professional or setting.within(0, len(text))):
        found.append(current.span())
    if professional:
        found += _pronoun_stories(text, frames)
        found += _unanchored(text, frames)
    narration: list[int] | None = None
    people = chain(
        story_words.matches(text, lower),
        sp.ONE_PERSON_NAMED.finditer(text),
        nr.MASKED.finditer(text),
        filter(None, (sp.AGE_OPENING.match(text),)),
        sr.chained(text, folded, professional),
        (m for m in sr.replied(text, folded) if _nobody_known(text, frames))
        if professional
        else (),
        clause_people(text, lower, folded, professional),
        sn.named_subjects(text) if professional else (),
        sn.slots(text, folded) if professional else (),
        sn.counted_cases(text, folded) if professional else (),
        sn.kin_of_named(text, folded) if professional else (),
        sn.described(text, folded) if professional else (),
        sw.MET.finditer(text) if " met " in folded or " seen " in folded else (),
        sw.QUOTED_BY.finditer(text),
        _COUNTED.finditer(text, lower) if professional and holds_any(folded, sw.COUNTS) else (),
    )
    for m in people:
        low, high = max(0, m.start() - REACH), min(len(text), m.end() + REACH)
        if not professional and not setting.within(low, high) and not seen:
            continue
        if (
            frames.not_person(m.start(), m.end())
            or no_one(text, m.start(), m.end())
            or ko.no_person(text, m.start(), m.end())  # "the doubles man", "parent workshop"
        ):
            continue  # (a parent addressed, "a family wedding": the author's own)
        s, e = sentence_bounds(text, m.start())
        if nobody_in_particular(text, frames.unquoted, m, s, e) or _whole_group(text, m):
            continue
        if no_story(text, frames.unquoted, m.start()):  # "Bruno = the identified patient"
            continue
        named = sn.is_named(m)
        if named:  # "For whoever's covering: Mrs K's daughter…": the heading is not her clause
            s = max(s, text.rfind(":", s, m.start()) + 1)
        general = frames.general(s, e, m.start()) or sf.GENERIC_AFTER.match(text, m.end())
        if general and current is None:
            continue
        if frames.not_a_client(s, e):
            continue
        if narration is None:
            narration = _narration_starts(text, lower)
        i = bisect_left(narration, low)
        shown = professional and (
            sn.presented(m) or sr.shows(m)
        )  # "Beryl, late 80s, ...", "Mrs Okafor's son"
        if (i == len(narration) or narration[i] >= high) and not (shown or _presented(text, m)):
            continue
        if current is None and not (named or shown) and _defines(frames.unquoted, narration, s, e):
            continue
        found.append(m.span())
    return sorted(found)


def _nobody_known(text: str, frames: Frames) -> bool:
    """Whether the post names no colleague, public figure or member of the author's family."""
    return not (frames.not_a_client(0, len(text)) or pe.OWN_PEOPLE.search(frames.unquoted))


def _defines(unquoted: str, narration: list[int], start: int, end: int) -> bool:
    """Whether a sentence defines a kind of person in the present and narrates nothing.

    "A patient with no interpreter is not 'noncompliant'", "That is a lot for a child":
    a present "is" or "are" and no past event or time word in the sentence itself, so
    narration nearby belongs to another sentence.
    """
    if sq.COPULA.search(unquoted, start, end) is None or "?" in unquoted[start : end + 1]:
        return False  # a question about one person is a consult, not a definition
    i = bisect_left(narration, start)
    return i == len(narration) or narration[i] >= end


def _presented(text: str, m: re.Match[str]) -> bool:
    """Whether a consult presents one person in apposition ("New referral, sweet girl, ...").

    The person has a word before the noun ("new referral", "teen client"): a bare "client,"
    is a word in a list of words.
    """
    said = m.group()
    return said[-2:-1] == "," and " " in said[:-2] and sf.CONSULT.search(text) is not None


def _pronoun_stories(text: str, frames: Frames) -> list[tuple[int, int]]:
    """Clauses where "he" or "she" narrates, unless the post names family or someone in full."""
    found: list[tuple[int, int]] = []
    own: bool | None = None
    for m in pe.PRONOUN_STORY.finditer(text):
        if not pe.CLAUSE_BEFORE.search(text, max(0, m.start() - 9), m.start()):
            continue
        if own is None:
            own = bool(pe.OWN_PEOPLE.search(frames.unquoted) or pe.FULL_NAME.search(text))
        if own:
            return []
        s, e = sentence_bounds(text, m.end() - 1)
        if not (frames.general(s, e, m.end() - 1) or frames.not_a_client(s, e)):
            found.append(m.span())
    return found


def _unanchored(text: str, frames: Frames) -> list[tuple[int, int]]:
    """The first "he" or "she" of a post when nobody is named before it.

    Only in a sentence that narrates (or a post that quotes), is neither general nor a question,
    and when the post names no family member (nor anyone in full before the pronoun).
    """
    m = next(_PRONOUN.finditer(frames.unquoted, lowered(frames.unquoted)), None)
    if m is None:
        return []
    before = frames.unquoted[: m.start()]
    if sw.ANTECEDENT.search(before) or story_words.any_in(before):
        return []
    sentence = unnamed_sentence(text, frames, m.start(), before)  # not "what would it cost her?"
    if sentence is None:
        return []
    s, e = sentence
    said = text[sentence_bounds(text, s - 2)[0] if s > 1 else s : e]  # and the one before it
    if next(_NARRATION.finditer(said, lowered(said)), None) is None and not nr.QUOTE.search(text):
        return []
    return [m.span()]


def nobody_in_particular(text: str, unquoted: str, m: re.Match[str], start: int, end: int) -> bool:
    """Whether a match is a bare general word for a person, tied to no one the author sees.

    "The person", "an individual" and "somebody's" never single one out (a count
    does: "1 person who brought a parrot"); a bare
    "someone" does only in a sentence set in the work ("someone on the unit"),
    looked for outside quotes so that a quoted term ("a 'session'") does not count.
    """
    bare = sf.BARE_PERSON.search(m.group())
    if bare is None or m.group()[:1].isdigit():
        return False
    if sf.DID_TO_ME.match(text, m.start() + bare.end("one" if bare.group("one") else 0)):
        return False  # "someone who begged me": one person, in what they did to the author
    if bare.group("one") is None or sf.NOBODY_AFTER.match(text, m.start() + bare.end("one")):
        return True
    # "whether someone attends", "a checklist you read at someone": anyone at all
    return anyone_before(text, m.start()) or not sp.SETTING.search(unquoted, start, end)


def _whole_group(text: str, m: re.Match[str]) -> bool:
    """Whether a match is a whole group the author serves ("the families we serve")."""
    group = pe.NO_ONE_SERVED.search(text, m.start(), m.end())
    return group is not None and not pe.OF_SOME.search(
        text, max(0, group.start() - 30), group.start()
    )


def _narration_starts(text: str, lower: str | None) -> list[int]:
    """Where the text narrates, leaving out -ed words that are not past tense."""
    found = [
        m.start()
        for m in _NARRATION.finditer(text, lower)
        if not nr.NOT_PAST.match(m.group())
        and not _STATE_BEFORE.search(text, max(0, m.start() - 6), m.start())
    ]
    return sorted(found + [m.start() for m in nr.QUOTE.finditer(text)])
