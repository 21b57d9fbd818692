"""A "he" or "she" nobody was named for, in a question to peers or beside a parent.

`clinical_story._unanchored` reads the first "he" or "she" of a post that names
no one before it as a client when the text around it narrates. Two shapes tell
a case in the present tense, with no narration at all:

- a question to peers about someone only the author knows: "Tricky one: very
  anxious, treats every worksheet like an exam she has to ace. Thoughts?";
- a parent of someone only the author knows, or a part of their care: "His mum
  works nights, so the review is at six", "His IEP says 30 minutes a week".

The same checks hold as for `clinical_story._unanchored` (`unnamed_sentence`):
nobody (no name, no "someone", no "my sister") before the pronoun, no family
and no colleague in the post, and the pronoun's sentence neither general
("when a teen...") nor itself a question.
"""

from __future__ import annotations

from dualdesk.core.guards import story_people as pe
from dualdesk.core.guards import story_witness as sw
from dualdesk.core.guards import story_words
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Folding, lowered, sentence_bounds
from dualdesk.core.guards.story_frames import Frames

_PRONOUN = Folding(sw.PRONOUN)

#: "his" or "her" and a parent or carer, or a part of their care ("her IEP", "his meds")
#: (lower-case text).
PARENT = compiled(
    r"(?=h)\b(?:his|her)\s+(?:mom|mum|mam|mother|dad|father|parents?|mama|papa|stepdad"
    r"|stepmom|stepmum|grandma|grandmother|gran|nan|grandpa|grandad|foster (?:mom|mum"
    r"|parents?|carer)|carer|caregiver|guardian|meds|medication|dose|iep|504 plan|care plan"
    r"|safety plan|treatment plan|counsell?ing minutes|caseworker|case manager|discharge"
    r"|diagnosis|dx|referral|intake|chart)\b"
)

#: A published or broadcast work the pronoun may belong to: "she makes a good point in the
#: editorial", "her dad was a miner (podcast)".
_WORK = compiled(
    r"\b(?:editorial|article|paper|book|memoir|podcast|talk|episode|thread|interview|study"
    r"|documentary|doco|film|movie|show|series|novel|op-?ed|column|keynote|webinar|lecture"
    r"|blog|essay|video|reel|tiktok|biography|autobiography)s?\b"
)

#: "every" or "each" before a thing, not a person: "treats every worksheet like an exam".
_NOT_A_PERSON = compiled(r"(?i:every|each)$")

#: The readers' things, not a person: "is everyone's software this slow?".
_READERS = compiled(r"(?i:everyone|anyone|everybody|anybody)'s\s+(?![\w-]+\s+(?:is|was|has)\b)")

#: Words that ask peers ("thoughts?", "anyone had luck", "how do ye handle").
ASKS = compiled(  # lower-case text
    r"\b(?:thoughts|ideas|advice|input|tips|suggestions|recs|weigh in|chime in|wisdom"
    r"|sanity check|what would you|what do you|what(?:'s| has)? (?:actually |really )?work(?:s|ed)"
    r"|how (?:do|would|should) (?:you|ye|y'all|u)|q(?:uestion)? for (?:colleagues|peers|fellow)"
    r"|how (?:you|u|y'all) (?:guys |all |folks )?(?:handl|deal|balanc|approach|manag)\w*"
    r"|has anyone|anyone (?:else|had|have|got|tried|know)|any(?:one|body) (?:got|have|tried))\b"
)


def present_case(text: str, folded: str, frames: Frames) -> list[tuple[int, int]]:
    """Return the span of the first unanchored "he" or "she" of an ask or beside a parent.

    Args:
        text: the draft (straight quotes) on the professional account.
        folded: `text` lower-cased, offsets unchanged.
        frames: the draft's general and not-a-client readings.

    Returns:
        One span, or none.
    """
    asks = "?" in text and ASKS.search(folded) is not None
    has_kin = "his " in folded or "her " in folded
    kin = PARENT.search(folded) if has_kin else None
    if not asks and kin is None:
        return []
    m = next(_PRONOUN.finditer(frames.unquoted, lowered(frames.unquoted)), None)
    parent = kin is not None and (m is None or kin.start() <= m.start())
    m = kin if parent else m
    if m is None or not (asks or parent) or _WORK.search(folded):
        return []
    before = frames.unquoted[: m.start()]
    for a in sw.ANTECEDENT.finditer(before):
        if not _NOT_A_PERSON.match(a.group()) and not _READERS.match(before, a.start()):
            return []
    if story_words.any_in(before):
        return []
    return [m.span()] if unnamed_sentence(text, frames, m.start(), before) else []


def unnamed_sentence(text: str, frames: Frames, pos: int, before: str) -> tuple[int, int] | None:
    """The sentence of a pronoun at `pos` that may be a client nobody named, or None.

    None when the author's own people are about, or a full name comes before it (`before`,
    the unquoted text up to it), or its sentence is a question or general ("does she need a
    referral?": about anyone), or the post speaks of someone who is not a client.
    """
    if sw.OWN_ANTECEDENT.search(before, before.rfind(":") + 1):
        return None
    if pe.OWN_PEOPLE.search(frames.unquoted) or pe.FULL_NAME.search(before):
        return None
    s, e = sentence_bounds(text, pos)
    if "?" in text[e - 1 : e + 1] or frames.general(s, e, pos):
        return None
    return None if frames.not_a_client(0, len(text)) else (s, e)
