"""The author's own clients, training and trade, told in shapes other voices leave.

For the `identity_link` guard, in the (words, pattern) form of
`identity_patterns.SELF_IDENTIFICATION_VOICES` (a pattern is tried only when
one of its words is in the lower-cased draft):
- a client the author has, with a clause about them: "I've a patient I'm
  sure is lying", "I have a client who brings me plums", "I had one patient
  that...";
- the training of a clinical field: "years of COSCA counselling training",
  "my psychotherapy placement", "my social work degree";
- the people the author serves placed on the author's ward or books: "one
  of my mums on the unit", "my lads on the ward", "a family on my caseload";
- a job title opening a confession: "Harm reduction worker confession:",
  "Ward nurse confessions";
- a specialty joined to its profession ("as a neuropsychologist").
"""

from __future__ import annotations

from dualdesk.core.guards.identity_patterns import FRIENDS_JOB, PROFESSION

_P = PROFESSION
#: A clinical field whose training or placement only its own people go through.
_FIELD = (
    r"(?:counsell?ing|psychotherapy|psychology|psychiatry|social work|mental health nursing"
    r"|psychiatric nursing|(?:art|play|drama|music|family|couples|systemic) therapy"
    r"|psychoanalytic|psychodynamic|cbt|dbt|emdr)"
)
#: What the field's own people go through to be in it.
_STUDY = r"(?:training|placement|diploma|degree|qualification|supervisor|practicum|internship)"
#: The people a service serves, by the names its workers use among friends.
_PEOPLE = (
    r"(?:mums|moms|mams|mothers|dads|fathers|ladies|lads|guys|families|regulars|women|men"
    r"|young people|parents|oldies|elders|kids|boys|girls|teens|clients|patients|service users)"
)
#: Where the author's people are the author's: the ward, the unit, the books.
_WARD = r"(?:unit|ward|caseload|books|mbu|hostel|drop-in)"

_STUDY_WORDS = ("training", "placement", "diploma", "degree", "qualification", "supervisor",
                "practicum", "internship")  # fmt: skip

OWN_PEOPLE_VOICES = (
    # a client the author has, then a clause about them
    (
        ("a patient", "a client", "a service user", "one patient", "one client"),
        r"\bi(?:'ve| have| had|'d)(?: got)? (?:a|one|this) (?:(?:new|young|wee|lovely|regular)"
        r" )?(?:client|patient|service user) (?:who|that|whom|i(?:'m| am|'ve| have| think"
        r"| reckon| know| really| just| can| can't| cannae| love| adore| dread))\b",
    ),
    # the training of a clinical field
    (
        _STUDY_WORDS,
        rf"\b(?:(?:years?|months?|decades?|weeks?) of|my|our) (?:[\w-]+ ){{0,2}}?{_FIELD}"
        rf" {_STUDY}\b",
    ),
    # the author's people on the author's ward or books
    (
        ("unit", "ward", "caseload", "books", "mbu", "hostel", "drop-in"),
        rf"\bmy (?:[\w-]+ )?{_PEOPLE} (?:on|in|at) (?:the |our )?{_WARD}\b"
        rf"|\b(?:[\w-]+ )?(?:{_PEOPLE}|family|mum|mom|dad|client|patient) on my (?:{_WARD})\b",
    ),
    # a specialty joined to its profession: "as a neuropsychologist", "I'm a psychoanalyst"
    (
        ("neuro", "psychoanal", "hypnother", "psychometr"),
        r"\b(?:as|i'?m|i am|being|became|i work as|years as) an? (?:[\w-]+ )?(?:neuro-?psycholog"
        r"|neuro-?psychiatr|psychoanaly|hypnotherap|psychometr)(?:ist|er)s?\b" + FRIENDS_JOB,
    ),
    # a job title opening a confession: "Harm reduction worker confession:"
    (
        ("confession",),
        r"(?:^|(?<=[.!?] ))(?!(?:my|his|her|their|your|our|a|the|sex) )(?:[\w-]+ ){0,3}"
        rf"(?:worker|nurse|keyworker|practitioner|{_P}) confessions?\b",
    ),
)
