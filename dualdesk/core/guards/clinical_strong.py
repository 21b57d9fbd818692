"""Phrases that single out one client on their own ("my 2pm", "a teen I work with").

Kept apart from `clinical_patterns.py`, whose words (who a client is, what
narration looks like) these phrases are built from; a match here fires
without any other evidence. Every pattern is bounded (no nested unbounded
repetition), so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.clinical_patterns import (
    CLIENT,
    CLOCK,
    COLLEAGUE,
    PAST,
    PERSON,
    SEE_PERSON,
    SERVE,
)
from dualdesk.core.guards.story_people import ADMIN, GROUP

#: Phrases that single out one client on their own. A leading "(?=[...])" names the letters a
#: pattern can start with, which lets the scan skip every other position quickly.
STRONG = tuple(
    compiled(p, re.IGNORECASE)
    for p in (
        # "my client", "my 2pm client", "my new patient", "my last intake"
        rf"(?=m)\bmy\s+(?:(?:new|last|first|next|youngest|oldest|favou?rite|former|current"
        rf"|long-?term|teen(?:age)?|adolescent|couples?|child|morning|afternoon|evening"
        rf"|\d{{1,3}}[- ]?(?:yo|y/o|year[- ]old)|{CLOCK})\s+)?{CLIENT}"
        rf"(?!s|-|\s+{PERSON}\b|\s+(?:husband|wife|partner|spouse"
        rf"|boyfriend"
        rf"|girlfriend|friend|base|list|load|portal|hours|roster|notes|files"
        rf"|side|work|forms?|paperwork|process|packet|coordinator|line|centered|centred"
        rf"|{ADMIN}))\b",
        # "my 2pm", "my 10 o'clock" (not a meeting, flight or class)
        rf"(?=m)\bmy\s+{CLOCK}(?!\s+(?:meeting|call|flight|train|class|lecture|webinar|talk|workout|shift"
        r"|run|yoga|coffee|lunch|dinner|zoom|appointment with (?:my|the)))\b",
        rf"(?=t)\b(?:this|that)\s+(?:{CLIENT}|kiddo)\b(?!s|-)",
        # "Jamie R., 23": a name, an initial and an age
        r"\b(?-i:[A-Z][a-z]+ [A-Z]\.),?\s*\d{1,2}\b,",
        # a patient or record number
        r"(?=[cmp])\b(?:pt|patient|client|mrn)\s*#\s*\d{3,}",
        # a date of birth: always somebody's
        r"(?=d)\b(?:dob|d\.o\.b\.?)\s*:?\s*\d",
        # "my 9:30" (not an alarm, train or meeting)
        r"(?=m)\bmy\s+\d{1,2}[:.]\d\d\b(?!\s*(?:[ap]\.?m\.?\s*)?(?:meeting|call|flight|train|bus|class"
        r"|alarm|start|wake|lecture|webinar|zoom|run|coffee|lunch))",
        r"\b(?:one|some|two|three|several|a few|many|all|another) of my (?!(?:own|fav\w*|best"
        r"|closest|dearest|oldest|old)\b)(?:[\w-]+\s+)?(?:clients|patients|kiddos|teens"
        r"|adolescents|kids|families|couples|veterans|folks|people|ppl|service users)\b",
        # a case brought to supervision is still a client's story
        r"\b(?:a |my )?supervisee(?:'s)?\s+(?:case|client|patient|family|couple|kid|brought"
        r"|presented|is seeing|has been seeing)\b",
        rf"\b{CLIENT} of mine\b|\b{CLIENT} of ours\b",
        rf"(?=[gh])\b(?:had|got)\s+(?:a|an|this|another)\s+(?:new\s+)?(?:{CLIENT}|kiddo)\b",
        rf"(?:^|[.!?]\s+){CLIENT}\s+(?:today|this (?:morning|afternoon|week)|yesterday)\b",
        # "client J.", "patient named Chad"
        rf"(?=[cip])\b{CLIENT}s?\s+(?:(?:named|called)\s+)?(?-i:[A-Z](?:[a-z]+|\.(?:\s?[A-Z]\.)*)?)"
        r"(?=[\s,.!?'’)]|$)(?<!\bI)",
        # "a teen I work with", "a 34-year-old I treat", "a family I'm helping"
        rf"\b(?:a|an|one|this|that|the)\s+(?!{COLLEAGUE}\b)(?:[\w-]+\s+){{0,2}}?"
        rf"(?!{GROUP}\b)(?:{PERSON}|[\w-]+)\s+(?:i|we)(?:'m| am| was| have| had|'ve|'d)?\s+"
        rf"{SERVE}\b",
        # "someone I've been visiting for months": a person known only by the author's care
        r"(?=s)\bsome(?:one|body)\s+(?:i|we)(?:'ve| have|'d| had) been\s+(?:visiting|nursing"
        r"|caring for|sitting with|supporting|working with|looking after)\b",
        rf"\b(?:a|an|one|this|that|the)\s+(?:(?:young|little|older|teenage|new)\s+)?"
        rf"{SEE_PERSON}\s+(?:i|we)(?:'m| am| was|'ve been| have been)?\s+(?:see|saw|seeing)\s+"
        r"(?:today|this|yesterday|last|weekly|every|for|at work|on \w+day|in (?:session|therapy"
        r"|my office|clinic))\b",
        rf"(?=t)\bthe\s+(?:{PERSON})\s+(?:who|that)\s+(?:{PAST})\s+me\b",
        r"\b(?:one|some|two|three|several|a few|many|all) of the (?:clients|patients|kiddos"
        r"|teens|adolescents|kids|families|couples|veterans) (?:i|we)(?:'ve| have)?\s+(?:see"
        r"|seen|treat|treated|work with|worked with)\b",
        rf"\b(?:today's|tonight's|this morning's|this afternoon's|yesterday's)\s+(?:[\w-]+\s+)?"
        rf"(?:{PERSON}|{CLIENT}|session|intake|group)\b(?!s\b)",
        rf"(?=m)\bmy\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:family\s+|couples?\s+"
        rf"|teen\s+|group\s+)?|(?:family|couples?|teen) )(?:{CLIENT}|session|intake|group)s?\b",
        r"\b\w++[- ]year[- ]old,?\s+(?:today|this (?:morning|afternoon|week)"
        r"|yesterday|last week)\b|\b\d{1,2}[- ]?(?:year[- ]old|yo|y/o)[^.!?\n]{0,30}:\s*[\"“']",
        r"\b(?:came|walked|come|showed up|stormed) in (?:today|this (?:morning|afternoon|week)"
        r"|yesterday|last (?:week|night))\b",
        r"(?=s)\bspent (?:the|an|my|this|our|a whole|the whole) (?:hour|session|\d+ minutes)"
        r" with\b",
        r"(?=[chpqrstuw])\b(?:consent given|with (?:his|her|their) (?:consent|permission)"
        r"|permission given"
        r"|(?:shared|quoted|used|posted|reproduced) with (?:(?:her|his|their|full|explicit) )?"
        r"(?:consent|permission)|composite(?=[,:])|composite\s+(?:case|client|patient|story)\b"
        r"(?!s|\s+(?:vignettes?|studies|study|examples?))"
        r"|(?:he|she|they) (?:said|gave me permission|agreed) (?:i|to) (?:could )?share)\b",
        r"\b(?:file|filed|filing|make|made|making|call(?:ed)? in)\s+(?:a|an|another)\s+(?:cps"
        r"|child protective|mandated|abuse|dcf|aps|51a)?\s*report\b|\bcall(?:ed)? (?:cps|aps|dcf"
        r"|child protective services)\b",
        rf"(?:^|[:.!?]\s+)(?:{CLIENT}|kiddo)\s+(?:is|was|has|had|keeps|kept|just|still|finally"
        rf"|[a-z]{{3,}}(?<!ss)s|[a-z]{{3,}}ed)\b",
        rf"\b(?:in|from|with) my (?:morning|afternoon|evening|\w+day|{CLOCK})\s+(?:slot|hour"
        r"|appointment|session|group)\b",
        r"\b(?:congrat(?:s|ulations)|shout-?out|so proud of|proud of)\b[^.!?\n]{0,60}\b(?:finish"
        r"|complet|graduat)\w*\s+(?:from\s+)?(?:treatment|therapy|rehab|the program|our work)\b",
        # sessions narrated
        r"\b(?:today's|this morning's|this afternoon's|yesterday's|tonight's) session\b",
        r"\b(?:she|he|they)\s+(?:said|told me|shared|disclosed|asked|cried|admitted|brought up"
        r"|mentioned|confided)\s+(?:in|during)\s+(?:session|our session|therapy)\b",
        r"\b(?:she|he|they)(?:'s|'ve| has| have)?\s+(?:been\s+)?(?:coming|came)\s+to\s+(?:group"
        r"|therapy|sessions?|see me|my office)\b",
        r"\b(?:finished|wrapped|ended|got out of|came out of|walked out of)(?: up)?\s+(?:a|an"
        r"|the|this|another|my last|my first)\s+(?!(?:jam|gym|study|photo|writing|training"
        r"|recording|q&a|practice|workout|music|gaming)\b)(?:[\w-]+\s+)?(?:session|intake"
        r"|assessment|eval(?:uation)?)\b",
        # feelings about a client
        rf"\b(?:so )?(?:proud of|heartbroken for|worried about|praying for|rooting for"
        rf"|frustrated with|annoyed with|angry at|mad at|fed up with|exhausted by|in awe of)\s+"
        rf"(?:my|a|this|that|one of my)\s+(?:{CLIENT}|kiddo|teen|couple|family)s?\b",
        rf"\b(?:i can't believe|can you believe) (?:my|this|that|a) (?:{CLIENT}|kiddo)\b",
        # masking that betrays a real case
        r"\b(?:not (?:her|his|their) real name"
        r"|names? (?:and details )?(?:changed|altered)|(?:identifying )?details (?:changed"
        r"|altered|removed)|shared with (?:her|his|their) permission"
        r"|de-?identified for privacy)\b",
        rf"\b{CLIENT}\s*:\s*[\"“']",
        # the author's time spent for one person: "90 mins on hold for a family who has nothing"
        rf"(?=[sowcq])\b(?:spent|on hold|on the phone|waited|waiting|chasing|queued|queuing)\b"
        rf"[^.!?\n]{{0,80}}?\bfor (?:a|an|one|this) (?:[\w-]+\s+)?(?:{PERSON}|gent(?:leman)?"
        r"|wh[aā]nau|household)\s+(?:who|whose|that)\b",
        # case-note shorthand: "pt (38F)", "client (17, ...)" (the age-and-sex code alone is
        # story_asides.CASE_CODE)
        r"\((?:(?<=\bpt\()|(?<=\bpt \()|(?<=client\()|(?<=client \()|(?<=patient\()"
        r"|(?<=patient \())\s*\d{1,2}(?:s|\s?(?:yo|y/o|m|f))?\s*[,;/)]",
        # a quotation, then who said it and when: "'...' Heard that today."
        r"[\"'][.!?]?\s+(?:said to me|heard (?:that|this|it)|told to me)\s+(?:today|tonight|this"
        r" \w+|yesterday|last \w+|in (?:session|group|clinic))\b",
    )
)
