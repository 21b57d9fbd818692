"""Filters of the structural clinical check: what makes a mention of a person not a story.

`story_patterns.py` says what a story looks like (one person, narration);
these tables say when it is not one: words that only look like a person
("be patient"), colleagues and speakers, general statements, and the words
that make a question about a case current ("right now", "next week").
Every pattern is bounded, so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_patterns import IRREGULAR
from dualdesk.core.guards.story_people import ADMIN, OWN_ADJ

_I = re.IGNORECASE


#: Words that look like a person but are not one ("be patient", "the mail client").
NOT_PERSON = compiled(
    r"(?:mail|chat|e-?mail|web|desktop|vpn|api|software|app|torrent|ftp|ssh) client"
    r"|\ba couple of\b|\bwith (?:a|my) sick (?:kid|child|toddler|baby|son|daughter)\b"
    r"|\b(?:adolescent|teen|child|youth|family|adult|senior|veteran|student|patient|client)s?\s+"
    r"(?:program(?:me)?|unit|service|services|team|track|group|clinic|center|centre|ward|wing"
    r"|care|psychiatry|medicine)\b|\bfamily (?:satisfaction|medicine|therapy|systems|physician"
    r"|doctor"
    r"|practice|court|law)\b|(?:^|(?<=[.!?]\s))(?:talk|speak|reach out|turn|go|tell|ask|help"
    r"|check on)"
    r" (?:to )?someone\b"
    r"|\bsomeone (?:you|to talk)\b|\b(?:the|my|our) whole family\b|\b(?:client"
    r"|patient)\s+(?:[a-z]{3,}(?:ure|tion|sion|ment|ness|ity|ance)|death|care"
    r"|safety|records?|portal|experience"
    r"|advocate|population|education|outcomes?|satisfaction|feedback|load|base|rights|voice"
    r"|information|data|privacy|confidentiality|flow|volume|numbers|list|handouts?|leaflets?"
    r"|journals?|charts?|materials?|resources?|handbooks?|booklets?|brochures?|files?)\b"
    r"|\b(?:outpatient|inpatient) (?:appointments?|clinics?|services?|settings?|care|visits?|beds?"
    r"|follow-?ups?|referrals?)\b|\bcouple (?:of )?(?:months|weeks|days|years|hours|sessions"
    r"|times|minutes|nights)\b|\breferral (?:partners?|sources?|networks?|links?|options?)\b"
    r"|\b(?:like|as if|as though) (?:a|an|some) (?:[\w-]+\s+){0,2}?(?:student|teen(?:ager)?|kid"
    r"|child|toddler|baby|grandma|grandpa|[\w-]*year-old|man|woman|person|patient|client)\b"
    r"|(?<!\w )\bbeing (?:a|an)\b"
    r"|\bpatient (?:husband|wife|partner|boyfriend|girlfriend|friend|mum|mom|dad|kids?|teacher"
    r"|man|woman|person|soul|spouse)\b"
    r"|\b(?:nurse|doctor|teacher|therapist|psychologist|lawyer|cop|mum|mom|dad)\s+friends?\b"
    r"|\bcase (?:study|studies|for|of|law|report|management|conceptuali[sz]ation|example|notes?"
    r"|series|vignette|formulation|load)\b|\bin case\b|\bthe case that\b|\bis the case\b"
    r"|\b(?:with|feeding|rocking|settling|holding) the (?:baby|toddler|kids?|dog"
    r"|cat)\b"
    rf"|\b(?:intake|referral|admission|discharge|client|patient|couples?)\s+{ADMIN}\b"
    r"|\b(?:to|at|from) the vets?(?:'s?)?(?!\w)"
    r"|\b(?:be|so|stay|very|too) patient\b|\b(?:more|less) patient (?:than|with)\b"
    r"|\bpatient (?:way|enough|and kind|with (?:me|him|her|them|us|you|yourself"
    r"|myself|ourselves|themselves|each other|others|people|kids|children|my|your|his|our|their"
    r"|the process|it))\b|\b(?:is|are|who's) (?:the|your|our) (?:client|patient)\b(?!\s+(?:who"
    r"|i|we)\b)|\bbaby (?:therapist|nurse|doc(?:tor)?|clinician|psych\w*|counsell?or"
    r"|social worker|resident|intern)s?\b|\b(?:i'm|i am|i was|i'll be|i will be|i've been"
    r"|i became) (?:a|an|the|that|this|one|such a)\b"
    r"|\b(?:nobody|no one|noone|none|everyone|everybody|anyone|anybody) (?:in|from|on) my\b",
    _I,
)

#: A general statement: hypotheticals, habitual or statistical talk, advice to "you".
#: How a general sentence starts (tried with .match at the sentence start).
GENERIC_START = compiled(
    r"\W*(?:(?:the most|if|when|whenever|once|most|many|some|all|each|talk|ask(?! me)|tell(?! me)"
    r"|check|reach|remember|try|use|write|start|build|block|find|give|make sure|consider|avoid"
    r"|notice|name|assume|believe|let's|let them|think about|(?:it's |it is |always )?worth"
    r"|please(?! lang)|pls(?! lang)|how to)\b"  # Taglish "pls lang,": a sigh, not a request
    rf"|an? [\w'-]+(?:\s+(?!(?:i|we|[a-z]+ed|{IRREGULAR})\b)[\w-]+){{0,2}}?\s+(?!(?:was|has|is"
    r"|his|this|its|us|yes|as|plus|always|unless|thus|hers|ours|yours|theirs)\b)"
    r"(?!keeps\s+[a-z]{3,}ing\b(?![^.!?\n]*\byou))(?<!\bthe )(?<!\bour )(?<!\bmy )"
    r"[a-z]{2,}(?<!s)s\b"  # a word after "the", "our" or "my" is a noun ("on the wards")
    r"|an? (?:[\w-]+\s+){1,2}?(?:who\s+(?:[\w'-]+\s+){1,4}?)?(?:is|isn't|are|aren't|has|needs"
    r"|wants|deserves|can|does"
    r"|doesn't|asks)\b|(?:a|the) (?:good|great|bad|best|real|true)\b"
    r"|(?:some|any)(?:one|body)(?:\s+(?!(?:i|we|who)\b)[\w-]+){1,5}?\s+(?:is|isn't|needs|wants"
    r"|deserves|can|doesn't)\b|(?:some|any)(?:one|body) with\b[^.!?\n]{0,80}?\s(?:is|isn't|needs"
    r"|wants|deserves|can|doesn't)\b|(?:the|a|that|this) (?:word|term|phrase|label)\b)",
    _I,
)
#: What ends a clause inside a sentence: a general clause may follow ("MI tip: if you...").
CLAUSE_BREAKS = (":", ";", "\u2014", "\u2013", " - ")
#: A post that opens as teaching: "PSA for colleagues:", "caseload tip for new staff:",
#: "things I wish every parent knew:", "reminder that...", "Residents:"; not "Colleagues, q:".
TEACHING = compiled(
    r"\W*(?:(?:[\w'-]+\s+){0,4}?(?:tips?|psa|reminder|hot take|pro-?tip|unpopular opinion"
    r"|rule of thumb|psychoed|psychoeducation|pearls?|teaching point"
    r"|thought of the (?:day|week|month)"
    r"|note to (?:(?:my|all|any|fellow|new|other)\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"|(?:things?|stuff|what) (?:i|we) (?:wish|want|need))\b[^:\n]{0,60}:"
    r"|(?:[\w'-]+\s+)?(?:reminder|psa|hot take|pro-?tip|tip) that\b"
    r"|(?:[\w'-]+\s+){0,4}?[\w'-]+s\s*:\s*(?:please|pls|do not|don't|never|always|stop"
    r"|remember|avoid)\b"
    r"|(?:residents|trainees|students|parents|carers|caregivers|teachers|new grads"
    r"|newly qualifieds?|interns)\s*[:,])",
    _I,
)
#: Words anywhere in a sentence that make it general.
GENERIC_WORDS = compiled(
    r"\b(?:often|usually|typically|generally|commonly|rarely|frequently|sometimes|tends? to"
    r"|on average|most common|research|studies|study shows|evidence|data|survey"
    r"|in my experience"
    r"|over the years|i'?ve (?:ever|always|never)|i'?ve been part of|every time(?! (?:he|she)\b)"
    r"|whoever|never once|(?:is|are) (?:\w+ )?(?:allowed|permitted|encouraged|welcomed?)"
    r" (?:in|at) (?:session|therapy|group|the room|here|my office|this room|this space))\b"
    r"|\b(?<!nobody )(?<!no one )(?:should|must|might)\b"
    r"(?!'ve| have)"
    r"|\b(?:how|what) (?:do|would|can) you (?:explain|teach|describe|say|tell|talk)\b"
    r"|\bwhat to do (?:when|if) (?:a|an|your)\b",
    _I,
)
#: Words after a person that make the reference general ("a client may", "a teen who needs",
#: "a player at that level": any one of a kind, such as the public figure the post named).
GENERIC_AFTER = compiled(
    r"\s+(?:who (?:is|are|has|have|needs|wants)\s+)?(?:may|can|might|should|will|could|would"
    r"|often|usually|typically|sometimes|tends?|needs?|deserves?|is (?:not|never)|isn't"
    r"|at (?:that|this|the (?:top|elite|highest)) level|of (?:that|her|his|their|such)"
    r" (?:stature|calibre|caliber|profile|fame))\b",
    _I,
)
#: A kind of person, in a relative clause in the simple present: "somebody who actually listens"
#: (only after "somebody" or "the": "a fella who insists" on the author's list is one person).
TYPE_CLAUSE = compiled(
    r"(?:some|any)(?:one|body)\s+who\s+(?:actually\s+|really\s+|always\s+|never\s+)?(?!(?:is|was|has|keeps|does)\b)"
    r"[a-z]{2,}[^s\W]s\b(?!\s+(?:me|us)\b)",
    _I,
)

#: The author is dealing with the case now: a question about it is a case consult, not theory.
CURRENT = compiled(
    r"\b(?:currently|right now|at the moment|atm|this week|in that (?:spot|situation|boat)"
    r"|(?:i'm|i am|we're|we are) (?:currently )?(?:seeing|working with|treating|supporting)"
    r"|dealing with (?:this|it)|working with (?:one|him|her|them) (?:now|right now)|i have one"
    r"|i've got one|on my caseload|asking for a colleague"
    r"|working on it(?: now)?|going on right now|i've got this|i have this|next (?:wk|week"
    r"|session)"
    r"|need (?:ideas|advice|help|input)|advice needed|(?:we're|i'm) meeting (?:them |her "
    r"|him )?(?:tomorrow|\w+day)|rn|working through (?:it|this)|seeing (?:her|him"
    r"|them) (?:again )?(?:on )?\w+day)\b",
    _I,
)

#: The author's own trip, in the sentence of a "this week": no case on the desk.
TRIP = compiled(
    r"\b(?:head(?:ed|ing)|fly(?:ing)?|flew|going|off|travell?(?:ing|ed)|driv(?:ing|e)"
    r"|on (?:my|our) way) to\b|\b(?:conference|congress|summit|convention|retreat|holiday"
    r"|vacation|annual leave)\b",
    _I,
)

#: A question to colleagues about a case ("Q for MFTs:", "how do you all handle…?").
CONSULT = compiled(
    r"\b(?:q|question|consult|advice|help|thoughts|input)\s+(?:for"
    r"|from)\s+(?:my\s+)?(?:fellow\s+)?"
    r"(?:mfts?|therapists|clinicians|colleagues|psychs|counsell?ors|sws|social workers|folks"
    r"|y'all|peers|friends)\b|\bhow do (?:you|y'all)(?: all)? (?:handle|approach|manage|deal)\b"
    r"|\?",
    _I,
)

#: A sentence about a colleague, mentor, speaker or the author's family, not a client.
NOT_CLIENT = compiled(
    r"\b(?:my|our)(?<!than my)(?<!than our)(?<!than most of my)(?<!than most of our)"
    r"(?<!than half my)(?<!than half our)(?<!than any of my)(?<!than any of our)"
    rf"(?<!than all my)(?<!than all our) {OWN_ADJ}(?:co-?workers?|colleagues?|mentors?"
    r"|supervisors?|boss|manager"
    r"|preceptors?"
    r"|professors?)\b|\b(?:speaker|presenter|keynote|author|panelist|lecturer|trainer"
    r"|co-?worker|colleague)\b|\bwho (?:trained|taught|mentored|supervised|precepted|hired"
    r"|interviewed) me\b|\bwhen i was (?:a|an) (?:new|student|trainee|intern|resident)"
    r"|\b(?:i|we) (?:trained|studied|qualified|did (?:my )?[\w-]+) (?:with|alongside"
    rf"|under)\b|\bmy {OWN_ADJ}(?:attending|consultant|registrar|tutor|lecturer|teacher"
    r"|educator|charge nurse|clinical lead|program director|training director)\b"
    r"|\b(?:talk|lecture|workshop|webinar|seminar|sermon|training)\b[^.!?\n]{0,40}?"
    r"\bby (?:a|an|the)\b"
    r"|\b(?:someone|somebody|a member|one) (?:in|from|of|at) (?:my|our) (?:consult(?:ation)?"
    r"|peer|reading|reflective practice|training) group\b"
    r"|\b(?:someone|somebody|people|a (?:guy|man|woman|person|lady|bloke)) (?:online|on (?:here"
    r"|twitter|x|tiktok|reddit|facebook|insta(?:gram)?|threads|the internet|the news|tv"
    r"|the radio|the telly|a podcast))\b",
    _I,
)

#: A bare description owned as the author a little later: "Lady with 3 highlighters, that's me".
THAT_IS_ME = compiled(
    r"(?!(?:a|an|the|this|that|one|my|our)\b)[^\n]{0,120}?\bthat(?:'s|\u2019s| is| was) me\b", _I
)

#: What the author is late for or eats before: "late for my 10am", "before my next client".
SLOT_BEFORE = compiled(
    r"\b(?:late for|in time for|on time for|before|ahead of|until|till)\s+\Z", _I
)
#: A slot that ends its sentence, or is followed only by an aside ("my 9am, apologies in
#: advance"), does nothing in it: it is a time on the author's day.
SLOT_AFTER = compiled(
    r"\s*(?:[.!?]|\Z|[,;\u2014\u2013-]\s*(?:apologies|sorry|soz|again|as usual|as always"
    r"|ugh|send help|wish me luck|of course|classic)\b)",
    _I,
)

#: The most general words for a person. Alone they single no one out ("worried about
#: someone", "the person in front of you"); a relative clause ("someone I see") or a place
#: in the work ("someone from my caseload") is matched as a person of its own.
BARE_PERSON = compiled(
    r"\b(?:(?P<one>(?:some|any|every|no)(?:one|body))|person|individual)"
    r"(?:\s+(?:in|at|from|on|with|who|whose))?\Z",
    _I,
)
#: A relative clause in the past about what a person did to the author: "someone who begged me".
DID_TO_ME = compiled(
    rf"(?:\s+who)?\s+(?:just\s+|once\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR})\s+(?:(?:with|at|to)\s+)?"
    r"(?:me|us)\b",
    _I,
)
#: What makes "someone" nobody in particular: a possessive or "else" ("somebody's notes"), or a
#: plea to whoever reads, a bare verb ("someone send coffee", "somebody please explain").
NOBODY_AFTER = compiled(
    r"(?:'s|\s+else)\b|\s+(?:(?:please|pls|plz)\s+)?(?:send|bring|buy|get me|grab me|make me"
    r"|pass me|save me|tell me|remind me|explain|wake me|pray for me)\b",
    _I,
)
