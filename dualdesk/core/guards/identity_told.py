"""The author's job told in passing, for the `identity_link` guard.

Shapes of a sentence that give the job away without "I am a ...":

- the role held toward someone: "as her counsellor I'm not meant to have favourites",
  "as the therapist you're meant to hold it together";
- the job as what one says at a party, or as a general "you": "when you say you're a
  grief counsellor", "when you're the only psychologist in town";
- a span of years in the field: "11 years of school social work";
- the question about work, answered: "someone asked what I do and I said ...", or the
  job said to the author in quoted words: "she said 'you a marriage therapist, fix him'",
  also after a scene and a colon, in Urdu and Hindi too ("Khala at the wedding: 'aap to
  psychologist ho'");
- the job as a kind of tiredness, said alone: "Tired. Counsellor tired.";
- the degree the author trains or trained in: "no one warns you in MD Psych".

Each comes with words it cannot match without, as in
`identity_patterns.SELF_IDENTIFICATION_VOICES`; the patterns are compiled without
case (identity.py).
"""

from __future__ import annotations

from dualdesk.core.guards.identity_patterns import PROFESSION

#: The job nouns: the profession pattern and the plain words of the trades.
JOB = (
    r"(?:counsell?or|therapist|psychotherapist|psychologist|psychiatrist|social worker"
    r"|case ?worker|key ?worker|clinician|nurse|shrink|doctor"
    rf"|{PROFESSION})"
)
_YOU_OR_I = r"(?:i|i'm|i've|i'd|i am|you|you're|you've|you are|we|we're)"

TOLD_VOICES = (
    # the role held toward someone, then the author or a general "you" acting in it
    (
        ("as her ", "as his ", "as their ", "as the ", "as your ", "as someone", "as somebody"),
        rf"\bas (?:her|his|their|the|your|someone's|somebody's) (?:[\w-]+ ){{0,2}}?{JOB},?"
        rf" {_YOU_OR_I}\b",
    ),
    # the job as what the author says about themselves: "when you say you're a counsellor"
    (
        ("you're a", "you are a", "you're the", "you are the"),
        r"\b(?:(?:say|tell (?:people|them|strangers|someone|anyone)|mention|admit)(?: that)?"
        r"|when) you(?:'re| are) (?:an?|the) (?:[\w-]+ ){0,2}?"
        rf"{JOB}\b(?!'s| \w+'s| (?:says|said|told|asks|asked)\b)",
    ),
    # the job said to the author in someone's quoted words: "soror said 'you a marriage
    # therapist, fix my brother'", "my aunt asked 'aren't you the psychologist?'"
    (
        tuple(
            f"{verb}{mark}"
            for verb in ("said", "says", "asked", "asks")
            for mark in (' "', " '", ":", ",")
        ),
        r"\b(?:said|says|asked|asks)[:,]?\s*[\"'\u201c\u2018](?:[\w\s,]{0,20}?\b)?(?:you(?:'re"
        r"| are)?|ur|aren't you|ain't you) (?:an?|the) (?:[\w-]+ ){0,2}?"
        rf"{JOB}\b(?!'s| \w+'s)",
    ),
    # the job said to the author in quoted words after a scene and a colon, in English or in
    # Urdu and Hindi ("tum"/"aap" ... "ho"/"hain"): "Nani at lunch: 'you're the therapist'"
    (
        (": '", ': "', ":'", ':"', ": \u2018", ": \u201c"),
        r":\s*[\"'\u201c\u2018](?:[\w\s,]{0,20}?\b)?(?:(?:you(?:'re| are)?|ur|aren't you"
        rf"|ain't you) (?:an?|the) (?:[\w-]+ ){{0,2}}?{JOB}\b(?!'s| \w+'s)"
        r"|(?:tum|tu|aap|tusi)(?: (?:to|toh|tou|bhi|hi|ek))* (?:[\w-]+ )?"
        rf"{JOB} (?:ho|hain|hai|hoon|han)\b)",
    ),
    # the job as a kind of tiredness, said alone: "Therapist tired.", "that nurse-exhausted"
    (
        ("tired", "exhausted"),
        r"(?:^|(?<=[.!?\n] )|(?<=[.!?\n])|\b(?:kind of|sort of|that|so|very|proper) )"
        rf"{JOB}[- ](?:tired|exhausted)\b"
        r"(?=\s*(?:[.!?,;:\u2014\u2013-]|$)|\s+(?:where|when|kind)\b)",
    ),
    # a span of years in the field: "11 years of school social work", "20 years in psychiatry"
    (
        ("years",),
        r"\b(?:\d{1,2}|[a-z]+(?:-[a-z]+)?) years? (?:of|in) (?:(?:school|hospital|clinical"
        r"|forensic|community|medical|child|private|hospice|inpatient|outpatient) )?"
        r"(?:social work|psychiatry|psychiatric nursing|clinical practice|private practice"
        r"|casework|forensic work|clinical work|hospice work)\b",
    ),
    # the question about work, answered by the author with the work: "risk assessments"
    (
        ("what i do",),
        r"\basked (?:me )?what i do(?: for (?:a living|work))?\b(?=[^.!?\n]{0,12}?\bi (?:said"
        r"|told (?:them|him|her))\b[^\n]{0,40}?(?:assess|therap|counsel|psych|social work"
        r"|nurs|clinic|patient|client|court|hospital|ward|mental health|grief|trauma))",
    ),
    # the degree the author is in or went through: "in MD Psych", "during my MSW"
    (
        (
            "msw",
            " md ",
            "psyd",
            "dclinpsy",
            "mphil",
            " msc ",
            " ma ",
            " ms ",
            "mres",
            " dnb ",
            " dpm ",
        ),
        r"\b(?:in|during|after|through|since) (?:my |your |our )?(?:(?:md|dnb|dpm|psyd"
        r"|dclinpsy|mphil|msc|ma|ms|mres) (?:clinical )?(?:psych\w*|social work|counsell?ing)"
        r"|msw)\b",
    ),
)
