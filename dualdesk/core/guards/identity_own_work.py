"""The author's clinical work told in passing on the personal account.

For the `identity_link` guard, in the (words, pattern) form of
`identity_patterns.SELF_IDENTIFICATION_VOICES` (a pattern is tried only when
one of its words is in the lower-cased draft). A personal post can show its
author giving care without naming the job:
- the professional account named as the author's other one: "can't post this
  on my work account", "won't tweet it from the other account";
- the practice run as a business: "my practice's website", "anyone else's
  practice hired a receptionist";
- a child who wants the author's job: "wants to be a therapist like mum",
  "quiere ser psicóloga como mamá";
- a client calling the author by the job: "a client called me her therapist";
- the job's own lament, clients' stories coming home: "patients' stories
  follow you home";
- a story kept anonymous the way a clinician keeps it: "one session today (no
  names ofc)";
- a rule of the trade about clients: "counselling rule no. 1: ... the client";
- a couple or a family the author has been seeing, which is clinical work, not dating;
- the author's degree in the field: "I have a doctorate in this" after psychology;
- in Spanish, someone "en consulta/terapia" who told the author something, and
  the fond diminutive only a clinician gives: "mi pacientica".
The author as a client ("my therapist said", "soy la pacientica de ...") and
other trades' clients ("a client at the salon") have none of these shapes.
"""

from __future__ import annotations

from dualdesk.core.guards.identity_patterns import PROFESSION

_P = PROFESSION
#: The professional account as the author's other one; a "work account" is any trade's,
#: so it counts only beside a word of clinical work.
_ACCOUNT = r" (?:account|acct|acc|page|handle|profile|twitter|x)\b"
_OTHER_ACCOUNT = (
    rf"(?:my|the|our) (?:other|professional|pro|clinic|practice|therapy|therapist){_ACCOUNT}"
)
_WORK_ACCOUNT = rf"(?:my|the|our) (?:work|business|job){_ACCOUNT}"
_CLINICAL_WORD = r"\b(?:sessions?|clients?|patients?|therap\w*|counsell?\w*|caseload|clinic)\b"
_POSTED = (
    r"\b(?:tweet|post|put|say|share|write|writ|talk|go|keep|stay|sav)\w* (?:(?:this|it|that"
    r"|about it|about this|that one|this one|any of this) )?(?:on|from|in|to|over on|off|for) "
)
#: The author, as a child names the parent: "like mum", "like me".
_LIKE_PARENT = r"(?:me|mum|mom|mummy|mommy|mam|mama|ma|daddy|dad|papa|pa)\b"
_COMO_PARENT = r"(?:yo|mamá|mama|mami|papá|papa|papi|la mamá|el papá|su mamá|su papá)\b"
#: The clinical fields in Spanish, as a child would name the job.
_OFICIO = (
    r"(?:psicólog[oa]|psicolog[oa]|terapeuta|psicoterapeuta|psiquiatra|trabajador[a]? social"
    r"|psicopedagog[oa]|neuropsicólog[oa])"
)
#: Someone in the author's consulting room, as Spanish names them.
_ALGUIEN = (
    r"(?:señor|señora|señorita|niñ[oa]|chic[oa]|muchach[oa]|pelad[oa]|adolescente|joven"
    r"|mamá|papá|madre|padre|pareja|familia|hombre|mujer|abuel[oa]|viejit[oa]|chamac[oa]"
    r"|pacientes?)"
)
_QUOTE = r"[\"'“‘«]?"
#: A degree in the field, and the field named in the post before "a degree in this".
_DEGREE = r"(?:doctorate|phd|ph\.d\.?|psyd|masters?|master's|degree|dphil)"
_FIELD = r"\b(?:psycholog\w*|psychiatr\w*|therap\w*|counsell?\w*|mental health)"

