"""The vocabulary of the `identity_link` guard: how a clinician says what they do.

Kept apart from `identity.py` so the matching logic there stays short. A
personal post links to the professional account when it names the
profession (in any country's words and short forms), a credential or
regulator, the training, or the work itself (clients, a caseload, a client
who did something today). Every pattern is bounded, so matching is linear.
"""

from __future__ import annotations

import re
import unicodedata

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.folding import Folding

#: Words that narrow a profession: "clinical", "addictions", "child & adolescent".
QUALIFIER = (
    r"(?:licensed|clinical|mental[- ]health|family|marriage(?: and family)?|trauma|child"
    r"|child (?:and|&) adolescent|couples?|grief|addictions?|substance use|drug and alcohol"
    r"|recovery|consultant|trainee|junior|senior|school|forensic|liaison|perinatal|adolescent"
    r"|specialist|registered|qualified|practising|practicing|art|music|drama|play|dance"
    r"|occupational|counsell?ing|educational|health|community|older adults?|psychiatric"
    r"|sports?(?: (?:and|&) exercise)?|exercise|performance|neuro|rehab(?:ilitation)?)"
)
_NOUN = (
    r"(?:therapist|psychotherapist|counsell?or|psychologist|psychiatrist|social worker"
    r"|clinician|lcsw|lpc|lmft|mft|lmhc|lpcc|psychiatric nurse|mental health nurse"
    r"|nurse practitioner|pmhnp|psych np|(?:mental health )?provider|shrink|psych nurse"
    # nursing credentials that name the specialty: registered / community psychiatric nurse
    r"|rpn|cpn|rmn"
    # a nurse named by a mental health service: child and adolescent, community, talking
    r"|(?:camhs|cmht|iapt|crisis team|early intervention) nurse"
    r"|psych(?:iatry|iatric)? (?:reg|registrar|resident|fellow|sho))s?"
)
#: Someone in training: "therapist-in-training", "psychologist trainee".
_TRAINING = r"(?:[- ]in[- ]training|[- ](?:trainee|intern|registrar)s?)?"
PROFESSION = (
    rf"(?:(?:{QUALIFIER}\s+){{0,2}}{_NOUN}"
    rf"|(?:{QUALIFIER}\s+){{1,2}}psychs?){_TRAINING}(?![a-z])"
)
_P = PROFESSION

