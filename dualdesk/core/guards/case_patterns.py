"""Patterns of a case in progress: questions to colleagues, events of care, words to a client.

Kept apart from `clinical_patterns.py`, which says who a client is and what
narration looks like; these say what a clinician writes while a case is going
on. Every pattern is bounded (no nested unbounded repetition), so matching is
linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.clinical_patterns import CLIENT, PAST, PERSON

#: One person a consult may describe, singular: "teen girl", "adult client", "16yo".
_ONE = (
    r"(?:teen(?:ager)?|adolescent|kid|child|boy|girl|man|woman|mom|mum|dad|mother|father"
    r"|couple|family|veteran|student|toddler|infant|widow(?:er)?|retiree)"
)

#: Words that open a question rather than describe a person ("does your child ...?").
_NOT_BEFORE = (
    r"(?:your|you|does|do|did|is|are|was|how|what|when|why|where|which|who|has|have|can|should"
    r"|would|will|any|every|each|no|most|many|some|our|their)"
)

#: A request for advice on one case: "advice for a teen who...", "case consult needed".
CONSULT = tuple(
    re.compile(p, re.IGNORECASE)
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
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b(?:what do you do|how do you handle|anyone else have|has anyone had|do you ever have)"
        rf"\b[^?]{{0,80}}\b(?:{PERSON}|{CLIENT}|partner|parents?)\b[^?]{{0,80}}\?[^?]{{0,60}}"
        rf"\b(?:dealing with this|right now|currently|asking for|this week|my \d|i have"
        rf"|i'm working)\b",
        rf"\b(?:{CLIENT}|{PERSON})\b[^?]{{0,120}}\b(?:what(?:'s| has) worked|what works"
        rf"|any ideas"
        rf"|how would you|what would you do)\b[^?]{{0,40}}\?",
    )
)

#: A headline over a client's words: "Quote of the shift from bay 3:", "things said to me in
#: assessment", "overheard on the ward". Fires alone, like the phrases in clinical_patterns.STRONG.
HEADLINES = re.compile(
    r"\b(?:quote|line|quip|gem|comment)s? of the (?:shift|session|clinic|ward round|round|night"
    r"|on-?call)\b|\b(?:things|stuff|what) (?:\w+ )?(?:said|told) to me (?:in|on|at|during)"
    r" (?:assessment|session|clinic|group|the ward|triage|rounds|bay \d+)\b"
    r"|\boverheard (?:in|on|at) (?:clinic|the ward|triage|group|session|rounds|bay \d+)\b",
    re.IGNORECASE,
)

#: A superlative that picks one person out of all the author has seen: "oldest patient I've ever
#: assessed". Tried only on a draft with " ever ".
SUPERLATIVE = re.compile(
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
EVENTS = re.compile(
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
BY_THE_AUTHOR = re.compile(r"(?:\b(?:i|we)\s+|[.!?]\s+|^)$", re.IGNORECASE)
#: Words written to one client, as if they might read the post ("if you ever see this").
ADDRESSED = re.compile(
    r"\bif you(?:'re| are)? ever (?:see|read)(?:s|ing)? this\b|\bi told you (?:that )?you"
    r" (?:could|would|can|will)\b",
    re.IGNORECASE,
)
#: One turn of a session written as a script, a third person speaking ('She: "..."'): the tag
#: just before the colon, at a line or sentence start, then the quotation after it.
DIALOGUE_TAG = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?\"]\s))(?:she|he|him|her|client|patient|pt|teen|kid|husband"
    r"|wife|partner|mum|mom|dad)\s*$",
    re.IGNORECASE,
)
DIALOGUE_QUOTE = re.compile(r"\s*[\"']")
#: A quotation closed and then tagged by a third person ("'...?' she asked", '"...," he
#: whispered'): someone's words in the room, the tag after them.
SAID_AFTER = re.compile(
    r"[?!,.][\"'\u201d\u2019]\s+(?:she|he) (?:asked|whispered|admitted|confided|blurted"
    r"|sobbed|muttered|mumbled)\b",
    re.IGNORECASE,
)

_CLOSE_QUOTE = "[\"'\u201d\u2019\u00bb]"
_OPEN_QUOTE = "[\"'\u201c\u2018\u00ab]"
_AGE_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|ten|\d{1,2})"
)
_GRADE = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|[1-9][0-9]?(?:st|nd|rd|th))"
)
_WHEN = (
    r"(?:today|tonight|yesterday|last (?:week|night|session|time)|this (?:morning|afternoon"
    r"|evening|week))"
)
#: A case consulted on or recounted in passing, each pattern with the words a draft must hold
#: for it to be tried at all (a cheap substring test): a terse case after an opener to
#: colleagues, the n-th client this week, a client's words heard
#: again and again or tagged with an age, one person tagged with what they told the author,
#: one member of a group that met, a supervisee's client, someone the author walks alongside.
RECOUNTED: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (gate, re.compile(p, re.IGNORECASE))
    for gate, p in (
        # an opener to colleagues, then one person described tersely: "Curbside q: pt on ..."
        (
            ("q", "colleague", "advice", "thoughts", "input", "help"),
            rf"(?=[acqhti])\b(?:colleagues|curbside|q|question|advice|thoughts|input|help)\b"
            rf"[^:\n]{{0,40}}:\s+(?:(?:a|an|my|this)\s+)?(?:(?!{_NOT_BEFORE}\b)[\w-]+\s+){{0,2}}?"
            rf"(?:{CLIENT}|pt|{_ONE}|\d{{1,2}}\s?(?:yo|y/o|yr-old|-year-old|[- ]year[- ]old))"
            r"(?!s\b|-)\b(?!,\s*[\w-]+\s*,|\s+(?:therapy|work|sessions?|groups?|systems?|support"
            r"|training|members?|forms?|notes|letters?|templates?|paperwork|questionnaires?"
            r"|process))",
        ),
        # "Third family this month where...", "second patient today"
        (
            (
                "second",
                "third",
                "fourth",
                "fifth",
                "sixth",
                "seventh",
                "another",
                "2nd",
                "3rd",
                "4th",
                "5th",
                "6th",
                "7th",
            ),
            r"\b(?:second|third|fourth|fifth|sixth|seventh|another|[1-9][0-9]?(?:st|nd"
            rf"|rd|th))\s+(?:new\s+)?(?:{CLIENT}|{_ONE}|pt|kiddo)\s+(?:today|this\s+(?:week|month"
            r"|term|year|semester|quarter|shift|morning|afternoon))\b",
        ),
        # "'...' Heard a version of that three times this week.", "'...' Twenty years old."
        (
            ("heard", " old"),
            rf"{_CLOSE_QUOTE}[.!?]?\s+(?:heard (?:a version of |some version of |variations? (?:of"
            rf"|on) )?(?:that|this|it)\s+(?:(?:\w+ times|twice|again)\s+)?(?:{_WHEN}|this \w+)\b"
            rf"|{_AGE_WORD}[- ]years?[- ]old[.,])",
        ),
        # "kid told me today '...'", at a sentence start
        (
            ("told me", "asked me", "said to me"),
            rf"(?:^|(?<=[.!?]\s))(?:[\w-]+\s+)?{PERSON}\s+(?:told|asked|said to) me(?:\s+{_WHEN})?"
            rf"\s*[:,]?\s*{_OPEN_QUOTE}",
        ),
        # "In group, one of the moms said"
        (
            (" one of ",),
            r"(?=[iad])\b(?:in|at|during|after) (?:group|session|circle|clinic)\b[^.!?\n]{0,30}"
            rf"\bone of (?:the|da|our|my)\s+[\w-]+\s+(?:{PAST}|[a-z]{{3,}}ed)\b",
        ),
        # "replaying what the mom said at the door: '...'"
        (
            ("what ",),
            rf"(?=w)\bwhat (?:the|da|this|that) (?:[\w-]+ )?{PERSON} (?:said|told me)\b"
            rf"[^.!?\n\"]{{0,30}}?[:,]?\s*{_OPEN_QUOTE}",
        ),
        # "Supervising a stagiaire this term. Her client brings..."
        (
            ("supervis", "trainee", "intern", "stagiaire", "my student"),
            r"\b(?:supervis(?:ing|ed)|my (?:trainee|intern|stagiaire|supervisee|student))\b"
            rf"[^\n]{{0,80}}?\b(?:her|his|their) (?:{CLIENT}|kiddo)\b(?!s|-|\s+(?:list|load|base"
            r"|notes))",
        ),
        # "Marcus T. finally has...": a first name and an initial, then what they did
        (
            (". ",),
            r"(?-i:[A-Z](?<!\w[A-Z])[a-z]+ [A-Z]\.\s+(?:finally|just|still|has|had|is|was|said"
            r"|told|came|got|[a-z]{3,}ed)\b)",
        ),
        # "Sat in silence for eleven minutes with her today", "happened in my office today"
        (
            ("sat ", "happened "),
            r"\bsat (?:in silence |quietly )?(?:for (?:[\w-]+ ){1,2}(?:minutes|hours?) )?(?:in"
            r" silence )?with (?:her|him|them) (?:today|tonight|this (?:morning|afternoon|evening)"
            r"|yesterday)\b|\bhappened (?:in|during) (?:my office|session|group|clinic|the room"
            r"|therapy) (?:today|this (?:morning|afternoon|week)|yesterday)\b",
        ),
        # a pseudonym given to one person: "let's call him Ray", "we'll call her D."
        (
            ("call him", "call her", "call them"),
            r"\b(?:let's|let me|i'll|we'll|i will|we will|i'm going to|gonna) call"
            r" (?:him|her|them) (?-i:[A-Z])\w*",
        ),
        # "Someone on my panel sent a card"
        (
            ("on my ", "from my "),
            r"\b(?:someone|somebody|one) (?:on|from) my (?:panel|caseload|case ?load|list|books"
            r"|roster)\b",
        ),
        # "someone I been walking alongside", at a sentence start
        (
            (
                "been",
                "alongside",
                "accompan",
                " i see",
                " we see",
                " i work",
                " i treat",
                "worked",
            ),
            r"(?:^|(?<=[.!?]\s))(?:someone|somebody|fella|fellow|bloke|guy|lady|gent|lad|lass"
            rf"|{PERSON})\s+(?:i|we)(?:'ve| have)?(?: been)?\s+(?:walk(?:ed|ing)? alongside"
            r"|accompan(?:y|ied|ying)|work(?:ed|ing)? with|treat(?:ed|ing)?|see(?:ing)?"
            r"|counsel\w*)\b",
        ),
    )
)

#: Words tagged with a time after a colon ("... last week: 'I'm not confused'"); the words
#: before it must name one person (TAGGER), looked for just before the match.
TAGGED_QUOTE = re.compile(rf"\b{_WHEN}\s*:\s*{_OPEN_QUOTE}", re.IGNORECASE)
#: Who is tagged: "nonbinary teen", "sixth-grader", "pt"; not "my kid" (the author's own).
TAGGER = re.compile(
    rf"(?<!\bmy )(?<!\bour )\b(?:{PERSON}|{_GRADE}[- ]grader|pt)\s+$", re.IGNORECASE
)
#: What a draft holds when a colon opens a quotation: only then is TAGGED_QUOTE tried.
COLON_QUOTES = (': "', ": '", ": \u201c", ": \u2018", ": \u00ab", ':"', ":'")