OWN_WORK_VOICES = (
    # the practice run as a business: "my practice's instagram", "anyone else's practice
    # bought a generator" (a yoga or piano practice has a word before it)
    (
        ("practice's", "practice "),
        r"\b(?:my|our|anyone else's|anybody else's|everyone else's) (?:own )?practice(?:'s)?"
        r" (?:instagram|insta|website|socials|facebook page|receptionist|front desk|waiting room"
        r"|rent|landlord|budget|accountant|billing|payroll|office dog|newsletter|phone line"
        r"|generator|admin (?:budget|staff|person)|just (?:bought|hired)|bought|hired)\b",
    ),
    # the professional account named as the other one the author keeps
    (
        ("account", "acct", "acc", " page", "handle", "profile", "twitter", " x"),
        rf"{_POSTED}{_OTHER_ACCOUNT}|{_CLINICAL_WORD}[^\n]{{0,200}}?{_POSTED}{_WORK_ACCOUNT}"
        rf"|{_POSTED}{_WORK_ACCOUNT}(?=[^\n]{{0,200}}?{_CLINICAL_WORD})",
    ),
    # a child who wants the author's job, the author named as the parent
    (
        ("like m", "like d", "like pa", "como "),
        rf"\b(?:wants|says (?:she|he|they) wants?|(?:'s|is|are) going|dreams) to (?:be|become)"
        rf" {_QUOTE}"
        rf"(?:an? )?{_QUOTE}(?:[\w-]+ )?{_P},? like {_LIKE_PARENT}"
        rf"|\b(?:quiere|va a|sueña con|dice que va a) ser {_QUOTE}(?:un[ao]? )?{_QUOTE}"
        rf"{_OFICIO}{_QUOTE},? como {_COMO_PARENT}",
    ),
    # a client calling the author by the job: "one of my patients called me her shrink"
    (
        ("called me", "calls me", "call me"),
        r"\b(?:clients?|patients?|service users?)\b[^\n]{0,80}?\bcall(?:ed|s)? me "
        rf"{_QUOTE}(?:the|her|his|their|a|an|my) (?:[\w-]+ ){{0,2}}?{_P}",
    ),
    # the job's own lament: clients' stories follow you home
    (
        ("client", "patient"),
        r"\b(?:clients?|patients?|service users?)(?:'s?|s')? (?:stories|story|trauma|pain|grief"
        r"|words|faces|problems|sadness|voices) (?:follows?|followed|stays? with|comes? home with"
        r"|go(?:es)? home with|haunts?|lingers? with|sits? with) (?:you|me|us)\b"
        r"|\b(?:carry|carried|carrying|take|took|taking|bring|brought|bringing)"
        r" (?:your|my|our) (?:clients?|patients?)(?:'s?|s')?"
        r" (?:stories|story|pain|trauma|grief|stuff) home\b",
    ),
    # a session or a client kept anonymous as a clinician keeps it: "(no names ofc)"
    (
        ("no names", "no details", "names changed", "details changed", "without names"),
        r"\b(?:sessions?|clients?|patients?|cases?)\b[^.!?\n]{0,40}?\((?:no|without)"
        r" (?:names|details|identifying details|identifiers)(?: ofc| of course| obvs?"
        r"| obviously| given| used)?\)|\b(?:sessions?|clients?|patients?|cases?)\b"
        r"[^.!?\n]{0,40}?\((?:names|details) changed\)",
    ),
    # a rule of the trade about clients: "counselling rule no. 1: never ... the client"
    (
        ("rule no", "rule #", "rule number", "rule 1", "rule one", "rules no", "rules #"),
        r"\b(?:counsell?ing|therapy|therapist|counsell?or|psychotherapy|clinician|social work"
        r"|social worker|psych) rules? (?:no\.? ?|number |#)?(?:1|one)\b[^\n]{0,60}?\b(?:clients?"
        r"|patients?)\b",
    ),
    # the author's degree in the field the post is about: "psychology memes... I have a
    # doctorate in this", "I literally have a PhD in psychology"
    (
        ("doctorate", "phd", "ph.d", "psyd", "master", "degree", "dphil"),
        rf"\bi(?:'ve got| have| hold| got| literally have| actually have) an? {_DEGREE}"
        r" in (?:clinical |counsell?ing |counseling )?(?:psychology|psychiatry|psychotherapy"
        r"|counsell?ing|social work)\b"
        rf"|{_FIELD}[^\n]{{0,200}}?\bi(?:'ve got| have| hold| got| literally have"
        rf"| actually have) an? {_DEGREE} in (?:this|it|that)\b",
    ),
    # a couple or a family the author has been seeing: couples and family work, not dating
    (
        ("couple", "family"),
        r"\b(?:a|the|that|this|one|my) (?:[\w-]+ )?(?:couple|family) (?:i|we)(?:'ve| have) been"
        r" (?:seeing|working with|counsell?ing)\b(?! (?:a lot|around|at the|in the|on the|as))",
    ),
    # Spanish: someone in the author's consulting room who told the author something
    (
        ("en consulta", "en terapia", "en sesión", "en sesion"),
        rf"\b(?:un|una|el|la|est[ea]|otr[oa]) {_ALGUIEN}(?: hoy)? en (?:consulta|terapia"
        r"|sesión|sesion)(?! (?:de grupo|grupal|con (?:mi|la|el)))(?: de hoy| hoy)?,?(?: hoy)?"
        r" (?:me|nos)\b"
        r"|\ben (?:consulta|sesión|sesion)(?: de hoy| hoy)?,? (?:un|una|el|la|otr[oa])"
        rf" {_ALGUIEN}(?! del? (?:grupo|la sala))(?: hoy)? (?:me|nos)\b"
        # or did something there, in the past tense: "una niña en sesión hoy lloró"
        rf"|\b(?:un|una|el|la|otr[oa]) {_ALGUIEN}(?: hoy)? en (?:consulta|sesión|sesion)"
        r"(?: de hoy| hoy)?,? (?:se )?[a-zñ]{2,}(?:ó|ió)\b",
    ),
    # Spanish: the fond diminutive only the author's clinician self uses: "mi pacientica"
    (
        ("pacientic", "pacientit"),
        r"(?<!soy )(?<!era )\b(?:mis?|un|una|el|la|los|las|est[ea]s?|otr[oa]s?|nuestr[oa]s?)"
        r" pacient(?:ic|it)[oa]s?\b",
    ),
)
