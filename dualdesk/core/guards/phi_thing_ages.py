"""An age over 89 that is a place's or an institution's, for the `phi` guard.

"The clinic is now 95 years old", "our church turns 100", "this oak is 120
years old": Safe Harbor's ages are people's. When the age's subject, just
before it in its sentence, is a building, an institution or a thing (with
"the", "our", "this" or "my" before it, and no "at", "in" or "on": "the oldest
patient at the clinic is 97" is a person's age), the age names no one.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: A thing as the age's subject, then a verb of being or turning, right before the number.
_THING_BEFORE = compiled(
    r"(?<!\bat )(?<!\bin )(?<!\bon )(?<!\bof )(?<!\bfrom )(?<!\bnear )(?<!\bto )"
    r"\b(?:the|our|this|that|my|their|its)\s+(?:[\w'-]+\s+){0,2}?(?:clinic|practice|hospital"
    r"|hospice|building|church|mosque|temple|school|college|university|charity"
    r"|service|organi[sz]ation|company|firm|business|cent(?:re|er)|institute|foundation|trust"
    r"|society|association|journal|newspaper|magazine|library|museum|theatre|theater|club|pub"
    r"|shop|bakery|caf[eé]|department|programme|program|helpline|hotline|tree|oak"
    r"|car|bridge)(?:'s)?\s+(?:(?:is|was|turns|turned|turning|will be"
    r"|has turned|just turned)\s+)?(?:(?:now|officially|almost|nearly|just|about)\s+)?$",
    re.IGNORECASE,
)


def thing_age(text: str, start: int) -> bool:
    """Whether the age at `start` is a thing's or an institution's, not a person's.

    Args:
        text: the draft, plain.
        start: where the age's match starts (the number, or "turns"/"is" before it).
    """
    s, _ = sentence_bounds(text, start)
    return _THING_BEFORE.search(text, max(s, start - 60), start) is not None
