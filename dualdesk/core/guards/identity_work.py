"""The work told by its people and its places, for the `identity_link` guard.

Shapes rather than words: the people the author serves owned by the author
("my patient's mum", "one of my therapy kids"), a client placed in the
author's own service ("a patient in our day treatment program asked"), the
field as what the author's week is ("Hospice social work is a lot"), the
job as a badge or a mood ("counsellor pride"), the profession given as the
answer to "what do you do", and "this nurse" meaning the author. Each comes
with words it cannot match without, as in
`identity_patterns.SELF_IDENTIFICATION_VOICES`.
"""

from __future__ import annotations

from dualdesk.core.guards.identity_patterns import PROFESSION

_P = PROFESSION
_OPENS = r"(?<!\S)(?<![^.!?\s]\s)"
#: What serves people: a therapy, a service, a programme, a ward.
_SERVICE = (
    r"(?:therapy|counsell?ing|hospice|clinic|caseload|ward|unit|session|treatment|program"
    r"|programme|group|practice|school|camhs|iop|php|day[- ]program|inpatient|outpatient)"
)
#: The people a service serves, named the way a worker names them among friends.
_SERVED = (
    r"(?:kids|kiddos|teens|families|family|folks|guys|men|women|ladies|people|parents"
    r"|clients|patients|residents|lot|crew|young people|youngsters)"
)
#: The people a service serves, and those only a service speaks of serving.
_SUPPORTED = (
    rf"(?:{_SERVED}|elders|veterans|vets|youth|survivors|couples|adults|children|mums|moms"
    r"|mams|mothers|new parents)"
)
#: The author as the speaker of a profession: "this CAMHS nurse is off to bed".
_NURSE_OR_P = rf"(?:(?:[\w-]+ )?nurse|{_P})"

WORK_VOICES = (
    # the people served, owned by the author: "my patient's mum", "our clients' families"
    (
        ("client", "patient"),
        r"\b(?:my|our) (?:[\w-]+ )?(?:client|patient)(?:'s|s')(?!\w)"
        # placed in the author's own service: "a patient in our day treatment program"
        r"|\b(?:a|an|one|this|the|that|another) (?:client|patient)s? (?:in|on|at"
        r"|from) (?:our|my)\b(?! own)",
    ),
    # the residents the author looks after or trains: "my residents have found this account",
    # "one of my care home residents"; not "my fellow residents" of a town
    (
        ("residents",),
        r"\bmy (?!fellow\b|neighbou?r)(?:[\w-]+ ){0,2}?residents\b(?!'? ?(?:association|group"
        r"|committee|parking))",
    ),
    # the people served as the ones the author serves: "the families I serve", "the men we
    # treat"; not "the people I work with" (colleagues), "the kids I look after" nor "the
    # guys I support" (a support worker's, a football fan's)
    (
        (
            " i serve",
            " i treat",
            " i counsel",
            " we serve",
            " we treat",
            " i see in",
            " i see at",
            " i work with in",
            " i work with at",
        ),
        rf"\b{_SUPPORTED} (?:i|we) (?:serve|treat|counsel|see (?:in|at) (?:clinic|session"
        r"|therapy|group|the (?:clinic|unit|ward|centre|center))|work with (?:in|at) (?:clinic"
        r"|session|therapy|group|the (?:clinic|unit|ward|centre|center)))\b",
    ),
    # "one of my therapy kids", "my hospice families", "our group guys"
    (
        ("my ", "our "),
        rf"\b(?:my|our) (?:[\w-]+ )?{_SERVICE} {_SERVED}\b",
    ),
    # the field as what the week is: "Hospice social work is a lot some weeks"
    (
        (
            "work is",
            "work was",
            "work has",
            "work can",
            "work got",
            "work gets",
            "work took",
            "work takes",
            "work had",
            "work this",
            "psychiatry ",
        ),
        r"(?:^|[.!?]\s+)(?:[\w-]+ )?(?:social work|psychiatry|casework|case work|clinical work"
        r"|(?:trauma|grief|crisis|hospice|therapy|counsell?ing|ward|clinic) work)"
        r" (?:is|was|has been|can be|gets|got|took|takes|had|has|this)\b",
    ),
    # the field called the author's job: "Therapy's a strange job", "forensic psychology is
    # a lonely line of work"; not "therapy is a good idea" nor "therapy must be a hard job"
    (
        ("job", "profession", "career", "line of work", "trade", "calling", "vocation"),
        r"(?:^|(?<=[.!?] ))(?:[\w-]+ )?(?:therapy|psychotherapy|counsell?ing|psychiatry"
        r"|psychology|social work|casework|(?:mental health|psychiatric|psych) nursing)"
        r"(?:'s| is| was| has always been| has been| remains) (?:such |still |truly |honestly "
        r"|really )?an? (?:[\w-]+ ){0,3}?(?:job|profession|career|line of work|trade|gig"
        r"|calling|vocation)\b",
    ),
    # the job as a badge or a mood: "counsellor pride", "therapist energy"
    (
        (" pride", " energy", " guilt", " moment", " confession", " paperwork"),
        rf"\b{_P} (?:pride|energy|guilt|moment|confessions?|paperwork)\b",
    ),
    # the profession as the answer to "what do you do", in quotes or after a colon or dash
    (
        ("what ",),
        r"\bwhat (?:do you do|(?:i|you) do|did you do)\b[^\n]{0,80}?(?:[\"'\u201c\u2018:]"
        rf"|\b(?:said|say|says|told (?:him|her|them)),?|\u2014|-)\s*['\"]?(?:i'?m )?(?:an? )?"
        rf"(?:[\w-]+ )?{_NURSE_OR_P}",
    ),
    # "being a psych in sg", "as a psych I...": the short form after "a", in the author's voice
    (
        ("psych",),
        r"\b(?:i'?m|i am|being|as|became|becoming) an? psych\b(?! (?:major|student|patient|ward"
        r"|eval|class|degree|101|meds?|hold|unit|test|nurse|ward))",
    ),
    # the profession inside a hashtag ("#socialworkerlife", not "#findatherapist"), and the
    # supervision only clinicians get
    (
        ("#", "supervision"),
        r"#(?!(?:find|need|get|ask|my|see|your|thank)[a-z])[a-z]*(?:therapist|counsell?or"
        r"|psychologist|psychiatrist|socialwork|psychnurse|mhnurse)[a-z]*"
        r"|\b(?:clinical|peer) supervision\b",
    ),
    # "this CAMHS nurse", "this tired therapist", meaning the author
    (
        ("this ",),
        r"(?:^|(?<=[.!?,] )|(?<=\band )|(?<=\bbut ))"
        rf"this (?:[\w-]+ )?{_NURSE_OR_P} (?:needs|deserves"
        r"|is (?:off|done|tired|going|out|exhausted|finished|signing|clocking|taking|having)"
        r"|has (?:earned|had|survived)|'s (?:off|done|out|tired)|survived|made it|clocked)\b",
    ),
)
