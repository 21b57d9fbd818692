"""Office closures: when the practice is empty or the clinician out of reach.

A closure on its own is ordinary practice news; with a date or a day in the
same sentence ("office closed Dec 24 through Jan 2", "no sessions the week
of the 14th") it tells anyone reading when the clinician is away. The
whereabouts guard pairs `CLOSURE` with a date, a day word or `UNTIL`.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import MONTH

#: The office or the clinician out of reach: "office closed", "no sessions", "not checking email".
CLOSURE = compiled(
    r"\b(?:(?:office|practice|clinic|chamber|i|we)(?:'ll| will| is| are|'m|'re)?\s+"
    r"(?:be\s+|remain\s+|stay\s+)?(?:closed"
    r"|closing|out|away|off|unavailable|not available|not seeing clients|not taking sessions)"
    r"|(?:closing|close|shutting|shut) (?:the|our|my) (?:office|practice|clinic)|no sessions"
    r"|no (?:appointments|clients|groups)|(?:won't|will not|won’t) be back|closing early"
    r"|(?:office|practice) closure"
    r"|closed for|back in the office"
    r"|limited availability|taking (?:the|a) (?:week|day|few days|month|break|long weekend)"
    r" off"
    # a day off or out of reach, with a day in the sentence: "Not checking email Thurs/Fri"
    r"|taking (?:a|the) (?:personal|sick|mental health|wellness|vacation|family|duvet) day"
    r"|not (?:checking|answering|reading|on) (?:my )?(?:emails?|messages|dms|texts|slack|phone"
    r"|my phone|the phone))\b",
    re.IGNORECASE,
)
#: The stretch a closure covers: "until", "through", "the week of", "mid-December".
UNTIL = compiled(
    rf"\b(?:until|till|through|thru|from|between|the week of|returning|(?:mid|early"
    rf"|late)-?\s?{MONTH})\b",
    re.I,
)
