"""The grammar of a client story in Spanish, in any country's Spanish.

A clinician writing Spanish singles one client out the way the language
singles out anyone: a singular article or "mi" before a client word ("mi
paciente", "la consultante", "un usuario"), or before a plain person word
("un señor", "una chava", "un pibe", "una chavala"), then tells an event
in the past ("llegó", "se rió", "aguantó"), what the person did to the
author ("me dijo", "me trajo", "me pregunta"), or ties the person to the
author's own work in a relative clause ("alguien que veo los martes", "la
señora a la que acompaño", "el chico que valoré"). A case told as a case
("hombre de 40 y tantos", "una paciente de sesenta y tantos", "detalles
cambiados"), an hour slot ("mi paciente de las 5") and a closing ("cerramos
proceso") are shapes too.

What stays quiet: plurals ("los pacientes me preguntan"), general frames
("si un paciente…", "cada paciente…", "suele"), the author's own family
("mi mamá me dijo": "mi" never goes with a plain person word), colleagues
(no colleague word is a person word here), and stories on screen or in
books. Every pattern runs on the lower-cased text, so accents need no flag.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: Words for a client, singular.
CLIENT_NOUN = (
    r"(?:paciente|pacientit[oa]|pacientic[oa]|consultante|cliente|clienta|usuari[oa]|participante"
    r"|analizante)"
)
#: An adjective that still singles one out: "mi último paciente" (not "primer": a memory).
ORDER = r"(?:(?:últim[oa]|nuev[oa]|querid[oa]) )?"
#: Plain words for one person, across countries (Mexico, Argentina, Spain, Peru, Spanglish…).
PERSON_NOUN = (
    r"(?:señora|señor|señorita|señorcit[oa]|chav[oa]|chavit[oa]|chic[oa]|muchach[oa]"
    r"|muchachit[oa]|niñ[oa]|niñit[oa]|niñic[oa]|chiquit[oa]|jovencit[oa]|nene|nena"
    r"|joven|adolescente|hombre|mujer|abuel[oa]|abuelit[oa]|viejit[oa]|pib[ea]|chaval(?:a)?"
    r"|cri[oa]|crí[oa]|pelad[oa]|peladit[oa]|cabr[oa]|chamac[oa]|chamaquit[oa]|morr[oa]|chamo|chama"
    r"|gur[ií]|gurisa|mam[aá]|pap[aá]|madre|padre|tip[oa]|varón|señ[oa]ra"
    r"|chibol[oa]|chiquill[oa]|escuincl[ea]|patoj[oa]|cipot[ea]|carajit[oa]|kiddo"
    # the Andes, Central America, the River Plate: "un chango de 17", "una bicha", "la cholita"
    r"|chang[oa]|changuit[oa]|cholit[oa]|bich[oa]|cipotit[oa]|chamit[oa]|guambr[ao]"
    r"|guambrit[oa]|güila|chigüín|chigüina|chiquilín|chiquilina|gurisit[oa])"
)
ONE = r"(?:una|un|el|la|este|esta|ese|esa|otr[oa]|aquel|aquella)"
#: A past tense telling an event: any "-ó"/"-aba" form, and the common irregular preterites.
PAST = (
    r"(?:[a-záéíñú]{2,}(?:ó|aba|aban)|dijo|hizo|trajo|vino|fue|tuvo|pudo|quiso|supo|puso|dio"
    r"|vio|estuvo|anduvo|dijeron|vinieron|quería|tenía|decía|hacía|sabía|venía|estaba|había"
    r"|sentía|vivía|pedía|seguía"
    # the perfect, as Spain tells today's events: "ha llegado", "me ha dicho"
    r"|ha (?:[a-záéíóúñ]+(?:ado|ido|ído)|dicho|hecho|vuelto|puesto|escrito|roto|visto))"
)
#: What someone does to the author: tells, asks, brings, gives; past or present.
TO_ME = (
    rf"(?:{PAST}|dice|cuenta|pregunta|pide|trae|regala|manda|escribe|ofrece|comparte"
    r"|confiesa|llama|busca|agradece|suelta|abraza|muestra|enseña|deja)"
)
_CLITICS = r"(?:(?:me|se|le|lo|la|nos|les|ya|hoy|ayer|no|por fin|finalmente|apenas) )*"
#: One client, then (within four words) an event in the past: "la paciente llegó diciendo".
CLIENT_EVENT = compiled(
    rf"\b(?:(?:mi|{ONE}) {ORDER}{CLIENT_NOUN}"
    rf"|un[oa] de (?:mis|los|las|nuestr[oa]s) (?:{CLIENT_NOUN}s"
    r"|participantes|consultantes|usuari[oa]s|chav[oa]s|chic[oa]s|chavales|pib[ea]s|nenes"
    r"|niñ[oa]s|peques|adolescentes|chamac[oa]s|morr[oa]s|gurises))\b"
    rf"(?: [^\s.!?,;:\"]+){{0,4}}? {_CLITICS}{PAST}\b"
)
#: One person, then what they did to the author later in the clause: "un chavo de la
#: secundaria … me dijo hoy".
PERSON_TO_ME = compiled(
    rf"\b{ONE} (?:{CLIENT_NOUN}|{PERSON_NOUN})\b[^.!?;:\"]{{0,70}}?\b(?:me|nos) {TO_ME}\b"
)
#: The same, told the other way round: "me dijo hoy una paciente", "me dio un señor".
TO_ME_PERSON = compiled(
    rf"\b(?:me|nos) {TO_ME} (?:(?:hoy|ayer|anoche|esta mañana|esta tarde|el otro día"
    r"|hace (?:unos |un )?\w+(?: \w+)?) )?"
    # "mi" only before a client word: "me llamó mi mamá" is the author's own family
    rf"(?:(?:una|un|el|la) (?:{CLIENT_NOUN}|{PERSON_NOUN})|mi {CLIENT_NOUN})\b"
)
#: The author's own work with someone, in a relative clause: "alguien que veo", "una señora a la
#: que acompaño", "el chico que valoré hoy", "uno de los chavos que atiendo".
WITNESSED = compiled(
    rf"\b(?:alguien|una persona|una pareja|una familia"
    rf"|{ONE} (?:{CLIENT_NOUN}|{PERSON_NOUN}|estudiante|alumn[oa])|al {PERSON_NOUN}"
    rf"|a la {PERSON_NOUN}"
    r"|un[oa] de (?:mis|los|las) [a-záéíóúñ]+s)"
    # where the person is from, before the clause: "la piba de Ramos Mejía que atendí"
    r"(?: de(?: [^\s.!?,;:\"]+){1,6}?)?"
    r"(?: (?:a|con|de) (?:la|el|lo) que| (?:a|con|de) quien(?:es)?| al que| que| quien)"
    r" (?:(?:ya|hoy|ayer|todavía|aún|también|apenas) )?"
    r"(?:veo|atiendo|acompaño|acompañamos|acompañé|trato|traté|valoré|valoro|atendí|atendimos"
    r"|vi|evalué|evalúo|recibí|recibo|llevo|sigo|entrevisté|ingresé|visito|visité"
    r"|estoy (?:viendo|atendiendo|evaluando|acompañando|tratando|siguiendo|valorando)"
    r"|he (?:visto|atendido|valorado|acompañado|tratado|evaluado|recibido)|tengo en"
    r" (?:terapia|consulta|tratamiento))\b"
)
#: "tengo una señora que…", "hoy valoré a una muchacha": the author has this one on the books.
_SOMEONE = (
    rf"(?:{CLIENT_NOUN}|señora|señor|chav[oa]|chic[oa]|muchach[oa]|joven|adolescente|hombre|mujer"
    r"|pib[ea]|chaval(?:a)?|pelad[oa]|varón|cham[oa]|guambr[ao]|chamac[oa]|morr[oa]|patoj[oa])"
)
HAVE_ONE = compiled(
    rf"\b(?:tengo|tuve) (?:(?:hoy|ayer) )?(?:a )?(?:un|una) {_SOMEONE}"
    r"(?: [^\s.!?,;:]+){0,2}? (?:que|con|de)\b"
    r"|\b(?:atendí|valoré|recibí|evalué|entrevisté|ingresé|acompañé|he atendido|he valorado"
    r"|he visto|he recibido) (?:(?:hoy|ayer|esta mañana) )?a "
    rf"(?:un|una|la|el) {_SOMEONE}\b"
)
_AGE = (
    r"(?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece"
    r"|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|treinta|cuarenta"
    r"|cincuenta|sesenta|setenta|ochenta|noventa)"
)
#: A case told as a case: "hombre de 40 y tantos", "un paciente de sesenta y tantos".
AGED = compiled(
    rf"\b(?:{CLIENT_NOUN}|{PERSON_NOUN})(?: [a-záéíóúñ]+)? de {_AGE}"
    r"(?: y (?:tantos|pico|algo)| años)\b"
)
#: A session with one person: "una valoración larguísima con una señora en crisis".
SESSION_WITH = compiled(
    r"\b(?:valoración|sesión|consulta|entrevista|interconsulta|evaluación|llamada)"
    rf"(?: [a-záéíóúñ]+){{0,2}}? con (?:un|una|el|la|mi) (?:{CLIENT_NOUN}|{PERSON_NOUN})\b"
)
#: A time anchored on the session just named: "después de una valoración con…".
_AFTER = compiled(r"\b(?:después de|tras|durante|saliendo de) (?:una|la|mi) $")
#: An honorific and a name, then what the person did to the author: "Doña Rosa … me contó".
HONORIFIC_TO_ME = compiled(
    rf"\b(?:doña|don|la señora|el señor|la seño) (?:[^\W\d_]+\b|(?:[^\W\d_]\. ?){{1,3}})"
    rf"[^.!?;\"]{{0,80}}?\b(?:me|nos)"
    rf" {TO_ME}\b"
)
#: One client owned: "mi paciente", "mi consultante"; not a kind wished for ("mi paciente ideal").
MINE = compiled(
    rf"\bmi {CLIENT_NOUN}\b"
    r"(?! (?:ideal|perfect[oa]|modelo|soñad[oa]|interior|tipo|favorit[oa])\b)"
)
#: An hour in digits or words: "las 16", "las 5:30", "las cinco".
_HOUR = r"(?:\d{1,2}(?::\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
#: What the hour's person does, told in the present: "el de las 16 cancela otra vez".
_SLOT_NOW = r"(?:cancela|llega|viene|falta|avisa|escribe|vuelve|sigue|pide|trae|llora|dice)"
#: The hour slot as a person: "mi paciente de las 5", "la de las 6 canceló".
SLOT = compiled(
    rf"\bmi (?:{CLIENT_NOUN} )?de las? {_HOUR}\b"
    rf"|\b(?:la|el|mi) (?:{CLIENT_NOUN}|{PERSON_NOUN}) de los"
    r" (?:lunes|martes|miércoles|jueves|viernes|sábados)\b"
    rf"|\b(?:la|el) de las? {_HOUR}(?:\s?(?:pm|am|hs|h))? {_CLITICS}(?:{PAST}|{_SLOT_NOW})\b"
    # the day as a person: "la del jueves volvió a cancelar"
    # an aside is no break: "J., la de los lunes, me contó"
    r"|\b(?:la|el) de(?:l| los) (?:lunes|martes|miércoles|jueves|viernes|sábados?),?"
    rf" {_CLITICS}(?:{PAST}|{_SLOT_NOW})\b"
)
#: The author says the story is a masked real one: "detalles cambiados", "caso anonimizado".
MASKED = compiled(
    r"(?<!ni )(?<!sin )(?<!no )\b(?:(?:detalles|datos) (?:cambiados|modificados|alterados)"
    r"|(?:caso|viñeta)(?: [a-záéíóúñ]+){0,3}? \(?anonimizad[oa]|viñeta clínica)"
)
#: A therapy closed with one person: "cerramos proceso hoy", "hoy di de alta a…".
CLOSED = compiled(
    r"\b(?:cerramos|cerré|terminamos|terminé|concluimos|finalicé|finalizamos"
    r"|(?:he|hemos) (?:cerrado|terminado|finalizado)) (?:el |un )?(?:proceso|tratamiento|terapia)"
    r"(?! de\b(?! [a-záéíóú\d]+ (?:años|meses|sesiones)\b))|\bdi de alta a\b"
    r"|\b(?:(?:le )?(?:he|hemos) dado|(?:le )?di|(?:le )?dimos) el alta a (?:un|una|mi|la|el)\b"
)
#: A question to peers about one person, told in a bare noun after a colon: "Pregunta a colegas:
#: adolescente con self-harm que…".
BARE_CASE = compiled(
    rf": (?:{CLIENT_NOUN}|adolescente|hombre|mujer|joven|niñ[oa]|chic[oa]|señora|señor|chav[oa]"
    r"|muchach[oa])"
    # then what the case is, or an age or a stage and a comma: ": mujer joven, consultó por…"
    r"(?: (?:adult[oa]|joven|mayor|adolescente|nuev[oa]))?"
    r"(?: (?:con|de|que)\b| (?:adult[oa]|joven|mayor|adolescente|de \d{1,2}(?: años)?"
    r"|\d{1,2} años),)"
)
#: A case made up to teach, not a client's: "pregunta de examen: paciente con…".
_TAUGHT = compiled(
    r"\b(?:clase|curso|examen|certamen|parcial|tarea|ejercicio|viñeta|inventad[oa]"
    r"|fictici[oa]|hipotétic[oa]|ejemplo|simulad[oa])\b"
)
#: Words that make a sentence general: "si un paciente…", "cada paciente", "suele".
_GENERAL = compiled(
    r"\b(?:si|cada|cualquier|tod[oa] (?:paciente|persona|cliente|consultante)|suele|suelen"
    r"|imagin[ae]n?|supongamos|ejemplo"
    r"|general|típicamente|puede|pueden)\b"
)
#: A story on screen or in print, or a case from the literature.
NOT_OURS = compiled(
    r"\b(?:película|peli|serie|novela|(?<!de )(?<!un )libro|en un libro|capítulo|temporada"
    r"|personaje|documental|freud|jung|lacan|winnicott|artículo|publicado)\b"
)
#: A time or session word that places an event: for the shapes that need narration.
_NARRATED = compiled(
    rf"\b(?:hoy|ayer|anoche|esta (?:mañana|tarde|noche|semana)|en (?:la )?sesión|en consulta"
    rf"|tuve|estuve|atendí|terminé|salí|tuvimos|hicimos|hablamos|{PAST})\b"
)
#: Words in a setting of care or work, for plain person words on the personal account.
SETTING = compiled(
    r"\b(?:sesión|sesiones|consulta|consultorio|terapia|urgencias|guardia|hospital"
    r"|interconsulta|valoración|cama|internad[oa]|pabellón|servicio|taller|grupo|proceso|caso"
    r"|escuela|colegio|aula|salón|clase|recreo|alumn[oa]s?|estudiantes?|trabajo|chamba|laburo"
    r"|curro|turno)\b"
)
_CLIENT_WORD = compiled(rf"\b(?:{CLIENT_NOUN})\b")
#: A habit or a rule after the person: "suele…", a need before a verb ("necesita sentirse").
_MODAL = compiled(
    r"\b(?:suele|suelen|tiende|tienden|puede|pueden|debe|deben"
    r"|necesita(?= \w+(?:ar|er|ir)(?:se)?\b))\b"
)
_TELLS_ME = compiled(r"\b(?:dice|cuenta|repite|refiere|insiste en|jura) que\b")
_TODAY = compiled(r"\b(?:hoy|ayer|anoche|esta (?:mañana|tarde|noche|semana))\b")


def general(low: str, start: int) -> bool:
    """Whether the sentence at `start` is general: "si un paciente...", or a modal with no today.

    Args:
        low: the draft lower-cased.
        start: where the story clause starts.
    """
    s, e = sentence_bounds(low, start)
    if _GENERAL.search(low, s, start) is not None:
        return True
    return _MODAL.search(low, start, e) is not None and _TODAY.search(low, s, e) is None


def story_spans(low: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a Spanish clause that tells of one client.

    Args:
        low: the draft lower-cased (offsets equal to the draft's), already known to be Spanish.
        professional: whether the draft is for the professional account.

    Returns:
        Spans of each story clause found.
    """
    if NOT_OURS.search(low):
        return []
    found = [m.span() for p in (WITNESSED, HAVE_ONE, SLOT, MASKED, MINE) for m in p.finditer(low)]
    placed = professional or SETTING.search(low) is not None
    for pattern in (PERSON_TO_ME, TO_ME_PERSON, HONORIFIC_TO_ME):
        for m in pattern.finditer(low):
            if placed or _CLIENT_WORD.search(low, m.start(), m.end()):
                found.append(m.span())
    found += [m.span() for m in CLIENT_EVENT.finditer(low)]
    narrated = _NARRATED.search(low) is not None
    if narrated and professional:
        found += [m.span() for m in CLOSED.finditer(low)]
    if narrated or '"' in low:
        found += [m.span() for m in AGED.finditer(low)]
    elif _TELLS_ME.search(low):  # laid out as a case: "señor de 60 y tantos, jubilado, dice que"
        found += [m.span() for m in AGED.finditer(low) if low.startswith(",", m.end())]
        found += [m.span() for m in SESSION_WITH.finditer(low)]
    else:
        found += [m.span() for m in SESSION_WITH.finditer(low) if _AFTER.search(low, 0, m.start())]
    if "?" in low and not _TAUGHT.search(low):
        found += [m.span() for m in BARE_CASE.finditer(low)]
    return [(s, e) for s, e in found if not general(low, s)]
