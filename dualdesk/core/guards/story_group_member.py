"""One member of a group the author runs, doing something: "Last group Shawna brought bannock".

A clinician who runs groups tells of one member by where they sit ("Grandpa
in my family group is 93", "one of the dads in our postnatal group said") or
by name right after the group ("Last group Shawna brought..."), or tells of the
group and then of "one of them". Read on the professional account only.

Not a member: a group the author belongs to for work or leisure (peer
supervision, a consult group, a book, running or walking group, a group
chat), a whole group acting together ("the group laughed"), or a colleague.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_frames import Frames

#: A group the author runs: "my family group", "our postnatal group", "last group",
#: "6th grade girls' group", "Tuesday's group", "after group", not "my book group" or "the
#: group chat".
GROUP = compiled(
    r"(?i:\b(?:my|our|last|today's|tonight's|this week's|\w+day's|\w+day|after|before|during)\s+"
    r"|^|(?<=[.!?:]\s))"
    r"(?:(?!(?i:peer|supervision|consult\w*|reflective|practice|book|reading|running|walking"
    r"|hiking|cycling|choir|study|journal|writing|research|steering|advisory|working|focus"
    r"|whatsapp|facebook|signal|text|family chat|age|control|target|blood|interest|lobby"
    r"|friend|mates|mum|mom|dad|parents?)\b)[\w'-]+\s+){0,3}"
    r"(?i:group)\b(?!\s*(?:chat|text|thread|call|email|supervision|of\s+(?:colleagues|friends"
    r"|clinicians|us)))"
)

_VERB = (
    r"(?:[a-z]{2,}ed|[a-z]{2,}(?<!s)s|said|told|brought|made|came|went|got|gave|took|is|was"
    r"|has|had|read|fell|ran|sat|stood|wrote|drew|sang|left|lost|won|found|kept|began|spoke"
    r"|shared|showed|turned|cried)"
)
#: Someone placed in the group, before it: "Grandpa in my family group is", "one of the dads
#: in our postnatal group said", "a woman in my Tuesday group".
MEMBER_BEFORE = compiled(
    r"(?i:\b(?:one of the [\w-]+|one of them|(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?:man|woman|dad"
    r"|mum|mom|mother|father|lad|girl|boy|teen|kid|guy|lady|gent|member|participant|vet"
    r"|veteran|grandpa|grandma|elder|auntie|uncle|newcomer|regular)|grandpa|grandma|granny"
    r"|grandad|nan|nana|nanna|gran|granny|koro|kuia|aunty)\s+(?:in|at|from)\s+(?:the\s+)?)$"
)
#: Someone right after the group, acting: "Last group Shawna brought", "group, one of
#: them said", or "One of them made..." later in the post.
MEMBER_AFTER = compiled(
    r",?\s+(?:(?-i:[A-Z][a-z]+)|(?i:one of (?:them|the [\w-]+)))\s+"
    rf"(?i:(?:just|finally|actually|genuinely|even|also)\s+)?{_VERB}\b"
)
ONE_OF_THEM = compiled(
    rf"(?:^|(?<=[.!?]\s))(?i:one of (?:them|the (?:kids|girls|boys|dads|mums|moms|men|women)))"
    rf"\s+(?:[a-z]+ly\s+)?(?i:{_VERB})\b"
)


def members(text: str, frames: Frames) -> list[tuple[int, int]]:
    """Return spans of one group member acting, in a group the author runs.

    Args:
        text: the draft (straight quotes) on the professional account.
        frames: the draft's general and not-a-client readings.

    Returns:
        The spans of the members; empty when there is no such group.
    """
    found: list[tuple[int, int]] = []
    for g in _groups(text):
        s, e = sentence_bounds(text, g.start())
        if frames.general(s, e, g.start()) or frames.not_a_client(s, e):
            continue
        before = MEMBER_BEFORE.search(text, max(s, g.start() - 40), g.start())
        if before is not None and re.match(rf"\s*{_VERB}\b", text[g.end() : g.end() + 30]):
            found.append((before.start(), g.end()))
        if before is None and (after := MEMBER_AFTER.match(text, g.end())) is not None:
            found.append((g.start(), after.end()))
        if not found:
            later = ONE_OF_THEM.search(text, e)
            if later is not None and not frames.general(*sentence_bounds(text, later.start())):
                found.append(later.span())
    return found


def _groups(text: str) -> list[re.Match[str]]:
    """Matches of GROUP, tried only in a short window before each "group" in the text."""
    found: list[re.Match[str]] = []
    low = text.lower()
    at = low.find("group")
    while at >= 0:
        for m in GROUP.finditer(text, max(0, at - 60), min(len(text), at + 40)):
            if m.end() == at + 5 and (not found or m.start() >= found[-1].end()):
                found.append(m)
                break
        at = low.find("group", at + 5)
    return found
