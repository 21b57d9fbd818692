"""`clinical`: narration about a specific client, patient or session.

Fires on either account for a post that tells of one person the clinician
treats, even masked or generalised ("had a client today who…", "my 2pm…",
"a teen I work with…", "proud of my client", venting about a case, asking
for advice on a case). Talk about clinical topics in general (research,
psychoeducation, "clients often ask…", crisis lines) does not fire: the
patterns need a specific client (a determiner, a time slot, a "who I work
with") together with a narrative cue (past tense, "today", "in session").

Severity: warn on its own, since a masked story may be an ethical choice
the clinician made with consent; block together with a `phi` finding (set
in review.py), because then the client can be recognised.
"""

from __future__ import annotations

import re

from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.posts import Draft

_CLIENT = r"(?:client|patient|counselee|therapy client)"
_PERSON = (
    r"(?:teen(?:ager)?|adolescent|kid|child|boy|girl|young (?:man|woman|person|adult)|man|woman"
    r"|mom|mother|dad|father|parent|couple|family|veteran|student|person|someone|individual"
    r"|guy|lady|survivor|widow(?:er)?|client|patient|kiddo|preteen|tween|toddler|senior)"
)
_SEE_PERSON = (
    r"(?:teen(?:ager)?|adolescent|kid|child|family|couple|veteran|student|parent|mom|dad"
    r"|mother|father|young (?:person|adult)|widow(?:er)?|client|patient|kiddo|preteen|tween)"
)
_SERVE = (
    r"(?:work(?:ed|ing)? with|treat(?:ed|ing)?|counsel(?:l?ed|l?ing)?|support(?:ed|ing)?"
    r"|(?:have|had|'ve) been (?:working with|treating|seeing)|started (?:working with|seeing)"
    r"|assess(?:ed)?|evaluat(?:ed|ing)|diagnosed)"
)
_WHEN = (
    r"(?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday|earlier(?: today)?"
    r"|recently|last (?:week|night|session|month)|once|just|finally)"
)
_PAST = (
    r"(?:said|told|asked|shared|disclosed|cried|laughed|brought|came|walked|showed|texted"
    r"|emailed|called|left|relapsed|graduated|got|was|wasn't|had|hasn't|kept|refused|started"
    r"|stopped|no-?showed|cancell?ed|thanked|hugged|gave|sent|wrote|mentioned|admitted"
    r"|finished|terminated|quit|confessed|yelled|fell|broke|lost|made|did|tried|wanted|needed"
    r"|looked|reached|described|realized|realised|noticed|opened|talked|spent|drew|asked)"
)
_CLOCK = r"\d{1,2}(?::\d\d)?\s?(?:am|pm|o'?clock)"

PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # "my client", "my 2pm client", "my new patient", "my last intake"
        rf"\b(?:my|our)\s+(?:(?:new|last|first|next|youngest|oldest|favou?rite|former|current"
        rf"|long-?term|teen(?:age)?|adolescent|couples?|child|morning|afternoon|evening"
        rf"|{_CLOCK})\s+)?(?:{_CLIENT}|intake)(?!s|-|\s+(?:base|list|load|portal|hours|roster"
        rf"|notes|files|side|work|centered|centred))\b",
        # "my 2pm", "my 10 o'clock" (not a meeting, flight or class)
        rf"\bmy\s+{_CLOCK}(?!\s+(?:meeting|call|flight|train|class|lecture|webinar|talk|workout"
        r"|run|yoga|coffee|lunch|dinner|zoom|appointment with (?:my|the)))\b",
        # "a client today", "a patient who I", "a client said"
        rf"\b(?:a|one|another|this|that|today's|a new)\s+(?:(?:new|young|former|long-?time"
        rf"|teen(?:age)?)\s+)?{_CLIENT}(?:\s+of mine)?\s+(?:{_WHEN}|(?:who|that)\s+(?:i|we)\b"
        rf"|{_PAST}\b|let's call)",
        r"\b(?:one|some|two|three|several|a few|many|all) of my (?:clients|patients|kiddos"
        r"|teens|families|couples)\b",
        rf"\ba {_CLIENT} of mine\b",
        # "had a client who", "saw a patient today", "I have a teen who"
        rf"\b(?:had|have|got|saw|see|seeing|met|meeting|working with|worked with|treating"
        rf"|treated|counseling|counselling|assessed|evaluated|diagnosed|admitted|discharged"
        rf"|terminated with|started with|onboarded)\s+(?:a|an|my|this|another|two|three|\d)\s+"
        rf"(?:(?:new|young|former|teen(?:age)?|couples?|adolescent|difficult|tough|hard)\s+)?"
        rf"(?:{_CLIENT}|intake|session|kiddo|teen|couple|family|kid|case)s?\s+"
        rf"(?:today|tonight|this\b|yesterday|earlier|who\b|that\b|whose|where|last\b"
        rf"|in (?:my office|session)|at \d)",
        # "a teen I work with", "a mom we saw", "someone I've been seeing in therapy"
        rf"\b(?:a|an|one|this|that|the)\s+(?:\d{{1,2}}[- ]?(?:year[- ]old|yo|y/o)\s+)?"
        rf"(?:(?:young|little|older|elderly|teenage|sweet|brave|new)\s+)?{_PERSON}\s+"
        rf"(?:i|we)(?:'m| am| was| have| had|'ve|'d)?\s+(?:{_SERVE}|(?:been )?seeing in"
        rf" (?:therapy|session|my practice))",
        rf"\b(?:a|an|one|this|that|the)\s+(?:(?:young|little|older|teenage|new)\s+)?"
        rf"{_SEE_PERSON}\s+(?:i|we)(?:'m| am| was|'ve been| have been)?\s+(?:see|saw|seeing)\b",
        # sessions narrated
        rf"\b(?:in|during|after|before|from)\s+(?:a\s+|my\s+|today's\s+|this morning's\s+"
        rf"|our\s+)?sessions?,?\s+(?:today|this (?:morning|afternoon|week)|yesterday|earlier"
        rf"|tonight|last night|(?:a|my|one|this) (?:{_CLIENT}|kid|teen|mom|dad)"
        rf"|(?:she|he|they) )",
        r"\b(?:today's|this morning's|this afternoon's|yesterday's|tonight's) sessions?\b",
        r"\b(?:tough|hard|heavy|rough|brutal|intense|emotional|difficult|draining|exhausting"
        r"|breakthrough|tearful|gut-?wrenching) sessions?\s+(?:today|this (?:morning|afternoon"
        r"|week)|yesterday|tonight|earlier|with)\b",
        r"\b(?:she|he|they)\s+(?:said|told me|shared|disclosed|asked|cried|admitted|brought up"
        r"|mentioned|confided)\s+(?:in|during)\s+(?:session|our session|therapy)\b",
        rf"\bsessions?\s+with\s+(?:a|this|one|that)\s+(?:{_CLIENT}|{_PERSON})\b",
        r"\b(?:just\s+)?(?:finished|wrapped|ended|got out of|came out of|walked out of)\s+"
        r"(?:a|an|the|this|another|my last|my first)\s+(?:(?:tough|hard|heavy|rough|long"
        r"|intense|emotional)\s+)?(?:session|intake|assessment|eval(?:uation)?)\b",
        r"\bno[- ]?show(?:ed|s)?\b(?!\s+(?:policy|policies|fee|fees|rates?))",
        r"\blate[- ]cancel(?:l?ed|lation)?\b(?!\s+(?:policy|policies|fee|fees))",
        # advice on a case
        rf"\bhow (?:would|do|should|can) (?:you|i|y'all|we) (?:handle|approach|respond to"
        rf"|work with|help|support)\s+(?:a|an|my|this)\s+(?:{_CLIENT}|{_PERSON}|case)\s+"
        rf"(?:who|that|with|whose)\b",
        r"\bcase consult(?:ation)?\b|\bconsult(?:ation)? (?:request|needed|question|q)\b",
        rf"\b(?:need|want|looking for|seeking|any|would love)\s+(?:some\s+)?(?:advice|input"
        rf"|thoughts|ideas|suggestions|recs|recommendations)\b[^.?!\n]{{0,40}}\b(?:{_CLIENT}"
        rf"|case|kiddo)\b",
        rf"\bhas anyone (?:else )?(?:worked|had|seen|dealt|treated)\s+(?:with\s+)?(?:a|an)\s+"
        rf"(?:{_CLIENT}|{_PERSON})\b",
        r"\b(?:tricky|tough|difficult|complex|heavy|challenging|sad|complicated|heartbreaking)"
        r" case (?:today|this week|i'm|i am|i have|i've)\b",
        r"\b(?:a|this) case (?:i'm|i am|i've been|i have been) (?:working|seeing|stuck|thinking)",
        # feelings about a client
        rf"\b(?:so )?(?:proud of|heartbroken for|worried about|praying for|rooting for"
        rf"|frustrated with|annoyed with|angry at|mad at|fed up with|exhausted by|in awe of)\s+"
        rf"(?:my|a|this|that|one of my)\s+(?:{_CLIENT}|kiddo|teen|couple|family)s?\b",
        rf"\b(?:i can't believe|can you believe) (?:my|this|that|a) (?:{_CLIENT}|kiddo)\b",
        # masking that betrays a real case
        r"\b(?:not (?:her|his|their) real name|names? (?:and details )?(?:changed|altered)"
        r"|(?:identifying )?details (?:changed|altered|removed)|shared with (?:her|his|their)"
        r" permission|de-?identified for privacy)\b",
        rf"\b(?:{_CLIENT}|patient)\s*:\s*[\"“']",
    )
)


def _spans(text: str) -> list[tuple[int, int]]:
    found = sorted(m.span() for p in PATTERNS for m in p.finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return a warn finding for each passage that narrates a specific client."""
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
        for start, end in _spans(text)
    ]
