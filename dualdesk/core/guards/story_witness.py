"""The author as witness: one person, described rather than named a client, acting on them.

A clinician often names the person in a story by a role or a description
("Care home resident told me…", "103-yr-old retired schoolteacher corrected
my grammar…", "the lady I met this morning said…"), not by a client word. The
shape is structural: a short noun phrase at the start of a clause, with no
possessive in it (so not "my mum"), then a past-tense verb whose object is
the author ("told me", "corrected my"), in a sentence that is set in a
moment (a time word, a quotation) or reports speech. `clinical_story.py`
then applies its usual filters (general talk, colleagues, public figures).
Every pattern is bounded, so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_patterns import IRREGULAR

_I = re.IGNORECASE

#: Words that cannot be in the noun phrase: possessives and pronouns (the author's own people,
#: someone already named), quantifiers of nobody in particular, and clause openers.
_NOT_IN_PHRASE = (
    r"(?:my|our|your|his|her|their|its|i|we|you|it|he|she|they|me|us|him|them|this|that|these"
    r"|those|there|here|nobody|no|everyone|everybody|anyone|anybody|someone|somebody|people"
    r"|every|each|all|most|many|some|if|when|and|but|so|then|what|which|who|how|why|life"
    r"|nothing|something|everything|experience|years?|school|training|supervision|therapy"
    r"|practice|work|the|a|an|one|once|never|always|just|also)"
)
#: A described person at a clause start, then a past-tense verb done to the author.
WITNESSED = compiled(
    rf"(?:(?!{_NOT_IN_PHRASE}\b)[\w-]+,?\s+){{1,3}}?(?!{_NOT_IN_PHRASE}\b)[\w-]+,?\s+"
    r"(?:(?:just|finally|actually|then|suddenly|literally|once)\s+)?"
    rf"(?:told|asked|[a-z]{{3,}}ed|{IRREGULAR})\s+(?:me|my|us)\b",
    _I,
)
#: The author as object ("me", "my", "us"), found first; WITNESSED is tried only at clause
#: starts at most PHRASE_REACH characters before one.
OBJECT = compiled(r"\s(?=[mu])(?:me|my|us)\b")
PHRASE_REACH = 80
#: Whether a sentence holds a moment or speech: a time word, an opening quotation, "told me".
MOMENT = compiled(
    r"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last (?:week|night"
    r"|session|visit)|just now|(?:told|asked) me)\b|[\"\u201c\u2018]|(?<=\s)'",
    _I,
)
#: One person the author met at a time or has seen for a while: "the lady I met this
#: morning", "an NSman I've seen for 8 months"; tried only on a draft with " met " or " seen ".
MET = compiled(
    r"\b(?:the|a|an|this|that|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:i|we)(?:'ve| have)?\s+"
    r"(?:met|seen|known)\s+(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)"
    r"|last (?:week|night|month)|for (?:[\w-]+\s+)?(?:weeks|months|years|\d+)|since)\b",
    _I,
)
#: A quotation, then who said it by first name and age: "'...' Ryan, 11, to me today".
QUOTED_BY = compiled(
    r"[\"\u201d\u2019'][.!?]?\s+(?:[-\u2014\u2013~]\s*)?(?-i:[A-Z][a-z]+),?\s+(?:age\s+)?\d{1,2}\b"
    r"(?!\s*(?:%|am|pm|[ap]\.m\.|mins?|minutes|hours?|days?|weeks?|months?|years?\b))",
    _I,
)
#: The first "he" or "she" of a post, or "his" or "her" before a noun: with no one named
#: before it, the person is known only to the author ("she slid the collage across the
#: table", "Mid session his phone rings").
PRONOUN = compiled(
    r"(?=[hs])\b(?!(?:he|she) (?:said|says)\s*[,.!?])(?:he|she|his(?=\s+\w))\b"
    r"|(?<=\s)her(?=\s+(?!(?:to|and|a|an|the|that|for|in|on|at|with|from|up|out|back|down|off|is|was|again|too|so|if|when|about|as|by|or)\b)[a-z])",
    _I,
)
#: A word before that pronoun that may be its antecedent: a capitalised word inside a
#: sentence (a name) or someone in general.
ANTECEDENT = compiled(
    r"(?<=[\w,;)] )(?-i:[A-Z][a-z]+)\b|\b(?:someone|somebody|anyone|anybody|everyone|each"
    r"|every|person|whoever|nobody|no one)\b",
    _I,
)
#: "my" and a singular noun ("carry my mama to her cardiologist", "your mom ... she reads
#: these"; not "for my students: he comes in"), after the last colon before the pronoun (a heading
#: such as "for my supervision group:" names no one).
OWN_ANTECEDENT = compiled(
    r"\b(?:my|our|your)\s+(?:own\s+)?[\w-]+(?<!s)\b"
    r"(?!['\u2019]s|\s+(?!(?:is|was|has|does|says)\b)[\w-]+s\b|:)",
    _I,
)
#: A few members of a group the author runs, doing something together at a sentence start:
#: "two teens in the program got into it", "Three of the dads at group stayed late". Tried
#: only on a draft holding one of COUNTS.
COUNTED = compiled(
    r"(?:^|(?<=[.!?]\s))(?:two|three|four|both) (?:of (?:the|my|our) )?"
    r"(?!(?:[\w-]+\s+)?(?:weeks|months|years|days|hours|minutes|sessions|times|studies)\b)"
    r"(?:[\w-]+\s+)?"
    r"[a-z]{3,}s (?:in|from|at|on) (?:the |my |our )?(?:[\w-]+\s+)?[\w-]+\s+"
    rf"(?:(?:just|finally|actually)\s+)?(?:got|[a-z]{{3,}}ed|{IRREGULAR})\b",
    _I,
)
COUNTS = ("two ", "three ", "four ", "both ")
