"""Cases told by what the author does with them or how many came in, with no client named.

Two shapes a clinician writes without a client word:

- a case taken to supervision or consult: "she's still stuck... taking it to
  supervision tomorrow", "bringing him to peer consult on Friday" (the author
  took it, with someone told of in the post: a "she", a "he" or "this lady");
- several clients counted, who did something in a recent stretch: "three
  clients brought up the flood this week", "two different patients told me
  today": the sessions are the author's, the time is now.

Not a case: advice to take cases to supervision ("take it to supervision"), one's own
burnout brought there (no one told of), clients counted in general ("two clients can
share a diagnosis").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_frames import Frames
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: The author taking a case somewhere to think it through: "taking it to supervision".
_BROUGHT = compiled(
    r"\b(?:taking|bringing|took|brought|i'll take|i'll bring|will take|will bring"
    r"|gonna take|gonna bring|going to take|going to bring)\s+(?:her|him|them|it|this(?: one)?"
    r"|that(?: one)?|the case)\s+to\s+(?:my\s+|our\s+|peer\s+|clinical\s+|group\s+)*"
    r"(?:supervision|supervisor|consult(?:ation)?(?: group)?|case review)\b",
    _I,
)
#: Someone told of in the post, outside quotes: a third person or "this lady".
_SOMEONE = compiled(
    r"\b(?:she|he|she's|he's|her|his|him|(?:this|that) (?:lady|woman|man|gent|guy|bloke"
    r"|lad|lass|girl|boy|kid|teen|one|family|couple))\b",
    _I,
)
#: Several clients counted, then what they did, then a recent time in the sentence.
_COUNTED = compiled(
    r"\b(?:two|three|four|five|six|several|a few|\d)\s+(?:different\s+|separate\s+)?"
    r"(?:clients|patients|families|couples)\s+"
    r"(?:have\s+|all\s+|each\s+)?(?:brought up|mentioned|told me|raised|talked about|described"
    r"|came in|cried|spoke about|said)\b"
    r"(?=[^.!?\n]{0,100}\b(?:today|yesterday|this (?:week|morning|afternoon|month)|last week))",
    _I,
)
_COUNT_WORDS = ("two ", "three ", "four ", "five ", "six ", "several ", "a few ")
_DIGIT = re.compile(r"\d")
_COUNTED_KEYS = ("clients ", "patients ", "families ", "couples ")


def spans(text: str, folded: str, frames: Frames) -> list[tuple[int, int]]:
    """Return spans of a case brought to supervision, or of clients counted this week.

    Args:
        text: the draft (straight quotes) on the professional account.
        folded: `text` lower-cased, offsets unchanged.
        frames: the draft's readings (quotes blanked).
    """
    found: list[tuple[int, int]] = []
    if "supervis" in folded or "consult" in folded or "case review" in folded:
        for m in _BROUGHT.finditer(text):
            if _SOMEONE.search(frames.unquoted, 0, m.start()):
                found.append(m.span())
    if holds_any(folded, _COUNTED_KEYS) and (
        holds_any(folded, _COUNT_WORDS) or _DIGIT.search(folded) is not None
    ):
        found += [m.span() for m in _COUNTED.finditer(text)]
    return found
