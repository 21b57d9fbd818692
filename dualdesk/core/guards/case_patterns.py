"""Patterns of a case in progress: questions to colleagues, events of care, words to a client.

Kept apart from `clinical_patterns.py`, which says who a client is and what
narration looks like, and from `case_recounted.py`, which holds cases told in
passing; these say what a clinician writes while a case is going on. Every
pattern is bounded (no nested unbounded repetition), so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import CLIENT, PERSON

#: A request for advice on one case: "advice for a teen who...", "case consult needed".
CONSULT = tuple(
    compiled(p, re.IGNORECASE)
    for p in (
        rf"\b(?:advice|input|thoughts|ideas|suggestions|recs|recommendations|resources|help)"
        rf"\s+(?:for|on|about|with)\s+(?:a|an|my|this)\s+(?:[\w-]+\s+)?(?:{CLIENT}|case"
        rf"|{PERSON})\b",
        rf"(?=h)\bhow (?:would|do|should|can) (?:you|i|y'all|we)(?: all)? (?:handle|approach"
        rf"|respond|react|work with|help|support)\b[^.?!\n]{{0,30}}\b(?:a|an|my|this)\s+"
        rf"(?:{CLIENT}|{PERSON}|case)\b",
        r"\b(?:need(?:ed|ing)?|want|quick|request(?:ing)?|seeking|looking for|anonymi[sz]ed"
        r"|brief|urgent)\s+(?:an?\s+)?(?:\w+\s+)?case consult(?:ation)?\b"
        r"|\bcase consult(?:ation)?\s*(?::|\?|needed|request|please|pls)"
        r"|\bconsult(?:ation)? (?:request|needed|question|q)\b"
        r"|\bsupervision question\b",
        rf"\b(?:need|want|looking for|seeking|any|would love)\s+(?:some\s+)?(?:advice|input"
        rf"|thoughts|ideas|suggestions|recs|recommendations)\b[^.?!\n]{{0,40}}\b(?:{CLIENT}"
        rf"|case|kiddo)\b",
        rf"(?=h)\bhas anyone (?:else )?(?:worked|had|seen|dealt|treated)\s+(?:with\s+)?(?:a|an)\s+"
        rf"(?:{CLIENT}|{PERSON})\b",
        r"\b(?:stuck on|struggling with|can't stop thinking about|consult on)\s+(?:a|this|my"
        r"|one) case\b",
        r"\b(?:tricky|tough|difficult|complex|heavy|challenging|sad|complicated|heartbreaking)"
        r" case (?:today|this week|i'm|i am|i have|i've)\b",
    )
)

#: Questions about a case that is on the author's desk; each needs a "?", so they are only
#: tried on a draft that has one.
QUESTIONS = tuple(
    compiled(p, re.IGNORECASE)
    for p in (
        rf"\b(?:what do you do|how do you handle|any(?:one|body) else (?:have|got)"
        rf"|has any(?:one|body) had|do you ever have)"
        rf"\b[^?]{{0,80}}\b(?:{PERSON}|{CLIENT}|partner|parents?)\b[^?]{{0,80}}\?[^?]{{0,60}}"
        rf"\b(?:dealing with this|right now|currently|asking for|this week|my \d|i have"
        rf"|i'm working|mine (?:[\w']+ ){{0,3}}?(?:today|yesterday|tonight|this (?:morning"
        rf"|afternoon|week)|again|did|said|told|asked|brought|finally|just))\b",
        rf"\b(?:{CLIENT}|{PERSON})\b[^?]{{0,120}}\b(?:what(?:'s| has) worked|what works"
        rf"|any ideas"
        rf"|how would you|what would you do)\b[^?]{{0,40}}\?",
    )
)

#: A headline over a client's words: "Quote of the shift from bay 3:", "things said to me in
#: assessment", "overheard on the ward". Fires alone, like the phrases in clinical_patterns.STRONG.
HEADLINES = compiled(
    r"\b(?:quote|line|quip|gem|comment)s? of the (?:shift|session|clinic|ward round|round|night"
    r"|on-?call)\b|\b(?:things|stuff|what) (?:\w+ )?(?:said|told) to me (?:in|on|at|during)"
    r" (?:assessment|session|clinic|group|the ward|triage|rounds|bay \d+)\b"
    r"|\boverheard (?:in|on|at) (?:clinic|the ward|triage|group|session|rounds|bay \d+)\b",
    re.IGNORECASE,
)

#: A superlative that picks one person out of all the author has seen: "oldest patient I've ever
#: assessed". Tried only on a draft with " ever ".
SUPERLATIVE = compiled(
    rf"\b(?:oldest|youngest|first|sickest|bravest|funniest|toughest|hardest|wisest|kindest"
    rf"|angriest|quietest|loudest|strangest|smartest|saddest)\s+(?:[\w-]+\s+)?(?:{CLIENT}|{PERSON})"
    r"\s+(?:i|we)(?:'ve| have) ever (?:seen|met|treated|assessed|worked with|had|admitted|known"
    r"|looked after|cared for|evaluated|supported|counsell?ed)\b",
    re.IGNORECASE,
)


#: Events in one client's care, unless the sentence is general: missed appointments (not in
#: quotes: 'A "no-show" might mean a cow in the ditch' is about the word), a clinical task
#: the author did with someone ("we made a safety plan that hour", see BY_THE_AUTHOR), words
#: said to the author. One pattern, so the draft is scanned once; the lookahead of first
#: letters lets the scan skip the other positions quickly.
EVENTS = compiled(
    r"(?=[nlsmdwcfpur])(?:(?<![\"'])\bno[- ]?show(?:ed|s)?\b"
    r"(?!\s+(?:policy|policies|fee|fees|rates?))"
    r"|(?<![\"'])\blate[- ]cancel(?:l?ed|lation)?\b(?!\s+(?:policy|policies|fee|fees))"
    r"|\bsaid to me\b[^.!?\n\"']{0,30}:\s*[\"']"
    r"|(?P<task>\b(?:made|did|wrote|completed|finished|drew up|went through|put together"
    r"|updated|redid)\s+(?:a|an|the|her|his|their|my|our)\s+(?:(?:first|second|new|joint"
    r"|proper|full|solo|formal)\s+)?(?:safety plan|risk assessment|crisis plan|care plan"
    r"|capacity assessment|relapse prevention plan|mental state exam|suicide assessment"
    r"|safeguarding referral)\b(?!\s+(?:training|course|module|workshop|template|tool|forms?"
    r"|webinar|polic))))",
    re.IGNORECASE,
)
#: Who did a clinical task: "I", "we", or no one named at a sentence start ("did my first
#: risk assessment solo"); not "mentally did a risk assessment on my cat".
BY_THE_AUTHOR = compiled(r"(?:\b(?:i|we)\s+|[.!?]\s+|^)$", re.IGNORECASE)
#: Words written to one client, as if they might read the post ("if you ever see this").
ADDRESSED = compiled(
    r"\bif you(?:'re| are)? ever (?:see|read)(?:s|ing)? this\b|\bi told you (?:that )?you"
    r" (?:could|would|can|will)\b",
    re.IGNORECASE,
)
#: One turn of a session written as a script, a third person speaking ('She: "..."'): the tag
#: just before the colon, at a line or sentence start, then the quotation after it.
DIALOGUE_TAG = compiled(
    r"(?:^|(?<=\n)|(?<=[.!?\"']\s))(?:she|he|him|her|client|patient|pt|teen|kid|husband"
    r"|wife|partner|mum|mom|dad)\s*$",
    re.IGNORECASE,
)
DIALOGUE_QUOTE = compiled(r"\s*[\"']")
#: A quotation closed and then tagged by a third person ("'...?' she asked", '"...," he
#: whispered'): someone's words in the room, the tag after them.
SAID_AFTER = compiled(
    r"[?!,.][\"'\u201d\u2019]\s+(?:she|he) (?:asked|whispered|admitted|confided|blurted"
    r"|sobbed|muttered|mumbled)\b",
    re.IGNORECASE,
)
#: A relative, or someone else in one client's life: "a patient's daughter is looking for a
#: counsellor", "my client's wife called", "a client's boss rang me"; fires unless the
#: sentence is general ("a client's family may...").
RELATIVE = compiled(
    rf"\b(?:a|an|one|my|this|that)\s+(?:[\w-]+\s+)?(?:{CLIENT}|pt|kiddo)['\u2019]s\s+"
    r"(?:[\w-]+\s+)?(?:daughter|son|wife|husband|mother|mom|mum|dad|father|partner|sister"
    r"|brother|kids?|grandson|granddaughter|parents?|carer|caregiver|spouse|widow(?:er)?|family"
    r"|boss|employer|manager|supervisor|teacher|landlord|landlady|girlfriend|boyfriend|fianc[eé]e?"
    r"|grandma|grandmother|grandpa|grandfather|granny|gran|nan|aunt|auntie|uncle|stepdad|stepmom"
    r"|stepmum|probation officer|parole officer|lawyer|attorney|pastor)\b",
    re.IGNORECASE,
)
