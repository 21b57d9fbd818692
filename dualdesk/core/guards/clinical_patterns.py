"""The vocabulary of the clinical guard: who a client is, and what narration looks like.

Kept apart from `clinical.py` so the decision logic there stays short; the
phrases built from these words that fire alone are in `clinical_strong.py`. Every
pattern is bounded (no nested unbounded repetition), so matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_people import KIN_ELSEWHERE, OWN_ADJ

CLIENT = r"(?:client|patient|counselee|intake)"
PERSON = (
    r"(?:teen(?:ager)?|adolescent|kid|child|boy|girl|young (?:man|woman|person|adult)|man|woman"
    r"|mom|mother|dad|father|parent|couple|family|veteran|vet|student|person|someone"
    r"|individual|guy|lady|survivor|widow(?:er)?|client|patient|kiddo|preteen|tween|toddler"
    r"|senior|teenager|grandmother|grandfather|grandma|grandpa|grandparent|widow|refugee"
    r"|newlywed|retiree|firefighter|officer|soldier|wee one"
    r"|(?:year|grade) \d{1,2}(?= (?:at|from|in|who|i|we)\b))"  # "a Year 10 at ... I see"
)
SEE_PERSON = (
    r"(?:teen(?:ager)?|adolescent|kid|child|family|couple|veteran|vet|student|parent|mom|dad"
    r"|mother|father|young (?:person|adult)|widow(?:er)?|client|patient|kiddo|preteen|tween"
    r"|boy|girl|(?:year|grade) \d{1,2}|wee one)"  # "a Year 10 I see": a pupil by their year
)
COLLEAGUE = (
    r"(?:colleague|coworker|co-worker|team|intern|supervisor|boss|nurse|doctor|psychiatrist"
    r"|therapist|clinician|counsell?or|friend|peer|staff|people|folks|psychologist)"
)
SERVE = (
    r"(?:work(?:ed|ing)? with|treat(?:ed|ing)?|counsel(?:l?ed|l?ing)?|support(?:ed|ing)?"
    r"|help(?:ed|ing)?|(?:been )?(?:working with|treating|seeing in (?:therapy|session)"
    r"|counsel(?:l)?ing|supporting|helping)|started (?:working with|seeing)"
    r"|assess(?:ed)?|evaluat(?:ed|ing)|diagnosed|(?:been )?walk(?:ed|ing)? alongside"
    r"|talk(?:ed)? with (?:every|each))"
)
CLOCK = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:\d{1,2}(?::\d\d)?\s?(?:am|pm"
    r"|o'?clock)|noon|midday|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r" o'?clock|\d{1,2}h(?:\d\d)?(?!\s*(?:shifts?|days?|nights?|on|off|fast|sleep|drive|flight)\b)"
    r"|0\d[0-5]\d)"
)
PAST = (
    r"said|told|asked|shared|disclosed|cried|laughed|brought|came|walked|showed|texted"
    r"|emailed|called|left|relapsed|graduated|got|was|wasn't|had|hasn't|kept|keeps|refused"
    r"|started|stopped|no-?showed|cancell?ed|thanked|hugged|gave|sent|wrote|mentioned|admitted"
    r"|finished|terminated|quit|confessed|yelled|screamed|fell|broke|lost|made|did|tried"
    r"|wanted|needed|looked|reached|described|realized|realised|noticed|opened|talked|spent"
    r"|drew|ran|went|cussed|swore|lied|ghosted|stormed|smiled|put|sat|stood|answered|shook"
    r"|whispered|hid|missed|saw|met|treated|moved|chose|decided|agreed|managed|returned|showed up"
    r"|end(?:ed)?"
)

# A reference to a client that needs narration in the same sentence to count.
REFERENCE = tuple(
    compiled(p, re.IGNORECASE)
    for p in (
        rf"\b(?:a|an|the|another|our|one)\s+(?:(?:new|young|former|long-?time|teen(?:age)?"
        rf"|couples?|family|group)\s+)?{CLIENT}(?:'s|’s)?(?!-)\b",
        r"\b(?:a|an)\s+\d{1,2}[- ](?:year[- ]old|yo|y/o)\b",
        rf"\b(?:sat|sitting) (?:with|across from)\s+(?:a|an|the|this)\s+(?!{COLLEAGUE}\b)"
        rf"(?:[\w-]+\s+)?[\w-]+",
        rf"\b(?:worked with|work with|met with|saw|treated|counsell?ed"
        rf"|assessed|evaluated|diagnosed|admitted|discharged)\s+(?:a|an|the|this|two|three)\s+"
        rf"(?:[\w-]+\s+)?{PERSON}\b",
        rf"\b(?:a|an|one|this|that|the)\s+(?:(?:young|little|older|teenage|new)\s+)?"
        rf"{SEE_PERSON}\s+(?:i|we)(?:'m| am| was|'ve been| have been)?\s+(?:see|saw|seeing)\b",
        r"(?:^|[.!?]\s+|\b(?:our|the|that|this|a)\s+)(?:(?:really|very|super)\s+)?(?:couples?"
        r"|family|group"
        r"|individual|play|first|last|final|telehealth|heavy|tough|hard|rough|brutal|intense"
        r"|emotional|difficult|draining|exhausting|breakthrough|tearful)\s+sessions?\b",
        r"\bin session\b",
    )
)
ED_NOT_PAST = (
    r"(?!(?:need|feed|seed|speed|bed|red|shed|indeed|embed|proceed|exceed|succeed|tired"
    r"|interested|scared|worried|excited|supported|related|based|used|named|called|married"
    r"|divorced|licensed|trained|informed|skilled|qualified|talented|gifted|aged)\b)"
)
NARRATION = compiled(
    rf"(?=\w)\b(?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday|earlier|last"
    rf" (?:week|night|session)|just now|finally|(?:told|asked|showed|sent|emailed|texted"
    rf"|called|gave|brought|hugged|thanked|yelled at|screamed at) me|i said|{PAST}"
    rf"|{ED_NOT_PAST}[a-z]{{3,}}ed|sitting in my car|decompress(?:ing)?|(?:drive|walk"
    rf"|commute) home|tak(?:e|ing) (?:five"
    rf"|a minute))\b",
    re.IGNORECASE,
)
GENERAL_FRAME = compiled(
    r"^\W*(?:if|when|whenever|every time|for|most|many|some)\b"
    r"|\b(?:may|can|might|should|will|could|would|often|usually|typically|sometimes|tends?)\b",
    re.IGNORECASE,
)
MODAL_AFTER = compiled(
    r"\s+(?:who (?:is|are|has|have)\s+)?(?:may|can|might|should|will|could|would|often|usually"
    r"|typically|sometimes|tends?|needs?|deserves?)\b",
    re.IGNORECASE,
)


SETTING = compiled(
    r"\b(?:clients?|(?<!\bbe )(?<!\bso )(?<!\bmore )(?<!\bstay )patients?(?!\s+with)|sessions?"
    r"|intakes?|(?<!my )(?<!my own )therapy|group (?:session"
    r"|therapy)|(?:tonight's|today's|this morning's|in|after|before|my) group|my office|clinic"
    r"|caseload|homework|sobriety|work (?:today|was|is)|^work\b|q for the|question for the"
    r"|between sessions|colleagues[,:]|discharged?|diagnos[ei]s"
    r"|diagnosed|treatment plan"
    r"|appointments?|at work|sat (?:across from|with)|sitting (?:across from|with)"
    r"|(?:other|fellow|any) (?:clinicians|therapists|counsell?ors|colleagues)|weigh in"
    r"|consult|referrals?)\b",
    re.IGNORECASE,
)
#: An appointment slot opening the post, as in a day's notes ("2pm: nanna brings ..."): a
#: setting too. Apart from SETTING, which it would slow down; tried with `match`.
SLOT_HEADING = compiled(r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)|\d{1,2}[:.]\d\d):\s", re.I)
ONE_PERSON = compiled(
    rf"\b(?:she|he|her|him|his|hers)\b"
    rf"|\b(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?{PERSON}\s+(?:who|whose|from|i|we)\b"
    rf"|\b(?:someone|somebody)\s+(?:who|i|we)\b|\ba member\b"
    rf"|(?:\b(?:someone|somebody)|\b(?:a|an|this|that|the)\s+(?:[\w-]+\s+)?{PERSON})\s+"
    rf"(?:in (?:group|session)\s+)?(?:today\s+|just\s+|finally\s+)?(?:{PAST}|[a-z]{{3,}}ed)\b"
    rf"|\b(?:their|his|her) (?:son|daughter|kid|child|mom|dad|mother|father|wife|husband"
    rf"|partner|baby|teen)\b|\bthe (?-i:[A-Z][a-z]+) family\b"
    rf"|\b(?:a|an)\s+\d{{1,2}}[- ]?(?:year[- ]old|yo|y/o)\b",
    re.IGNORECASE,
)
ONGOING = compiled(
    rf"\b(?:i'm|i am|i've been|i have been|we've been)\s+(?:working with|treating"
    rf"|counsell?ing|supporting|seeing)\s+(?:a|an|this|someone|somebody)\b"
    rf"|(?:\b(?:the|a|an|this|that)\s+|^|[.!?]\s+)(?:[\w-]+\s+){{0,3}}?{PERSON}s?\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:i|we)(?:'ve been| have been|'m| am|'ve| have)?\s+(?:seeing"
    rf"|treating|working with|seen|treated|worked with|see|treat|work with)\b",
    re.IGNORECASE,
)
DISCLOSURE = compiled(
    r"\b(?:she|he)\b[^.!?\n]{0,60}\b(?:said|told me|admitted|disclosed|confided|whispered)"
    r"[,:]?\s*[\"“'‘]",
    re.IGNORECASE,
)
TOLD_ME = compiled(
    r"\b(?:she|he|(?:a|an|the|one|another)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:told|asked|texted|emailed|messaged|said to|confided in|thanked)"
    r" me\b",
    re.IGNORECASE,
)
NOT_A_CLIENT = compiled(
    rf"\b(?:{COLLEAGUE}s?|mentor|professor|reader|follower|stranger|barista|neighbou?r"
    rf"|author|researcher|speaker|dr\.?|student of mine)\b",
    re.IGNORECASE,
)
OWN_CARE = compiled(
    r"\bmy (?:own )?(?:therapist|therapy|counsell?or|psychiatrist|psychologist|doctor|gp|dr)\b"
    rf"|\b(?:my|our) {OWN_ADJ}(?:mentor|supervisor|professor|teacher|colleague|co-?worker"
    r"|preceptor|boss"
    r"|manager|friend|mom|dad|mother"
    r"|father|sister|brother|son|daughter|wife|husband|partner|kids?|grandm\w+|grandf\w+|granny"
    rf"|grandparents?|nan|nana|gran|aunt|auntie|uncle|cousin|niece|nephew|{KIN_ELSEWHERE})\b",
    re.IGNORECASE,
)
