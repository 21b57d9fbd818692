"""The author placed in the professional role by grammar, for the `identity_link` guard.

Shapes rather than words: the profession as the author's role with or
without an article ("after 9 hours as counselling psychologist", "being the
only therapist in the family"), a qualification in a clinical field opening
the post or owned by the author ("RN, PG Dip in mental health nursing"),
the generic "you" that means the author ("if you are a therapist your family
is calm"), fellow clinicians addressed by their trade ("counselor friends,
how do you..."), the author doing the work to people counted as patients
("I saw nine clients today"), and patients placed at the author's work.
Each comes with words it cannot match without, as in
`identity_patterns.SELF_IDENTIFICATION_VOICES`.
"""

from __future__ import annotations

from dualdesk.core.guards.identity_patterns import FRIENDS_JOB, PROFESSION

_P = PROFESSION
#: A stretch of working time: "after 9 hours as", "three shifts as", "a decade being".
_SPAN = r"(?:hours?|days?|weeks?|shifts?|nights?|months?|years?|decades?)"
#: The one the author is among others: "the only therapist in the family", "the token shrink".
_THE_ONLY = r"the (?:only|one|resident|token|designated|local|family|house|unofficial) "
#: A qualification, and the clinical field it is in (nursing only as a mental health kind).
_QUALIFICATION = (
    r"(?:pg ?dip(?:loma)?|pg ?cert|(?:post-?grad(?:uate)? )?(?:diploma|certificate|cert)"
    r"|masters?|master's|msc|mphil|ma|phd|doctorate|degree|bsc|bsn|msn|dnp|dclinpsy|psyd)"
)
_CLINICAL_FIELD = (
    r"(?:[\w-]+ ){0,2}?(?:psychology|psychiatry|psychotherapy|counsell?ing|social work"
    r"|(?:mental health|psychiatric|forensic) nursing|mental health"
    r"|(?:art|music|play|family|drama|dance|marriage and family) therapy)\b"
)
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)"

