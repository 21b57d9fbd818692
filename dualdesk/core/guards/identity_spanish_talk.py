"""The job given away in Spanish small talk, for the `identity_link` guard on the personal account.

`identity_spanish.py` reads the job in the author's own grammar. A personal
post also gives it away through what others say and what the day holds:

- someone reacting to the job on meeting the author ("ah, sos terapeuta",
  "¿eres terapeuta?", "¿me estás analizando?");
- the job's paperwork waiting for the author ("yo con 9 informes
  psicológicos", "me faltan tres evaluaciones neuropsicológicas", "notas de
  evolución hasta las 12");
- the day's count of clients in words ("ocho pacientes al hilo", "después
  de ocho consultantes");
- a person at an hour of the author's day telling the author something
  ("lo que me contó la chica de las 9", "la señora de las 10 me trajo…").

Each entry comes with words it cannot match without, as in
`identity_patterns.SELF_IDENTIFICATION_VOICES`. The author's own therapist
("mi psicóloga me analiza todo") and news of others' reports ("los informes
psicológicos del juicio") have none of these shapes.
"""

from __future__ import annotations

_JOB = r"(?:psicólog[oa]|terapeuta|psiquiatra|psicoanalista|psicoterapeuta|psicopedagog[oa])"
_COUNT = (
    r"(?:\d{1,3}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
    r"|quince|veinte|treinta|mil)"
)
_PAPERS = (
    r"(?:informes|reportes|evaluaciones|peritajes|psicodiagnósticos|devoluciones)"
    r" (?:psicológic[oa]s|psicodiagnóstic[oa]s|neuropsicológic[oa]s|psicopedagógic[oa]s"
    r"|periciales|clínic[oa]s|psicotécnic[oa]s)"
    r"|notas de evolución|historias clínicas|evoluciones clínicas"
)
_PERSON = (
    r"(?:tip[oa]|señora?|chic[oa]|muchach[oa]|chav[oa]|pib[ea]|nen[ea]|joven|paciente"
    r"|cliente|clienta|consultante|flac[oa]|doña|don)"
)
_HOUR = r"(?:\d{1,2}(?::\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"

TALK_VOICES = (
    # someone reacting to the job on meeting the author: "ah, sos terapeuta", "¿me analizás?"
    (
        ("sos ", "eres ", "usted es", "analiz", "diagnostic"),
        r"(?:\b(?:ah|ay|ahh|oh|uy|upa|ah bueno|ah pero|ah mirá|ah mira)[,!]? |¿ ?)"
        rf"(?:vos |tú |tu |usted )?(?:sos|eres|es) (?:un[oa] )?{_JOB}\b"
        r"|\bme (?:estás|está|vas a|va a) (?:psico)?(?:analizando|analizar|diagnosticando"
        r"|diagnosticar)\b|\bno me (?:psico)?(?:analices|analicés|diagnostiques)\b",
    ),
    # the job's paperwork waiting for the author: "yo con 9 informes psicológicos"
    (
        ("informes", "reportes", "evaluaciones", "peritajes", "psicodiagn", "evoluci", "clínicas"),
        r"\b(?:yo con|tengo|me faltan|me quedan|terminé|terminando|terminar|escribiendo|escribir"
        r"|redactando|corrigiendo|haciendo|entregué|entregando|entregar|debo)"
        rf" (?:(?:mis|los|las|{_COUNT}) )?(?:{_PAPERS})\b",
    ),
    # the day's count of clients in words: "ocho pacientes al hilo", "después de cinco pacientes"
    (
        ("pacientes", "consultantes"),
        rf"\b{_COUNT} (?:pacientes|consultantes) (?:seguid[oa]s|de corrido|al hilo|sin parar"
        r"|hoy|en el día|en fila)\b"
        rf"|\b(?:después de|tras|vi|atendí|tuve|atiendo|veo) {_COUNT}"
        r" (?:pacientes|consultantes)\b",
    ),
    # a person at an hour of the author's day, telling the author: "me contó la chica de las 9"
    (
        ("de las ",),
        rf"\b(?:me|nos) (?:dijo|contó|preguntó|trajo|regaló|escribió|dice|cuenta) (?:el|la)"
        rf" {_PERSON} de las? {_HOUR}\b(?! de la)"
        rf"|\b(?:el|la) {_PERSON} de las? {_HOUR}(?:\s?(?:pm|am|hs))?,? (?:(?:hoy|ayer) )?"
        r"(?:me|nos) (?:dijo|contó|preguntó|trajo|regaló|escribió|dice|cuenta)\b",
    ),
)
