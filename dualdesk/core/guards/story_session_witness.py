"""The author as witness in the therapy room: to whom it was said, where, in what state.

Four ways a clinician tells of one session without a client word:

- a letter to the client, in the past tense, with the author across the room:
  "You sat across from me and said…", "you told me in our last session…";
- words placed in the author's room: "Actual sentence said in my room this week";
- a person described by a long relative clause who then told the author something:
  "A young lad who works up at the quarry told me…";
- how one person first came to the author, then what changed: "Came in three months
  ago barely speaking, today she…".

Not a session: advice to the reader ("when you sit across from a client"), a
hypothetical ("if you told me in session…"), "office hours", words heard at a
talk, the author's own arrival ("I came in barely awake"), a colleague's first day.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_telegraph import own
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: Where the author sits with a client, as the place of "you" or of spoken words.
_ROOM = (
    r"(?:across from me|opposite me|(?:in|into) my (?:office|room|therapy room|clinic room"
    r"|consulting room|chair)(?! hours)|on my couch"
    r"|in (?:our |that |the |your )?(?:last |first |final |second |third )?session)"
)
#: "You sat across from me and said", "you told me in session": a letter to one client.
LETTER = compiled(
    r"\byou\s+(?:(?:just|finally|once|first|actually)\s+)?(?:sat|cried|told|said|walked"
    r"|came|asked|looked|showed|admitted|whispered|laughed|described|brought|shared|left"
    r"|stormed|arrived|apologi[sz]ed)\b[^.!?\n]{0,50}?" + _ROOM,
    _I,
)
#: A hypothetical or general frame just before "you": "if you", "when you", "have you ever".
_FRAME_BEFORE = compiled(
    r"\b(?:if|when|whenever|once|until|unless|ever|imagine|suppose|what if)\s+(?:\w+\s+)?$", _I
)
#: Words said in the author's room: "said in my room this week", "heard on my couch today".
ROOM_WORDS = compiled(
    r"\b(?:said|heard|spoken|uttered|sentence|words)\s+(?:out loud\s+|aloud\s+)?"
    r"(?:in|on) my (?:room|office|couch|therapy room|clinic room|consulting room)\b"
    r"(?= (?:this|today|yesterday|last)\b)",
    _I,
)
#: A person described by a relative clause, who then told or asked the author something.
DESCRIBED_TOLD = compiled(
    r"\b(?:a|an|one|this)\s+(?:[a-z-]+\s+){0,2}?(?:lad|lass|fella|bloke|chap|gent|man|woman|lady"
    r"|guy|girl|boy|teen|mum|mom|dad|father|mother|grandad|granny|farmer|student|veteran"
    r"|widow|widower|[a-z]{3,}(?:er|or|ist|ian))\s+(?:who|whose)\s+[^.!?\n]{3,70}?\s(?:told|asked|showed|texted"
    r"|confided in|reminded) me\b",
    _I,
)
#: Words one of which a described person's telling holds.
_TOLD_KEYS = ("told me", "asked me", "showed me", "texted me", "confided in me", "reminded me")
#: Where a described person is a stranger or an audience member, not a client.
_NOT_CARE = compiled(
    r"\b(?:on|at|in|to|after|from) (?:the |a |an |my |this )?(?:train|bus|plane|flight|queue"
    r"|conference|talk|lecture|webinar|shop|pub|podcast|gym|course)\b|\b(?:audience|stranger"
    r"|paper|journal|article|book|editor|reviewer|colleague|friend|neighbou?r|manager|boss"
    r"|supervisor|mentor|professor|tutor|author)\b",
    _I,
)
#: One person's first coming to the author, and the state they came in.
ARRIVED = compiled(
    r"(?:^|(?<=[.!?]\s)|\b(?:she|he|they)\s+)(?:first\s+)?(?:came|walked|turned up|showed up"
    r"|arrived)\s+(?:in|to (?:me|us|group|therapy|clinic|the service))\s+"
    r"(?:(?:[\w-]+\s+){1,3}ago\s+|on (?:day|week) (?:one|1)\s+)?"
    r"(?:barely|unable|not (?:speaking|talking|eating|sleeping|able|making)|refusing|in tears"
    r"|crying|convinced|terrified|mute|silent|shaking|furious|swearing|hating)\b",
    _I,
)
#: Staff whose first days are told the same way: not a client.
_STAFF = compiled(
    r"\b(?:intern|trainee|student|colleague|nurse|registrar|resident|hire|starter|locum"
    r"|new (?:\w+ )?(?:member|joiner)|placement|volunteer)\b",
    _I,
)


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Return the spans of a session the author witnessed, told in one of the four ways.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal ("" when lower-casing moves them).
        professional: whether the draft is for the professional account.
    """
    folded = folded or text.lower()
    found: list[tuple[int, int]] = []
    if "you " in folded and (" me" in folded or "session" in folded or " my " in folded):
        for m in LETTER.finditer(folded):
            s, _ = sentence_bounds(folded, m.start())
            if not _FRAME_BEFORE.search(folded, s, m.start()):
                found.append(m.span())
    if " my " in folded and ('"' in text or "\u201c" in text):
        found += [m.span() for m in ROOM_WORDS.finditer(folded)]
    if professional and " who" in folded and holds_any(folded, _TOLD_KEYS):
        for m in DESCRIBED_TOLD.finditer(folded):
            s, e = sentence_bounds(folded, m.start())
            if not _NOT_CARE.search(folded, s, e) and not own(text[s:e]):
                found.append(m.span())
    if professional and ("came " in folded or "arrived " in folded or "up " in folded):
        for m in ARRIVED.finditer(folded):
            s, e = sentence_bounds(folded, m.start())
            if not _STAFF.search(folded, s, e) and not own(text[s:e]):
                found.append(m.span())
    return found
