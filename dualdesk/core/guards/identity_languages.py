"""The job in other languages and by its paperwork, for the `identity_link` guard.

`identity_patterns.py` holds how an English-speaking clinician says what
they do. These are the shapes that name the job without those words: the
profession in French, Spanish, Portuguese, Italian, German, Dutch and the
Scandinavian languages ("Psychologue la semaine", "legitimerad psykolog"),
the licence or membership named by the field ("my counseling license", "my
KCPA membership"), the appointment slot as a person ("my 4pm client"), the
clinic as a way of life ("psych life:"), and the work's own paperwork
("prior auths"). Each comes with words it cannot match without, as in
`identity_patterns.SELF_IDENTIFICATION_VOICES`.
"""

from __future__ import annotations

#: The profession in other European languages, masculine and feminine forms.
_FOREIGN_NOUN = (
    r"(?:psychologue|psychoth[ée]rapeute|psychiatre|p[ée]dopsychiatre|psicólog[oa]|psicolog[oa]"
    r"|psicoterapeuta|psiquiatra|psichiatra|psychologin|psychologe|psychotherapeut(?:in)?"
    r"|psychiater(?:in)?|psycholoog|psykolog|psykoterapeut|psykiater|sjuksk[öo]terska"
    r"|kuratorin|kurator|terapeuta|th[ée]rapeute|orthophoniste|sozialarbeiter(?:in)?"
    # social workers and counsellors: "trabajadora social", "assistante sociale", "consejero"
    r"|trabajador[ao]? social|asistente social|assistente sociale?|assistante? sociale?"
    r"|travailleu(?:r|se) social(?:e)?|consejer[oa]|conselheir[oa])"
)
#: "I am" in those languages, and their credentials: "je suis", "soy", "legitimerad".
_FOREIGN_SELF = (
    r"(?:je suis|j'suis|soy|sou|sono|ich bin|jag är|jeg er|ik ben|en tant que|como|ser|siendo"
    r"|sendo|être|essere"
    r"|trabajo como|travaille comme|arbeite als|jobbar som|legitimerad|legitimert|autoriseret"
    r"|approbierte?r?|diplomierte?r?|colegiad[oa])"
)
_OPENS = r"(?<!\S)(?<![^.!?\s]\s)"
#: The field a licence or membership is named by, and professional bodies that only
#: clinicians join (Kenya, the US, Britain, Australia, South Africa, New Zealand).
_LICENSED_FIELD = (
    r"(?:counsell?ing|psychology|psychologist|psychotherapy|therapy|therapist|social work"
    r"|clinical|mental health|lpc|lcsw|lmft|lmhc|lpcc|psychiatry|psychiatric|medical"
    r"|nursing|kcpa|kpa|nasw|aamft|bps|aps|hcpc|bacp|ukcp|ahpra|psyssa|nzpss|rcpsych"
    r"|pacfa|cpso|crpo)"
)
_SLOT = r"\d{1,2}(?::\d\d)?\s?(?:am|pm|h\d{0,2}|o'?clock)"