#: An appointment time as a clinician names the person in it: "my 2pm", "my Tuesday 10am".
_SLOT = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?\d{1,2}(?::\d\d)?\s?(?:am|pm|o'?clock)"
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_FIELD = (
    r"(?:(?:clinical|counsell?ing|educational|forensic|child|health) )?(?:psychology|psychiatry"
    r"|psychotherapy|counsell?ing|social work|mental health|(?:art|music|play|family) therapy)"
)

#: After a job: it is a friend's or a relative's ("as a therapist friend told me").
FRIENDS_JOB = (
    r"(?! (?:friend|colleague|mate|pal|buddy|acquaintance|neighbou?r|cousin|sister|brother"
    r"|relative|auntie|aunt|uncle)s?\b)"
)

#: A Folding: its case-insensitive form, the longest pattern of the guards, is compiled
#: only for a text whose lower-casing moves offsets (folding.Folding.of).
SELF_IDENTIFICATION = Folding.of(
    rf"\b(?:as an? {_P}{FRIENDS_JOB}"
    rf"|when you(?:'re| are) an? {_P}"
    rf"|(?:i'?m|i am|i work as|i've been|i have been|being|became|becoming) (?:an? )?(?:[\w-]+ )?"
    rf"{_P}"
    rf"|(?:we|us|fellow) (?:other )?{_P}|my (?:job|work|day job) as an? {_P}"
    # the profession and what follows it, in one alternative so that it is tried once
    rf"|(?:my )?{_P}(?: (?:here\b|like me\b|by (?:day|night|trade|training|profession)\b"
    r"|(?:life|problems|things|humou?r|struggles|burnout|culture)\b|brain|side|self|mode|hat"
    r"|voice|instincts|eyes|training|rota|rotation|shift|job|placement|colleagues)"
    r"|\b[^.!?]{0,60}\bas one\b)"
    r"|\b(?:doctor|clinician|therapist|work|nurse|shrink) (?:mode|brain|hat) (?:on|off)\b"
    rf"|(?:^|[.!?]\s+){_P}\b(?:\s+who\b|,)"
    # others naming the author's job: "introduced me as the therapist", "call me the shrink",
    # a parent's own words: "introduces me at parties as 'my son the psychologist'"
    r"|\b(?:me|myself)(?: (?:at|to|in|around) (?:[\w-]+ ){0,2}?[\w-]+)? as ['\"‘“]?"
    r"(?:(?:my|our|her|his|their) (?:daughter|son|girl|boy|kid|child|wife|husband|niece"
    r"|nephew|grandson|granddaughter|grandkid|sister|brother|cousin),? )?"
    rf"(?:the |an? |their |our |his |her )?(?:[\w-]+ )?{_P}"
    rf"|\bcall(?:s|ed|ing)? me (?:the |an? |their |our )(?:[\w-]+ )?{_P}"
    # licensed or certified in the field, hours worked on a psychiatric unit
    r"|\b(?:board[- ]certified|licensed|registered|accredited|chartered|credentialed"
    rf"|certified|qualified) in {_FIELD}\b"
    r"|\b(?:hours?|shifts?|nights?|a shift|a night) (?:in|on|at)"
    r" (?:the|a) (?:psych|psychiatric|mental health|inpatient|crisis) (?:er|ed|a&e|ward|unit"
    r"|floor|emergency|hospital|ward)\b"
    rf"|(?:years?|decades?|months?) (?:as |being )?an? {_P}"
    r"|(?:years?|decades?) (?:in|of) (?:private practice|clinical practice|the nhs|psychiatry"
    r"|psychology|psychotherapy|counsell?ing|social work)\b"
    rf"|\bi (?:said|told (?:him|her|them)|answered|replied|say),? ['\"]?(?:i'?m )?(?:an? )?{_P}"
    r"|\bmy (?:whole |entire )?(?:masters?|master's|msc|ma|mphil|phd|doctorate|degree|training"
    rf"|residency|internship|practicum|placement|fellowship) (?:degree )?in {_FIELD}\b"
    # the work itself: a client who did something, my clients, a caseload
    r"|(?:^|[.!?]\s+)(?:(?:a|my|one|this) )?(?:client|patient)\s+(?:[a-z]+ed\s+)?(?:today"
    r"|this (?:morning|afternoon|week)|yesterday|just)\b"
    r"|\b(?:a|my|one|this|the|one of my) (?:client|patient|service user)s?(?: of mine)?\s+"
    r"(?:(?:just|finally|then|actually|literally|also|once|today|yesterday) )?(?:told|said|asked"
    r"|brought|came|showed|gave|made|got|wanted|shared|thanked|sent|wrote|left|cried|drew"
    r"|knit|bought|[a-z]{2,}ed)\b"
    r"|\b(?:had|have|got|saw) a (?:new )?(?:client|patient)(?=[,.!?:]|$| (?:today|this|yesterday"
    r"|who|tell|ask|cry|say|scream|yell|call|bring|show|come|walk|turn|laugh|hug)\b)"
    r"|\b(?:a|one|this|the) (?:client|patient) (?:i'?ve (?:had|seen|been seeing|worked with)"
    r"|i (?:see|saw|treat|treated))\b"
    r"|\bmy (?:[\w-]+ )?(?:client|patient)(?=[,.!?:]|\s+(?:who|is|was|has|had|said"
    r"|told|asked|just|finally|[a-z]{2,}ed)\b)"
    # an appointment slot standing for the person in it: "my 3pm relapsed"
    rf"|\b(?:(?:from|in|with) my {_SLOT}|my {_SLOT}(?= slot\b| (?:(?:just|literally|finally"
    r"|actually|also|then|again) )?(?:[a-z]{2,}ed|said|told|asked|cried|came|brought|fell|left"
    r"|got|gave|made|wrote|drew|showed|sent|was|is on|on (?:a|an|her|his|their))\b))"
    r"|\b(?:assessments|therapy|sessions|psych\w*|counsell?ing|clinical work|patients|clients"
    r"|caseload)\s+(?:[\w-]+\s+)?by day\b"
    r"|\b(?:ran|run|bumped) into (?:a|my|one of my) (?:client|patient)s?\b"
    r"|\bhours of (?:trauma|therapy|clinical|couples|family|grief) (?:work|sessions)\b"
    rf"|\b{_NUMBER} (?:hours of|straight|back-to-back) (?:sessions|clients|patients)\b"
    rf"|\b{_NUMBER} (?:sessions|clients|patients|assessments|intakes) (?:back[- ]to[- ]back"
    r"|in a row)\b|\bback[- ]to[- ]back (?:[\w-]+ )?(?:sessions|clients|patients|assessments"
    r"|intakes)\b|\bward rounds?\b"
    r"|\b(?:running|ran|facilitating|leading) (?:\w+ ){0,2}(?:groups|sessions)\b"
    r"|\ba (?:patient|client)'s\b"
    r"|\b(?:prescribing|charting|diagnosing|seeing (?:patients|clients)|doing (?:intakes"
    r"|assessments|evals))\b"
    # a credential, but not an exam, nor a price or a number ("MSW $18/kg" is a durian)
    r"|\b(?:c\.?psych|lcsw|lmsw|lpc|lmft|lmhc|lpcc|psy\.?d|msw|mrcpsych|rmn|bcba)\b(?! exam)"
    r"(?!\s*(?:[$\u20ac\u00a3\u00a5]|\d))"
    r"|\bi (?:do|practi[cs]e|provide|offer) (?:[\w-]+\s+){0,2}?(?:therapy|counsell?ing"
    r"|psychotherapy|social work|couples work)\b|\bfor a living\b"
    r"|\b(?:doing|did) (?:couples|family|trauma|therapy|clinical|grief) (?:work|therapy"
    r"|sessions)\b"
    r"|(?:day off|back|home|fresh|escap\w+|away|break) from (?:the|my) (?:ward|clinic|caseload"
    r"|practice|therapy office)\b"
    r"|the therapist in me|therapist mode"
    r"|(?<!their )(?<!his )(?<!her )(?<!your )(?<!\w)(?:my )?caseloads?\b"
    r"|my (?:[\w-]+ )?(?:clients|patients|service users|supervisees)"
    r"|my (?:last|first|next|new|final|favou?rite|hardest|toughest|youngest|oldest|only)"
    r" (?:client|patient)\b"
    r"|my (?:case|progress|clinical|session|therapy) notes\b"
    r"|my (?:therapy|counsell?ing|consulting|clinic) room\b"
    r"|my (?:[a-z]{2,6} )?(?:ceus|npi|licensure|license renewal|revalidation"
    r"|(?:private|therapy|group|clinical|counseling|counselling) practice)"
    r"|#therapistlife|#therapistsofinstagram|#therapistsoftwitter|#therapistproblems)",
    re.IGNORECASE,
)

#: What only its capitals tell apart: credentials and regulators of any country ("HPCSA",
#: "RP(Q)", "MD (Psych)", "DNB" but not "DnB"), and "my client" before a name.
SELF_IDENTIFICATION_CAPITALS = compiled(
    r"\b(?:HPCSA|HCPC|BACP|MBACP|UKCP|NCPS|AHPRA|PACFA|CRPO|CORU|IACP|NZAC|NZCCP|NBCC|CCPA"
    r"|RP ?\(Q\)|MD ?\((?i:psych)\)|DNB|DPM|FRCPC|FRANZCP|DClinPsy|ClinPsyD|CPsychol|AFBPsS"
    r"|LCADC|CADC|LADC|CASAC"
    # fellowships of the colleges of psychiatry: West Africa, Nigeria, South Africa, Britain
    r"|FWACP|FMCPsych|FCPsych|FRCPsych|MMed ?\((?i:psych)\))(?![\w(])"
    r"|\b(?i:my (?:[\w-]+ )?(?:client|patient))(?=\s+[A-Z][a-z])"
)

#: The job told in other voices, each with words it cannot match without: identity.py runs a
#: piece on the lower-cased text only when one of its words is there.
_OPENS = r"(?<!\S)(?<![^.!?\s]\s)"
SELF_IDENTIFICATION_VOICES = (
    # "asking for a friend", the friend being the author's job: "asking for a tired therapist"
    (("asking for",), rf"\basking for (?:a|an|one) (?:[\w-]+ )?{_P}"),
    # with no article at a sentence start, to the author: "Patient told me today"
    (
        (
            "told me",
            "asked me",
            "brought me",
            "showed me",
            "gave me",
            "thanked me",
            "sent me",
            "wrote me",
            "called me",
            "handed me",
            "texted me",
            "emailed me",
        ),
        rf"{_OPENS}(?:client|patient)s?"
        # where the author sees them: "Patient on the ward gave me", "Client from group sent me"
        r"(?: (?:on|in|at|from) (?:the |my |our )?(?:ward|unit|clinic|group|session|caseload))?"
        r" (?:just |once |today |finally )?(?:told|asked|brought"
        r"|showed|gave|thanked|sent|wrote|called|handed|texted|emailed) me\b",
    ),
    # a client placed at work: "my patient on the ward"
    (
        ("my client", "my patient"),
        r"\bmy (?:client|patient)s? (?:on|in|at) (?:the |my )?(?:ward|clinic|session|unit"
        r"|office|practice|group)\b",
    ),
    # the work as what the day or week was: "Counselling at the polyclinic all week"
    (
        (" all ",),
        rf"{_OPENS}(?:therapy sessions|clients|patients|counsell?ing|assessments|intakes"
        r"|clinics?|consults|ward rounds?)(?: (?:at|in|on) (?:the|a|my) [\w-]+)? all (?:day"
        r"|week|morning|afternoon|evening)\b",
    ),
    # working in a field: "working behavioral health for IHS"
    (
        ("work",),
        r"\bwork(?:ing|ed|s)? (?:in )?(?:behaviou?ral health|(?:community )?mental health"
        r"|psychiatry|addictions|substance use treatment)\b",
    ),
    # years as any kind of the job: "three decades as an old-school psychiatrist", and the
    # school and campus kinds: "19 years as a high school guidance counselor"
    (
        ("year", "decade", "month"),
        rf"\b(?:years?|decades?|months?) (?:as |being )?an? (?:[\w-]+ )?(?:{_P}|(?:[\w-]+ )?"
        rf"(?:guidance|pastoral|youth|student|campus|college|university|school) {_NOUN}\b)",
    ),
)


def base_letter(ch: str) -> str:
    """`ch` without its accent when it has an ASCII base ("ñ" -> "n"), else `ch`."""
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() else ch


def unaccented(word: str) -> str:
    """A pattern for `word` that also matches it typed without its accents.

    "Treviño" is often typed "Trevino", "Raíces" "Raices" (a form, a keyboard
    without the letter): both spell the same name.
    """
    return "".join(f"[{ch}{base_letter(ch)}]" if base_letter(ch) != ch else ch for ch in word)
