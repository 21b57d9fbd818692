"""The job told in Spanish grammar, for the `identity_link` guard on the personal account.

`identity_languages.py` reads the profession after "soy"/"como" and "mis
pacientes". Spanish also names the job through what belongs to it, with
"de"/"en" and the field: "este trabajo de psicóloga", "mi cédula profesional
de psicología" (Mexico), "mi matrícula de psicóloga" (Argentina), "mi número
de colegiada" (Spain), "mi tarjeta profesional de psicología" (Colombia),
"mi maestría en psicología clínica"; and through the working day: "entre
paciente y paciente", "mi último paciente del día", "después de consulta".
The author's own therapist ("mi psicóloga me dijo") is a person, not a
field, so it never follows "de"/"en" here. Each entry comes with words it
cannot match without, as in `identity_patterns.SELF_IDENTIFICATION_VOICES`.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

#: The field named after "de"/"en"/"como".
_FIELD = (
    r"(?:psicólog[oa]|psicolog[oa]|psicología|psicologia|terapeuta|psicoterapia"
    r"|psicoterapeuta|psiquiatra|psiquiatría|trabajo social|trabajador[a]? social"
    r"|psicopedagog[oa]|psicopedagogía|neuropsicología|neuropsicólog[oa]|salud mental"
    r"|enfermer[oa] (?:psiquiátric[oa]|de salud mental))"
)
#: What belongs to the job: its work, papers, schooling.
_OF_THE_JOB = (
    r"(?:trabajo|chamba|laburo|curro|pega|carrera|profesión|título|cédula(?: profesional)?"
    r"|colegiatura|matrícula(?: profesional)?|licencia|tarjeta profesional|especialidad"
    r"|residencia|maestría|posgrado|doctorado|práctica|formación)"
)

#: The role named in a client story on the personal account (`identity_told_story`): a
#: client of the consultorio, a client telling the author, the session, "mis pacientes".
SPANISH_ROLE = compiled(
    r"\b(?:un|una|mi|otr[oa]|la|el) (?:cliente|clienta|paciente|consultante)"
    r" (?:del consultorio|de (?:la |mi )?consulta|de terapia|(?:(?:hoy|ayer) )?me (?:dijo|contó"
    r"|preguntó|regaló|trajo|escribió|pidió|dice|cuenta|pregunta))\b"
    r"|\ben (?:la |plena |una )?sesión\b|\bmi consultorio\b|\bmis (?:pacientes|consultantes)\b",
    re.IGNORECASE,
)

SPANISH_VOICES = (
    # "este trabajo de psicóloga", "mi cédula profesional de psicología", "mi laburo como
    # terapeuta"
    (
        ("psic", "psiq", "terap", "social", "salud mental", "psicoped"),
        rf"\b(?:mi|este|esta|el|la|nuestro|nuestra) {_OF_THE_JOB}"
        rf"(?: (?:[\w\u00e0-\u00ff]+))?? (?:de|en|como) {_FIELD}\b",
    ),
    # the people served, in the words Spanish-speaking clinicians use, and serving them:
    # "mis consultantes", "atiendo pacientes", "doy terapia"
    (
        ("consultante", "analizante", "atiendo", "doy terapia", "doy consulta"),
        r"\bmis? (?:consultantes?|analizantes?)\b"
        r"|\batiendo (?:a )?(?:pacientes|consultantes|adolescentes|parejas|niños)\b"
        r"|\bdoy (?:terapia|consulta|sesiones)\b",
    ),
    # the working day: "entre paciente y paciente", "mi último paciente del día", and a day or
    # week at the consultorio with no one else's in it ("esta semana en el consultorio estuvo
    # pesada"; not "hoy en el consultorio del dentista")
    (
        ("paciente", "consultante", "consulta", "consultorio"),
        r"\b(?:hoy|ayer|esta semana|este mes|la semana|el día|todo el día|toda la semana)"
        r" (?:en|del) (?:el )?consultorio\b(?! (?:del?|de la|de mi|de su)\b)"
        r"(?![^.!?\n]{0,60}\b(?:médic[oa]|doctor[a]?|dentista|pediatra|esperando"
        r"|sala de espera)\b)"
        r"|\bentre (?:paciente|consultante|sesión) y (?:paciente|consultante|sesión)\b"
        r"|\bmi (?:último|última|primer|primera) (?:paciente|consultante)\b"
        r"|\b(?:después|antes|saliendo) de (?:dar )?consulta\b",
    ),
    # the analyst's stance named as the author's own: "como buena analista", "modo analista";
    # not a trade of data or money ("analista de sistemas", "analista financiera")
    (
        ("analista", "modo ", "como bu"),
        r"\b(?:como|modo|en modo) (?:(?:buen|buena|una|un|tod[oa] una?) )?(?:psico)?analista\b"
        r"(?! (?:de|del|en)\b| (?:funcional|financier|contable|programador|técnic|junior"
        r"|senior|sr\b|jr\b|polític|deportiv|económic|químic))"
        r"|\bmodo (?:psicólog[oa]|terapeuta|psiquiatra|licenciad[oa]|clínic[oa])\b"
        r"|\bcomo (?:buen|buena) (?:psicólog[oa]|terapeuta|psiquiatra|psicoterapeuta)\b",
    ),
    # the licence paid or renewed with the profession's own body: "renové la matrícula en el
    # Colegio de Psicólogos", "pagué la colegiatura del Colegio Oficial de la Psicología"
    (
        ("colegi", "matrícula", "consejo"),
        r"\b(?:renov\w+|pagu\w+|pag(?:o|ar|ando)|tramit\w+|saqu\w+|mi|la)(?: (?:la|mi))?"
        r" (?:matrícula|colegiatura|colegiación|cuota)(?: [^.!?\n]{0,30}?)? (?:en|del|de|al|con)"
        r" (?:el |la )?(?:colegio|consejo|federación)(?: oficial| profesional| general)?"
        r"(?: de(?: la)?)? (?:psicólog|psicología|psiquiatr|trabajo social|trabajador"
        r"|psicopedagog|terapeut)"
        r"|\bmi número de colegiad[oa]\b|\b(?:estoy|me he) colegiad[oa]\b|\bme colegié\b",
    ),
    # one client in a story the author is in, as English reads "a client told me": "una
    # paciente hoy me preguntó", "lloré con una consultante"; the author's own therapist is
    # no client word
    (
        ("paciente", "consultante", "analizante"),
        r"\b(?:(?:un|una|la|el|mi|est[ea]|otr[oa]) (?:paciente|consultante|analizante)"
        r"|un[oa] de mis (?:pacientes|consultantes|analizantes))\b"
        r"(?=[^.!?]{0,40}?\b(?:me|nos|conmigo)\b)"
        r"(?![^.!?]{0,60}?\b(?:peli|película|serie|libro|novela|film)\b)"
        r"|\b[a-zñ]{2,}[éí](?: [a-zñ]+){0,2}? con (?:un|una|mi) (?:paciente|consultante"
        r"|analizante)\b",
    ),
    # the author's book of clients: "la agenda de pacientes llena", "agenda llena de pacientes"
    (
        ("agenda",),
        r"\bagenda (?:de (?:pacientes|consultantes|consulta|terapia|sesiones)"
        r"|(?:llena|repleta|full|a tope|hasta el tope) de (?:pacientes|consultantes|sesiones))\b",
    ),
    # the hour slot as a person, doing what a client does: "mi 4pm canceló", "la de las 6 no
    # vino" (not "mi 7am sonó")
    (
        (*(f"mi {d}" for d in range(1, 10)), "de las "),
        r"(?:\bmi \d{1,2}(?::\d\d)?\s?(?:pm|am|hs)\b,?"
        r"|\b(?:la|el) de las? (?:\d{1,2}(?::\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho"
        r"|nueve|diez|once|doce)(?:\s?(?:pm|am|hs))?,?) (?:(?:ya|hoy|otra vez|me|se) )*"
        r"(?:canceló|cancela|cancelo|faltó|falto|no vino|no llegó|no llego|llegó|reagendó|avisó"
        r"|lloró|me dijo)\b",
    ),
    # the clinician's way of seeing, in Spanish or Spanglish: "cerebro de psicóloga",
    # "psych brain"
    (
        (
            "psych brain",
            "psych mode",
            "shrink brain",
            "shrink mode",
            "cerebro",
            "chip",
            "ojo",
            "cabeza",
        ),
        r"\b(?:psych|shrink) (?:brain|mode)\b"
        r"|\b(?:cerebro|chip|ojo|cabeza) (?:de )?(?:psicólog[oa]|terapeuta|psiquiatra)\b",
    ),
    # the job's own hashtag: "#vidadepsicologo", "#cosasdeterapeutas", "#psicólogaenapuros"
    (
        ("#",),
        r"#(?:vida|cosas|mundo|diario|soy|yo)?(?:de|del)?(?:psic[oó]log[oa]|terapeuta"
        r"|psiquiatra)s?(?:life|vida|problems|enapuros)?\b",
    ),
    # the degree the author holds: "titulada de psicóloga", "me recibí de psicólogo"
    (
        ("psic", "psiq", "terap", "social"),
        r"\b(?:titulad[oa]|egresad[oa]|recibid[oa]|licenciad[oa]|graduad[oa]|me titulé"
        rf"|me recibí|me gradué|me licencié|egresé) (?:de|en|como) (?:la )?{_FIELD}\b",
    ),
    # the working week by its count of clients, someone in the author's session, and fees
    # charged as at the practice: "semana de 40 pacientes", "hoy en sesión una niña me…",
    # "les voy a cobrar como en la consulta"
    (
        ("pacientes", "consultantes", "sesiones", "sesión", "consulta"),
        r"\b(?:semana|día|jornada|mañana|tarde|lunes|martes|miércoles|jueves|viernes|sábado)"
        r" de \d{1,3} (?:pacientes|consultantes|sesiones)\b"
        r"|\b(?:vi|atendí|tuve|atiendo|veo) \d{1,3} (?:pacientes|consultantes|sesiones)\b"
        # the day's count with no verb: "7 pacientes seguidos", "6 sesiones hoy"
        r"|\b\d{1,2} (?:pacientes|consultantes|sesiones) (?:seguid[oa]s|de corrido|al hilo"
        r"|sin parar|hoy)\b"
        r"|\ben (?:la )?sesión,? (?:(?:hoy|ayer) )?(?:un|una|el|la) (?!psic|terap)[a-zñáéíóú]+"
        r"(?: [a-zñáéíóú]+)? (?:me|nos) [a-zñáéíóú]+(?:ó|aba)\b"
        r"|(?<!me )(?<!me van a )\b(?:cobrar(?:les|le|te)?|cobro|cobré)\b[^.!?\n]{0,40}?"
        r" (?:en|de) (?:la|mi) consulta\b",
    ),
)
