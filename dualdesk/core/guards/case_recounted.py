"""Patterns of a case recounted in passing: a terse consult, a client's words tagged.

Kept apart from `case_patterns.py`, which holds questions to colleagues and
events of care; these are the shapes in which one person's case is told on
the way to something else (an opener to colleagues, "third family this
month", a quotation then an age, a pseudonym). Every pattern is bounded (no
nested unbounded repetition), so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import CLIENT, PAST, PERSON
from dualdesk.core.guards.lexicon import Folding

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
    (gate, compiled(p, re.IGNORECASE))
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
TAGGED_QUOTE = compiled(rf"\b{_WHEN}\s*:\s*{_OPEN_QUOTE}", re.IGNORECASE)
#: Who is tagged: "nonbinary teen", "sixth-grader", "pt"; not "my kid" (the author's own).
TAGGER = compiled(rf"(?<!\bmy )(?<!\bour )\b(?:{PERSON}|{_GRADE}[- ]grader|pt)\s+$", re.IGNORECASE)
#: What a draft holds when a colon opens a quotation: only then is TAGGED_QUOTE tried.
COLON_QUOTES = (': "', ": '", ": \u201c", ": \u2018", ": \u00ab", ':"', ":'")


_TAGGED_QUOTE = Folding(TAGGED_QUOTE)


def tagged_quotes(text: str, low: str | None) -> list[tuple[int, int]]:
    """One person's words tagged with a time: "nonbinary teen last week: 'I'm not...'"."""
    found = []
    for m in _TAGGED_QUOTE.finditer(text, low):
        who = TAGGER.search(text, max(0, m.start() - 40), m.start())
        if who:
            found.append((who.start(), m.end()))
    return found
