"""The vocabulary of the structural clinical check: setting, one person, narration, genericity.

`clinical_patterns.py` holds phrases that were fitted to the corpus; these
tables describe the *shape* of a story instead. A story about a client is a
post that (a) is set in clinical work, (b) singles out one person, and (c)
narrates (a time, a past event, speech, the clinician's reaction), in a sentence that is
not a general statement. Each table is broad on purpose: only the three together fire.
The narration tables, (c), are in `story_narration`.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: Verbs of the work done with a person: "someone I sit with", "a man I've been meeting with".
_SERVE = (
    r"(?:treat(?:ing)?|serve|serving|sit(?:ting)? with|sat with|meet(?:ing)? with|met with|meet"
    r"|support(?:ing)?|counsell?(?:ing)?|been alongside|look(?:ing)? after|care for"
    r"|caring for)"
)

#: Words that put a post in clinical work: places, events, roles, treatments.
SETTING = compiled(
    r"\b(?:clients?|patients?|service users?|sessions?|intakes?|therapy|counsell?ing|clinics?"
    r"|ward(?: round)?s?|unit|caseload|case ?load|referrals?|admissions?|admitted|discharged?"
    r"|appointments?|assessments?|assessed|reviews?|reviewed|reviewing|a&e|er|ed|bay \d+"
    r"|shifts?|liaison|on-?call|tribunal|diagnos[ei]s|diagnosed|meds|medications?"
    r"|antidepressants?|antipsychotics?|ssris?|depot|injections?|lithium|clozapine|relapsed?"
    r"|sober|sobriety|detox|rehab|treatment|recovery|work|the job|this job|my list|my office"
    r"|office|practice|school|counsell?or|hospital|safeguarding|crisis|overdosed?|group"
    r"|iop|telehealth|zoom|dnas?|no-?shows?|eval(?:uation)?s?|consult(?:ation)?s?|supervision"
    r"|supervisee|handover|inpatient|outpatient|psych|psychiatr\w+|therap\w+|trauma|ptsd"
    r"|psychosis|anorexia|bulimia|eating disorder|self-?harm|suicid\w+|grief|play room"
    r"|playroom|sand ?tray|caseworker|home visit|visit|case|cases|cps|dcf|aps|iep|504"
    r"|mandated|threat assessment|safety plan|suspension|check-?in|caseworker|foster"
    r"|wait-?list|waiting list|insurance|co-?pay|prior auth|meds?|exposure|emdr|cbt|dbt"
    r"|grounding|psychoeducation|formulation|breakthrough|disclosure|rupture"
    r"|as an? (?:[\w-]+ )?(?:psychologist|therapist|counsell?or|social worker|clinician|nurse"
    r"|psychiatrist|psych))\b"
    rf"|\b(?:i|we)(?:'ve been| have been|'m| am)?\s+(?:been seeing|assess(?:ing)?|{_SERVE})\b",
    _I,
)
#: Someone the author sees, named so: the work itself on the personal account ("someone I see",
#: or an elder's title seen on a working rhythm: "Auntie I see every week"; "person I've been
#: meeting every week", "the tuesday guy": a weekly slot; not "the friday guy at the market").
SEEN = compiled(
    r"\b(?:someone|somebody|one|person|lad|lass|kid|teen(?:ager)?|man|woman|guy|girl|boy|family)"
    r" (?:i|we) see\b"
    r"|\b(?:auntie|aunty|uncle|granny|grandma|grandpa|nan|nana|elder|lady|gent|couple)"
    r" (?:i|we) see (?:every (?:week|fortnight|month|mon|tues|wednes|thurs|fri)|weekly"
    r"|fortnightly|monthly|on (?:mon|tues|wednes|thurs|fri)days)\b"
    r"|\b(?:someone|somebody|person|lad|lass|kid|teen(?:ager)?|man|woman|guy|girl|boy|family"
    r"|couple|lady|gent) (?:i|we)(?:'ve been| have been) (?:meeting(?: with)?|working with)"
    r" (?:every|each) (?:week|fortnight|month|mon|tues|wednes|thurs|fri)"
    r"|\b(?:my|the) (?:mon|tues|wednes|thurs|fri)day (?:guy|girl|lady|man|woman|kid|lad|lass"
    r"|gent|fella|bloke|teen|boy|couple|family)\b(?! (?:at|from|in|on) the\b)",
    _I,
)
#: What a lower-cased draft must hold for SEEN to be tried.
SEEN_HINTS = (" see", " meet", "monday ", "tuesday ", "wednesday ", "thursday ", "friday ")

_NOUN = (
    r"(?:lad|lass|chap|gentleman|gent|fella|fellow|bloke|guy|gal|dude|woman|man|lady|girl|boy"
    r"|kid|kiddo|child|teen|teenager|adolescent|youngster|young (?:man|woman|person|adult|lad"
    # "a youth from", "one youth who": not "youth group", "youth worker" (a kind of thing)
    r"|mum|mom|dad|mother|father|one)|youth(?=\s*(?:[,.!?;:]|(?:from|at|who|i|told|said"
    r"|asked|came|with|was|is|has|had|just|finally)\b))"
    r"|toddler|baby|infant|mum|mom|mother|dad|father|parent|carer"
    r"|caregiver|grandmother|grandfather|grandma|grandpa|grandad|granddad|granny|grannie|nana"
    r"|gran|nan|couple|family|veteran|vet"
    r"|pupil|student|resident|inpatient|outpatient|referral|admission|patient|client"
    r"|service user|member|survivor|widow|widower|senior|retiree|pensioner|person|individual"
    r"|newcomer|regular|lifer|inmate|prisoner|detainee|offender|young'?uns?|long-?stayer"
    r"|frequent flyer|6th grader|\w+ grader|year \d+|sophomore"
    r"|freshman|junior|senior|nurse|officer|soldier|marine|firefighter|medic|mama|papa|boyo"
    r"|wife|husband|spouse|newlyweds?|fianc[eé]e?|case|pt|admit"
    r"|tamariki|rangatahi|wahine|tane|kuia|koro|se[nñ]ora|se[nñ]or|abuela|abuelo|viejit[oa]"
    r"|paciente|cliente|chic[oa]|ni[nñ][oa]|airman|seaman|fireman|policeman|policewoman"
    r"|businessman|businesswoman|fisherman|serviceman|servicewoman|midshipman)"
)
#: Trades a client may be described by ("an old rancher brought..."); only after a determiner.
_TRADE = (
    r"(?:rancher|farmer|miner|trucker|driver|banker|builder|plumber|welder|electrician|mechanic"
    r"|lawyer|logger|hunter|cowboy|roughneck|labou?rer|cleaner|chef|waitress|bartender|engineer"
    r"|accountant|pilot|shepherd|crofter|sailor|athlete|footballer|dancer|musician)"
)
_ADJ = r"(?:[\w-]+\s+){0,2}?"
#: Common irregular past tenses: a story is told in them.
IRREGULAR = (
    r"(?:let|left|made|took|gave|told|said|came|went|got|brought|sent|wrote|drew|fell|felt|ran"
    r"|sat|stood|saw|found|lost|won|broke|threw|kept|held|heard|knew|met|paid|put|read|spoke"
    r"|taught|thought|wore|began|became|bought|caught|chose|did|dug|fought|flew|forgot|hid|hit"
    r"|hung|hurt|lay|led|meant|quit|rode|rang|rose|sang|shook|shot|shut|slept|sold|spent|stole"
    r"|struck|swore|swam|tore|understood|woke|wept|drove|rang|ate|drank|fed|fled|forgave|froze"
    r"|grew|lit|sank|stuck|swept|swung|wound|bit|blew|built|dealt)"
)
_FAMILY = (
    r"(?:husband|wife|partner|spouse|boyfriend|girlfriend|son|daughter|kids?|children|mum|mom"
    r"|dad|mother|father|sister|brother|parents|friend|bestie|colleague|cat|dog|team|gp"
    r"|therapist|own)"
)

#: One person, singled out: "a lad", "the veteran on my list", "one of mine", "someone I see",
#: "my new referral", "Mrs. Okafor", "she's 16". The alternatives that begin a word sit in
#: one group behind a word-start lookahead, which scans several times faster; the ones
#: that begin at punctuation or a sentence start are in ONE_PERSON_EDGE.
ONE_PERSON_WORD = compiled(
    rf"(?=\w)(?:\b(?:a|an|the|this|that|one|another|our)\s+{_ADJ}(?:{_NOUN}|{_TRADE})\b(?!s\b|-)"
    rf"|\b(?:1|one)\s+{_NOUN}\s+(?:who|whose|with)\b"
    r"|\bmy\s+(?:[\w-]+\s+)?couples?\b(?!\s+of\b|\s+friends)"
    r"|\b(?:after|before|during|in|from|out of) (?:a|the|this|my|that|today's) (?:[\w-]+\s+)?"
    r"(?:session|intake|assessment|appointment|group|shift)\s+(?:today|this morning"
    r"|this afternoon|tonight|yesterday)\b|\bone of my (?:ppl|people|folks|peeps|lot"
    r"|(?:little|wee|young) ones)\b"
    r"|\b(?:in|from) (?:the room|session|group|clinic)\s+(?:today|this morning|this afternoon"
    r"|tonight|yesterday|earlier)\b|\b(?:disclosure|breakthrough|meltdown|blow-?up|rupture"
    r"|walkout|tears)\s+(?:in|during)\s+(?:the room|session|group|my office)\b"
    r"|\b(?:my|ur|your)\s+(?!(?:little|youngest|oldest|middle|own|eldest|baby|two|three"
    r"|beautiful|sweet|lovely|big)\b)(?:[\w-]+\s+){1,2}?(?:kid|youth|student|boy|girl|teen"
    r"|kiddo|young person)\b(?!s)|\b(?:ur|your)\s+(?:student|client|patient)\b(?!s)"
    r"|\b(?:cps|dcf|aps|mandated|safeguarding|child protection) (?:report|referral|call)s?\b"
    rf"|\bone of (?:mine|ours|(?:my|our) (?:(?!{_FAMILY}s?\b)\w+s|(?:[\w-]+\s+){{0,2}}?(?:{_NOUN}"
    r"|fella|analysand)s))\b|\b(?:someone|somebody)\b(?!\s+(?:i|we)\b)"
    r"|\bone of the \w+ (?:in|from|at|on) my\b|\bpt\s*#\s*\d+"
    rf"|\b[\w-]++\s+(?:(?:i|we)(?:'ve been| have been|'m| am)?\s+(?:see|seeing"
    rf"|saw|work with|working with|assess(?:ing)?|help(?:ing)?|{_SERVE})"
    r"|(?:i'd|i had|i've|i have|we'd|we've) (?:gotten|got|come) to know)\b"
    rf"|\bone of (?:the|our) (?!(?:nurses|medics|officers|doctors|staff)\b)(?:[\w-]+\s+)?"
    rf"(?:{_NOUN}s|women|men|grannies|children|ladies|families|babies|aunties|elders|folks)\b"
    r"|\b(?:one|two|three|four|five|\d+|a few|some|several) of (?:the|my|our) (?:[\w-]+\s+){1,2}?"
    rf"(?:i|we)(?:'ve been| have been|'m| am)?\s+(?:see|seeing|work with|working with|{_SERVE})\b"
    r"|\bgroup (?:went|ran|was|got)\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)[- ]year[- ]old\b(?!s)"
    r"|\b(?:the|a) (?:quiet|new|little|young|older|loud|shy|angry|sad|youngest|oldest) one\b"
    r"|\b(?:couples?|family|group|art|play|music|individual|first|last|joint) session\s*:"
    r"|\b(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:daughter|son|nephew|niece|brother|sister"
    r"|grandson|granddaughter|grandchild|bride|groom|stepdad|stepmom|stepmum|aunt|uncle|cousin)\b"
    r"(?!s\b|-|'s (?:wedding|funeral|birthday|party|graduation|christening|wake|engagement))"
    r"|\b(?:hardest|toughest|best|worst|saddest|first|last|final)\s+(?:visit|session|intake"
    r"|assessment|call|shift|admission)\s+(?:of|this|today|yesterday|tonight)\b"
    r"|\b(?:on (?:service|hospice) with us|on our service|admitted to (?:our )?(?:service"
    r"|hospice|unit))\b"
    r"|\b(?:\d+|two|three|four|five|six) (?:deaths|admits|admissions|discharges|intakes)\b"
    r"|\bmi (?:paciente|cliente)\b|(?:^|(?<=[.!?]\s)|(?<=\bmy\s)|(?<=\bthe\s)|(?<=\bour\s))"
    r"session (?:today|this morning|this afternoon|tonight|yesterday)\b"
    r"|\b[\w-]+\s+(?:in|from|on) my (?:\w+\s+)?(?:group|caseload|practice|clinic|program(?:me)?"
    r"|unit|list|books)\b"
    r"|\b(?:one|two|three|four|five|\d|some|several|so many|many) of my (?:guys|gals|vets|men"
    r"|women|ladies|boys|girls|kids|teens)\b"
    r"|\b(?:one|two|three) of my (?:[\w-]+\s+)?(?:athletes|players|swimmers|runners|sprinters"
    r"|rowers|gymnasts|skaters|riders|lifters|fighters|boxers|climbers|footballers|cricketers"
    r"|golfers|dancers|cyclists|jockeys)\b"
    r"|\b(?:one|two|three|four|five|\d|some|several|so many|many) of my (?:ppl|people|folks"
    r"|peeps|lot|families)\b"
    r"|\bhad (?:a|an|my|the)\s+(?:[\w-]+\s+)?(?:session|intake|assessment|appointment|consult)\b"
    r"|\b(?:a|an)\s+[a-z]+(?:er|or|ist|ian|ant|ent)\s+from\b"
    r"|\bmy\s+(?:\w+day|morning|afternoon|evening|\d{1,2}(?::\d\d)?(?:\s?[ap]m)?|\w+ o'?clock"
    r"|first|last|next|new|catatonic|psychotic|manic|bipolar|suicidal|depressed|delirious"
    r"|anorexic|autistic|schizophrenic|paranoid|agitated|postpartum|perinatal|first-episode"
    r"|detoxing|withdrawing|dementing)\s+(?:lady|man|gent|fella|lad|guy|woman|girl|boy|kid|teen"
    r"|couple|family|one)\b(?!\s+(?:holiday|dinner|reunion|trip|vacation|visit|photo"
    r"|gathering|party|wedding|do|meal|home|house|car|member|tree|doctor)s?\b)"
    r"|\b(?:met|saw|bumped into|ran into|spotted)\s+(?:half (?:of )?)?(?:my|one of my|a)"
    r" (?:caseload|clients?|patients?)\b"
    rf"|\bmy\s+(?!{_FAMILY}\b)[a-z-]+\s+[a-z-]+\s+(?:referral|admission|client|patient)\b"
    r"(?!s|\s+(?:portal|list|notes|files|base|load|survey|forms?|records?|feedback|info))"
    rf"|\bmy\s+(?!{_FAMILY}\b)(?:[\w-]+\s+)?(?:referral|admission|client|patient|case|kiddo"
    r"|long-?stayers?|regulars?|\d{1,2}(?::\d\d)?(?:\s?[ap]m)?|\d{1,2} o'?clock"
    r"|\w+ o'?clock)\b"
    r"|\b(?:she|he)(?:'s| is| was) (?:only |just |barely |nearly |almost )?\d{1,2}\b"
    r"|\b\d{1,2}[- ]?(?:yo|y/o|(?:year|yr)s?[- ]old)\b)",
    _I,
)
#: After "Miss", a word that is no first name: a pronoun ("Miss You"), a common word.
NOT_MISSED = (
    r"(?:You|Me|Him|Her|Them|Us|It|[A-Z][a-z]*(?:ent|ant|ence|ance|ion|ness|ity|ive|ous|ing))\b"
)
#: The one-person alternatives that need capitals ("Jamie R., 23", "Dana's intake", "T. in 4th
#: grade", "Jaylen (10)", "Yanky (17, Boro Park)", "Mr. D", "J.T."), kept apart so
#: ONE_PERSON_WORD has no case-sensitive part and can run on lower-cased text (see
#: lexicon.Folding).
ONE_PERSON_NAMED = compiled(
    r"\b(?-i:[A-Z][a-z]+ [A-Z]\.),?\s*\d{1,2}\b"
    r"|\b(?-i:[A-Z][^\W\d_]+)'s (?:intake|session|appointment|assessment|file|chart|notes"
    r"|referral|discharge)\b"
    r"|\b(?-i:[A-Z]\.)\s+(?-i:(?:in|from|at|who|was|is|has|had|brought|said|told|came))\b"
    r"|\b(?-i:[A-Z][^\W\d_]+)\s*\(\d{1,2}(?:\)|,\s*\w)"
    r"|\b(?-i:M(?:r|rs|s|x|dm|me)\.?\s+[A-Z](?:[a-z]+)?)\b"
    rf"|\b(?-i:Miss\s+(?!{NOT_MISSED})[A-Z][a-z]{{2,}})\b"
    # not a firm's suffix: "Salud S.A.", "Grupo Norte S.L."
    r"|\b(?-i:(?!S\.\s?[AL]\.)[A-Z]\.\s?[A-Z]\.)(?=[\s,(]|$)(?!\s*(?-i:[A-Z][a-z]))",
    _I,
)
#: An age opening a post as a case is presented: "17, first episode mania, ...".
AGE_OPENING = compiled(r"\d{1,2}(?:yo|y/o|[fm])?(?=,\s+(?-i:[a-z]))", _I)
#: The same after a colon, as a list of findings: "ED folks, help: 30s, no psych hx, ...".
AGE_AFTER_COLON = compiled(
    r"(?:early |mid-?|late )?\d{1,2}(?:s|yo|y/o|[fm])?(?=,\s+(?-i:[a-z])[^,.!?\n]{1,30},)",
    _I,
)
#: An optional word before a noun at a clause start, but not a possessive ("my husband").
_LEADWORD = r"(?:(?!(?:my|our|his|her|their|your)\b)[\w-]+\s+)?"
#: Where a sentence or clause starts: ONE_PERSON_AT_START is tried only there, which is far
#: cheaper than scanning every position for a leading "^" or punctuation.
CLAUSE_START = compiled(r"[.!?:;,\u2014\u2013\n-]\s*")
ONE_PERSON_AT_START = compiled(
    rf"{_LEADWORD}{_NOUN}\s+(?:in|at|from|on|with|who|whose|i|we)\b"
    r"|(?:tita|tito|manang|manong)\s+from\b"  # Tagalog: an elder addressed as kin, by place
    rf"|(?:[\w-]+\s+){{0,2}}{_NOUN},\s"
    rf"|{_LEADWORD}{_NOUN}\s+(?:(?:this|last|yesterday|today)"
    rf"(?:\s+(?:morning|afternoon|evening|night|week))?\s+)?(?:(?:finally|just|actually|then"
    rf"|still|also|really|suddenly|literally)\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR}|was|is|has|had"
    r"|hadn't|hasn't|wasn't|didn't|won't|couldn't|wouldn't|got|said"
    r"|told|came|showed|brought|kept|keeps|says|tells|asked|asks|gave|made|went|left|drew)\b"
    r"|[a-z][\w' -]{2,30},\s*\d{1,2}(?:,|\s+(?!(?:mins?|minutes|hours?|hrs?|days?|weeks?"
    r"|months?|am|pm|percent)\b)[\w-]+(?:\s+[\w-]+){0,2},)"
    rf"|(?:[\w-]+\s+)?{_NOUN} of (?:two|three|four|five|six|\d+)\b"
    r"|(?!(?:today|tonight|yesterday|tomorrow|this|last|next|\w+day)'s)[\w-]+'s\s+(?:daughter|son"
    r"|wife|husband|partner|mum|mom|mother|dad|father|sister|brother|kids?|children|parents?"
    r"|family|grandson|granddaughter|widow|carer)\b"
    r"|(?:her|his) (?:last|first|final|only)\b"
    rf"|(?:[\w-]+\s+){{1,3}}?(?:i|we)(?:'ve been| have been|'m| am)?"
    r" (?:work(?:ing)? with|see(?:ing)?"
    r"|treat(?:ing)?|support(?:ing)?|counsel(?:l?ing)?)\b",
    _I,
)