GRAMMAR_VOICES = (
    # the role with no article or as the only one: "after 9 hours as counselling
    # psychologist", "being the only therapist in the family", "I am psychologist"; never
    # the plural ("such as therapists") nor someone's ("as the therapist's kid")
    (
        ("as ", "being ", "i am ", "i'm ", "im ", "i be ", "am "),
        rf"(?:\b(?:{_SPAN} (?:as|being)|(?<!such )(?<!same )(?<!as well )as|being|i'?m|i am"
        # "I be psychiatric nurse" (pidgin), "Am a psychologist, so..." (the subject dropped)
        rf"|i be)|(?:^|(?<=[.!?:;] ))am) (?:an? |{_THE_ONLY})?{_P}(?<!s)(?!'s|\u2019s)"
        + FRIENDS_JOB,
    ),
    # the author as one person's clinician, the subject said or dropped: "Been this lad's
    # psychiatrist since he was 10", "I'm her therapist"; and "a client of mine", "patient of
    # ours"; not "my daughter's psychiatrist" nor "been to her therapist"
    (
        ("been ", "i'm ", "i am ", "i was "),
        r"(?:\bi(?:'m| am|'ve been| have been| was)|(?:^|(?<=[.!?] ))been) (?:still |now )?"
        r"(?:(?:this|that|the|a|one) [\w-]+['\u2019]s|his|her|their)"
        rf" (?:[\w-]+ )?{_P}(?<!s)\b(?!['\u2019]s)",
    ),
    (
        (" of mine", " of ours"),
        r"\b(?:client|patient|service user|analysand)s? of (?:mine|ours)\b",
    ),
    # the author's working day made of clinics: "long day of CAMHS clinics"
    (
        ("clinics", "ward rounds"),
        r"\b(?:day|morning|afternoon|week|shift) of (?:[\w-]+ ){0,2}?(?:clinics|ward rounds)\b"
        r"(?! (?:with|for)\b)",
    ),
    # the profession as the name of the author's life or its record: "the double life of a
    # forensic psychologist", "diary of a tired therapist", "confessions of a psych nurse"
    (
        (" of a",),
        r"(?<!about )(?<!into )(?<!on )(?<!of )\b(?:the|my|this) (?:[\w-]+ )?li(?:fe|ves) of an? "
        rf"(?:[\w-]+ ){{0,2}}?{_P}(?![\w'\u2019-])"
        r"|\b(?:diary|diaries|confessions?|tales|adventures|musings|memoirs|chronicles"
        rf"|ramblings) of an? (?:[\w-]+ ){{0,2}}?{_P}(?![\w'\u2019-])",
    ),
    # a qualification in the field, owned or opening the post, perhaps after credentials:
    # "RN, PG Dip in mental health nursing", "my postgrad diploma in art therapy"
    (
        (
            "dip",
            "cert",
            "master",
            "msc",
            "mphil",
            "ma ",
            "phd",
            "doctora",
            "degree",
            "bsc",
            "bsn",
            "msn",
            "dnp",
            "dclinpsy",
            "psyd",
        ),
        r"(?:^|(?<=[.!?] ))(?:[a-z]{2,7}\.?, (?:and |& )?){0,3}"
        rf"{_QUALIFICATION} (?:degree )?in {_CLINICAL_FIELD}"
        rf"|\b(?:my |i (?:have|hold|got|earned|finished|completed|did) (?:an? |my )?)"
        rf"(?:[\w-]+ )?{_QUALIFICATION} (?:degree )?in {_CLINICAL_FIELD}",
    ),
    # the generic "you" that is the author: "if you are a therapist your family is calm"
    (
        ("you're", "you are", "youre"),
        rf"\b(?:when|if|once|because|since) you(?:'re| are|re) (?:an? )?{_P},? (?:you|your"
        r"|people|everyone|everybody|nobody|no one|they|the whole|friends|family)\b",
    ),
    # fellow clinicians addressed by their trade, perhaps where they are: "counselor friends,
    # how do you...", "psych friends in Leeds, anyone going..." (bare "psych" only so addressed)
    (
        (" friends", " pals", " peeps", " folks", " colleagues", " twitter", " people"),
        rf"(?:^|(?<=[.!?] ))(?:(?:[\w-]+ )?{_P}|psych) (?:friends|pals|peeps|folks|colleagues"
        r"|twitter|people)(?: (?:in|from|of|around|here in) (?:[\w-]+ )?[\w-]+)?"
        r"(?=[,:?!]| (?:how|what|who|does|do|is|are|anyone|please|help|i)\b)",
    ),
    # the author doing the work to people counted as patients: "I saw nine clients today",
    # "I've admitted three patients since 7"
    (
        ("patients", "clients", " pts", "intakes", "admissions", "consults"),
        r"\bi(?:'ve| have| had)? (?:just |finally |also |already |only )?(?:saw|seen|see"
        r"|assessed|admitted|discharged|treated|diagnosed|counsell?ed|triaged|did|done|ran"
        rf"|had) (?:(?:{_COUNT}|my|another|more|new|back-to-back) ){{1,2}}(?:[\w-]+ )?"
        r"(?:patients|clients|pts|intakes|admissions|consults)\b"
        r"(?! (?:of|waiting|sitting|queu\w*|in (?:the )?(?:queue|line|waiting))\b)",
    ),
    # a patient placed at the author's work: "a patient at work", "at work today a client"
    (
        ("at work", "from work"),
        r"\b(?:a|an|one|this|another) (?:patient|client)s? (?:at|from) work\b"
        r"|\bat work,? (?:today,? |tonight,? )?"
        r"(?:a|one|my|this|another) (?:new |young |older )?(?:patient|client)s?\b",
    ),
    # the author's years in a clinical field: "10 yrs in psych nursing", "two decades in
    # psychiatry"; not "ten years in therapy" (a client's) nor "in mental health services"
    (
        ("yrs in", "years in", "year in", "decades in", "decade in", "yr in", "now in"),
        rf"\b(?:{_COUNT}\+?|a few|a couple of|many|several) (?:yrs?|years?|decades?) (?:now )?in "
        r"(?:(?:child|adult|adolescent|forensic|community|perinatal|acute|inpatient|nhs) )?"
        r"(?:psych(?:iatric)? nursing|mh nursing|mental health nursing|psychiatry|psychology"
        r"|social work|counsell?ing|psychotherapy|mental health|the (?:psych|mental health) "
        r"(?:field|world))\b(?! (?:services?|system|care|crisis|struggles|problems|issues"
        r"|support|wards?|units?|hospitals?)\b)",
    ),
    # the author at the work with one person, the subject dropped: "counselling a lad whose
    # nan...", "been treating a woman who"; not "treating a mate to a pint"
    (
        ("counselling ", "counseling ", "treating ", "assessing ", "diagnosing ", "triaging "),
        r"(?:^|(?<=[.!?:] ))(?:(?:i'?m|i am|been|i've been|currently|still) )?(?:counsell?ing"
        r"|treating|assessing|diagnosing|triaging) (?:a|an|this|one|another) "
        r"(?:[\w-]+ )?(?:lad|lass|man|woman|guy|girl|boy|kid|teen|teenager|client|patient|couple"
        r"|family|mum|mom|mam|dad|child|gentleman|lady|widow|widower|veteran|fella|bloke"
        r"|young (?:man|woman|person|adult))\b(?! to\b)",
    ),
    # the author working in a clinical field or with people by their condition: "I work in
    # perinatal mental health", "I work with teens with eating disorders"; not "I work on
    # my anxiety"
    (
        ("i work", "i worked", "i speciali"),
        r"\bi (?:work|worked|speciali[sz]e|specialised|specialized) (?:in|with) (?!my |our )"
        r"(?:[\w'-]+ ){0,4}?(?:psychiatry|psychology|psychotherapy|mental health|anxiety"
        r"|depression|psychosis|trauma|grief|addictions?|eating disorders?|ptsd|ocd|bipolar"
        r"|schizophrenia|self-harm|suicidality|dementia|postnatal|postpartum|perinatal)\b",
    ),
    # only a prescriber prescribes or titrates; only a clinician sections someone
    (
        ("prescri", "titrat", "section"),
        r"\bi(?:'ve| have| had| just| also)? (?:prescribed?|titrated?|re-?sectioned|sectioned)\b",
    ),
    # the author working on the ward or the unit, and running a clinic: "nights on the ward",
    # "ran the antenatal clinic"; not "my nan is on the ward" nor "running late for clinic"
    (
        ("ward", "unit", "clinic"),
        r"\b(?:nights?|shifts?|night shift|a (?:long )?(?:night|shift)) on the (?:wards?|unit)\b"
        r"|\bon my (?:wards?|unit)\b"
        r"|\b(?:i|i've|i'm) (?:ran|run|running|covering|covered|finished|finishing) (?:my |the |a "
        r"|an |two |three )?(?!late |to |for |into |out |over )(?:[\w-]+ )?clinics?\b",
    ),
    # the profession as the author's own name for themself: "me, a licensed therapist:",
    # "me (a psychiatrist)", "your friendly neighbourhood counsellor", and as the signature
    # that ends the post: "signed, a very tired psychologist", "- one exhausted shrink"
    (
        ("me, a", "me a", "me (a", "me, the", "me the", "me (the", "myself"),
        rf"(?:\bme,? \(?|(?:^|(?<=[.!?:] ))myself,? )(?:an? |the )(?:[\w-]+ ){{0,2}}?{_P}\b",
    ),
    (
        ("your ",),
        r"\byour (?:friendly |favou?rite |resident |neighbou?rhood |tired |exhausted )+"
        rf"(?:[\w-]+ )?{_P}\b",
    ),
    (
        ("signed", " -", "\u2014", "\u2013", "~"),
        rf"(?:\bsigned,?|(?<!\S)[-\u2014\u2013~]) ?(?:an? |one |your )(?:[\w-]+ ){{0,2}}?{_P}"
        r"(?=\W*$)",
    ),
    # the author among others of the field: "anyone else in child welfare", "those of us
    # working in perinatal psychiatry"; not "anyone else in therapy" (a client's) nor "in a
    # mental health crisis"
    (
        ("anyone", "anybody", "everyone", "those of us", "all of us", " us ", "we "),
        r"\b(?:anyone|anybody|everyone|those of us|all of us|us|we) (?:else )?(?:here )?(?:who "
        r"(?:works?|worked) in|working in|in) (?:the )?(?:(?:perinatal|forensic|child|adolescent"
        r"|adult|community|acute|old age|inpatient|nhs|public|campus|student) )?(?:mental health"
        r"|psychiatry|psychology|social work|mh nursing|psychiatric nursing)\b"
        r"(?! (?:crisis|problems|issues|struggles|condition|diagnos\w*|services?|patients?"
        r"|clients?|wards?|units?)\b)"
        r"|\b(?:anyone|anybody|everyone|those of us|all of us|us|we) (?:else )?(?:here )?(?:who "
        r"(?:works?|worked) in|working in|in) (?:child (?:welfare|protection)|camhs|hospice work"
        r"|the (?:psych|mental health|helping) (?:field|world|professions?))\b",
    ),
    # the work as the author's context for clinical words: "my job is trauma all day",
    # "at work the patients...", "I hear about suicide for a living"
    (
        ("at work", "my job", "day job", "job i have", "for a living"),
        r"\b(?:at work|my (?:day )?job|job i have)\b[^.!?\n]{0,50}?\b(?:patients|clients|caseload"
        r"|(?:a|one|this|my) (?:client|patient)"
        r"(?! advocate| care| safety| experience| services?| facing| base)|sessions"
        r"|suicide risk|psychosis|diagnos[ei]s|risk assessments?)\b"
        r"|\b(?:patients|clients|caseload|sessions|suicide risk|psychosis|diagnos[ei]s"
        r"|risk assessments?)\b[^.!?\n]{0,30}?\b(?:at work|for a living)\b",
    ),
)