VOICES_ABROAD = (
    # the profession opening a sentence or after "I am" in its own language
    (
        (
            "psych",
            "psyk",
            "psic",
            "psiq",
            "th\u00e9rap",
            "terap",
            "kurator",
            "orthophon",
            "sozialarb",
            "sjuksk",
            "social",
            "conse",
        ),
        rf"(?:{_OPENS}|\b{_FOREIGN_SELF}\s+(?:une?\s+|una?\s+|ein(?:e)?\s+|el\s+|la\s+)?"
        # the English frame around the word of the author's own language: "being a Psychologin"
        r"|\b(?:being|as|i'm|i am|am)\s+an?\s+)"
        rf"{_FOREIGN_NOUN}\b"
        # someone else's: "Terapeuta de mi hijo", "Psychiatre de ma mère"
        r"(?! (?:de (?:mi|mis|mon|ma|mes|su|sus|sa|ses|tu|ton|ta|la|el)|del|du|des|di (?:mio|mia"
        r"|mia)|von|vom|meine[rs]?|av min|til min)\b)",
    ),
    # a licence, registration or membership named by the field
    (
        ("licen", "registration", "membership", "certification", "board exam", "ceu"),
        rf"\b(?:my|our) (?:[\w-]+ )?{_LICENSED_FIELD} (?:(?:council|board|association|society"
        r"|college|registration) )?(?:licen[cs]e|licensure|registration"
        r"|membership|certification|board exams?|ceus?)\b",
    ),
    # the clinic as a way of life, and retiring from the field
    (
        (" life", "retir"),
        r"\b(?:psych(?:iatry|ology)?|psych clinic|psych ward|md|np|pmhnp|doc|shrink"
        r"|(?<!vet )(?<!dental )(?<!animal )clinic"
        r"|counsell?or|social work|ward|residency|on-call) life\b"
        r"|\bretir(?:ed|ing|e) (?:early )?from (?:(?:clinical|counsell?ing|educational"
        r"|forensic|child) )?(?:psychology|psychiatry|psychotherapy|counsell?ing|social work"
        r"|(?:private |clinical )?practice)\b",
    ),
    # the people the author serves, owned in their own language: "mis pacientes", "mes
    # patients", "meine Klienten", "i miei pazienti", "mijn cliënten"
    (
        ("pacient", "patient", "client", "klient", "pazient", "cliënt"),
        r"\b(?:mis|mi|mes|mon|ma|meine[n]?|mein|mijn|miei|mie|mio|mia|meus|minhas|meu|minha"
        r"|mina|mine|min) (?:(?:[\w-]+ ){0,1}(?:pacientes?|clientes?|patient(?:e|es|s|en|in"
        r"|innen|er)?|klient(?:en|in|innen|er)?|cliënt(?:en|e)?|pazient[ie]|client[ie]))\b"
        # English "my patient" is the English pattern's; here only the other languages' "my"
        r"(?<!\bmy patient)(?<!\bmy patients)",
    ),
    # the practice owned in its own language: "mi consultorio", "meine Praxis", "mijn praktijk"
    (
        ("consult", "praxis", "praktijk", "cabinet"),
        r"\b(?:mi|meu|mon|meine[rnm]?|mijn|min) (?:consultorio|consult[óo]rio|praxis|praktijk"
        r"|cabinet de (?:psycho\w*|th[ée]rapie|consultation))\b",
    ),
    # the paperwork only a clinician does
    (
        ("auth", "treatment plan", "progress note", "case note", "clinical note", "summaries"),
        r"\b(?:prior auth(?:orization)?s|(?:doing|writing|wrote|finishing|finished|catching up"
        r" on|drowning in|behind on|hours of"
        r"|(?:a|an) (?:day|morning|afternoon|evening|pile|stack) of)"
        r" (?:my )?(?:treatment plans|progress notes|case notes"
        r"|clinical notes|discharge summaries|intake paperwork))\b",
    ),
    # an appointment slot standing for the person in it ("my 4pm client", "my 10h patient"),
    # and a client named by what kind they are, doing something ("a teen client told me")
    (
        ("client", "patient", " pt", "intake", "referral"),
        rf"\bmy (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?{_SLOT} (?:client|patient|pt"
        r"|intake|referral)s?\b"
        r"|\b(?:a|my|one|this) (?:teen|teenage|adolescent|child|kid|couples?|family|trauma"
        r"|therapy|counsell?ing|grief|new|older|younger|long-term|first|last|young|veteran)"
        r" (?:client|patient)s? (?:(?:today|just|finally|also|once) )?(?:told|said|asked"
        r"|brought|came|showed|gave|made|wanted|shared|thanked|sent|wrote|cried|drew"
        r"|called|texted|today|yesterday|this (?:morning|afternoon|week)|\()",
    ),
)
