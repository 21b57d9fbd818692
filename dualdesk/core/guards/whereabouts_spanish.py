"""Whereabouts in Spanish grammar: the first person going, being and waiting somewhere.

Spanish puts the author in a place with a first-person verb, no pronoun
needed ("estoy en", "ando por", "voy para", "llegué a", "aterricé en",
"estaré en"), or a gerund opening the sentence ("saliendo del hospital",
"esperando el bus en…"). A place is a capitalised name or a place word
("el aeropuerto", "el súper", "casa de mi mamá"). Company is "con mi/mis"
and kin; a road or a line that does not move is traffic the author sits in;
an office shut on a date says when the office is empty; a small hour with
"y yo aquí", "insomnio" or "no puedo dormir" says the author is up. The
second person ("si estás en…"), other people ("mi paciente está en…") and
the practice's own hours stay quiet. Patterns run on the lower-cased text
except where a capital marks a place name.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.spanish_gate import spanish
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.guards.whereabouts_spanish_clock import small_hours
from dualdesk.core.guards.whereabouts_spanish_days import days
from dualdesk.core.guards.whereabouts_spanish_moves import moves
from dualdesk.core.guards.whereabouts_spanish_others import someone_elses
from dualdesk.core.guards.whereabouts_spanish_outings import outings
from dualdesk.core.guards.whereabouts_spanish_sites import sites
from dualdesk.core.guards.whereabouts_spanish_work import working_day

_DAYS = r"(?:lunes|martes|miércoles|jueves|viernes|sábados?|domingos?)"
_MONTHS = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)"
)
#: The author going, being or waiting: first-person verbs and subject-less gerunds.
_LEAD = (
    r"(?:estoy|estaré|estaremos|estamos|estuve|ando|andamos|andaré|voy|vamos|iré|me voy"
    r"|nos vamos|me fui|nos fuimos|llego|llegué|llegamos|aterricé|aterrizamos|salgo|salimos"
    r"|regreso|regresé|vuelvo|volví|viajo|viajé|vuelo|paso|sigo|me quedo|me quedé|de camino"
    r"|volviendo|regresando"
    r"|camino|rumbo|de regreso|de vuelta|saliendo|llegando|yendo|manejando|caminando"
    r"|esperando (?:el|la|mi) [a-záéíóúñ]+|a la altura|he llegado|hemos llegado|me he ido"
    r"|nos hemos ido|he aterrizado|estoy llegando|irme|irnos|saludos|escribo|escribiendo)"
)
_WHEN = r"(?: (?:ya|hoy|mañana|por fin|otra vez|todavía|aún|temprano|esta semana))?"
#: The author somewhere named: "ando en Oaxaca", "aterricé en Guadalajara", "voy a la altura de
#: Barranca del Muerto". Capitals are not places when they are God, a month or an app.
NAMED = compiled(
    rf"(?i:\b{_LEAD}{_WHEN} (?:en|a|al|para|por|de|desde|hacia|del)(?: (?:el|la|los|las))? )"
    r"(?!(?:Dios|Navidad|Zoom|WhatsApp|Instagram|TikTok|Twitter|Netflix|Google|YouTube"
    r"|Facebook|Spotify|X"
    # an address is the practice's, not the author's day: "estamos en Calle 85 #12-30"
    r"|Calle|Av|Avenida|Carrera|Cra|Jirón|Paseo|Piso|Local|Oficina|Consultorio|Torre"
    r"|Edificio)\b)[A-ZÁÉÍÓÚÑ][\w-]+"
)
#: A sentence opening on a gerund of going, its subject the author: "Saliendo del hospital…".
GERUND = compiled(
    r"(?:^|(?<=[.!?]\s))(?:saliendo|llegando|yendo|regresando|volviendo|entrando|esperando"
    r"|caminando|manejando|de camino|rumbo) (?:del?|al?|en|para|por|hacia)\b"
    r"(?! (?:tema|asunto|punto|principio|comienzo|inicio)\b)"
)
#: A named stop the author stands at: "afuera del metro Chabacano", "frente a la estación Once".
STOP_NAMED = compiled(
    r"(?i:\b(?:afuera|fuera|enfrente|frente|cerca|a la salida) (?:del|de la|al|a la) "
    r"(?:metro|estación|parada|mercado|parque) )[A-ZÁÉÍÓÚÑ][\w-]+"
)
#: The author at a place word: "voy al súper", "de camino al aeropuerto", "me voy a casa".
PLACE_WORD = compiled(
    rf"\b{_LEAD}{_WHEN} (?:en|a|al|para|por|del|de|hacia)(?: (?:el|la|mi))? "
    r"(?:aeropuerto|hotel|playa|súper|supermercado|gym|gimnasio|mercado|tianguis|feria|cine"
    r"|estadio|concierto|boda|bautizo|fiesta|congreso|metro|subte|colectivo|micro|pesero|tren"
    r"|avión|casa|pueblo|rancho|finca|quinta|campo|montaña|sierra|costa|banco|dentista)\b"
)
#: Travel and company that place the author with no verb: "mi vuelo", "de vacaciones",
#: "con mis sobrinos", "en casa de mi mamá", "llevo a mi papá a…".
_KIN = (
    r"(?:espos[oa]|marido|mujer|pareja|novi[oa]|hij[oa]s?|mamá|papá|madre|padres?|viejos|familia"
    r"|sobrin[oa]s?|herman[oa]s?|prim[oa]s?|abuel[oa]s?|suegr[oa]s?|tí[oa]s?|perr[oa]s?"
    r"|perrit[oa]s?|amig[oa]s|roomie|peques|niet[oa]s?)"
)
TRAVEL = compiled(
    r"\b(?:aeropuerto|aterric[eé]|aterrizamos|despegamos|(?:mi|nuestro) vuelo|de vacaciones"
    r"|embarcando|sala de embarque|en el avión|de escapada"
    r"|de viaje|fuera de la ciudad|fuera del país|de puente"
    r"|vuelo (?:retrasado|cancelado|desviado|con retraso)|retraso del vuelo|puerta de embarque)\b"
    # the author away on dates: "estaré de formación", "estaré fuera de Madrid"
    r"|\b(?:estaré|estaremos|voy a estar|vamos a estar|estoy|estamos|estuve) (?:de (?:formación"
    r"|viaje|vacaciones|congreso|baja|permiso|curso|boda|puente)|fuera)\b"
    rf"|\b(?:con|en casa de|llevo(?: \w+)? a|visitando a) (?:mi|mis) {_KIN}\b"
    r"|\b(?:del|de la) [a-záéíóúñ]+ (?:directo|derecho|derechito) (?:al?|para)\b"
)
#: A road or line that does not move, with the author in it or a wait timed.
_TRANSIT = compiled(
    r"\b(?:metro|metrobús|subte|colectivo|bondi|micro|pesero|camión|bus|tren|trancón|atasco"
    r"|embotellamiento|tráfico|tránsito|transmilenio|cercanías|línea \d+|periférico|autopista"
    r"|carretera|avenida|ruta|línea [a-h])\b"
)
_STUCK = compiled(
    r"\b(?:detenid[oa]|parad[oa]|frenad[oa]|atorad[oa]|atascad[oa]|sin avanzar|no avanz[ao]"
    r"|no avanzamos|no se mueve|retrasad[oa]|atasco|trancón|embotellamiento)\b"
)
_MINE_OR_TIMED = compiled(
    r"\b(?:estoy|llevo|voy|ando|sigo|avanzo|yo|llego|otra vez|\d+ (?:minutos|min|horas))\b"
)
#: An office shut or no appointments, on a date or day: "el consultorio estará cerrado del 21…".
CLOSED = compiled(
    r"\b(?:consultorio|consulta|oficina|despacho|gabinete)(?: [a-záéíóúñ]+){0,2}? (?:(?:estará "
    r"|permanecerá |va a estar )?cerrad[oa]|cierra|cerrará)\b"
    r"|\b(?:cierro|cerramos|cerraré|cerraremos) (?:el |la |mi |nuestro |nuestra )?(?:consultorio"
    r"|consulta|despacho|gabinete)\b|\bcerrad[oa] por vacaciones\b"
    r"|\bno (?:hay|habrá|tendré|doy|daré) consulta|\bno atiendo\b"
    r"|\b(?:retomo|retomamos|vuelvo a atender|regreso a consulta)\b"
)
_DATED = compiled(
    rf"\b(?:del? \d{{1,2}} (?:de {_MONTHS} )?al \d{{1,2}}|\d{{1,2}} de {_MONTHS}|mañana"
    rf"|(?<!los ){_DAYS}|esta semana|la próxima semana|hasta el|en {_MONTHS}|todo {_MONTHS}"
    r"|semana santa|navidades|el puente|hoy|esta tarde|esta mañana)\b"
)
#: Small hours the author is up in, or sleep that will not come.
_HOUR = (
    r"(?:(?:[1-4]|12)(?:[:.][0-5]\d)?\s?(?:am|a\.m\.)"
    r"|(?:las|la) (?:[1-4]|una|dos|tres|cuatro)(?:[:.][0-5]\d)? de la (?:madrugada|mañana))"
)
NIGHT = compiled(
    rf"(?:^|(?<=[.!?]\s))(?:son las )?{_HOUR}(?= y\b)"
    rf"|\b{_HOUR}[^.!?]{{0,20}}?\b(?:y yo|yo aquí|sin dormir|despiert[oa]|insomnio|en vela)\b"
    r"|\b(?:insomnio otra vez|otra vez insomnio|no puedo dormir|no me puedo dormir"
    r"|no logro dormir|sin poder dormir|desvelad[oa]|sigo despiert[oa]|no pego (?:el )?ojo"
    r"|no pude dormir|me desvelé|otra madrugada)\b"
    r"|\bllevo [^.!?]{0,20}?sin dormir\b"
)
#: A weekend or a holiday somewhere named, opening the sentence: "Finde en Mar del Plata".
AWAY_NAMED = compiled(
    r"(?:^|(?<=[.!?]\s))(?i:(?:fin de semana|finde|puente|vacaciones|domingo|sábado)"
    r"(?: [a-záéíóúñ]+){0,3}? en (?:la |el )?)[A-ZÁÉÍÓÚÑ][\w-]+"
)
#: An event of the author's somewhere named, dated soon: "El mes que viene, jornadas en
#: Bilbao", "Jornadas en Sevilla este finde" (not an event the practice sells: "plazas").
EVENT_NAMED = compiled(
    r"(?i:\b(?:congreso|jornadas|conferencia|formación|simposio|seminario|boda|bautizo|comunión"
    r"|viaje|escapada|vacaciones|finde|puente|supervisión)(?: [a-záéíóúñ]+){0,3}? en (?:el |la )?)"
    r"(?!(?:Zoom|Meet|Teams|Navidad|Semana)\b)[A-ZÁÉÍÓÚÑ][\w-]+"
)
_SOON = compiled(
    rf"\b(?:la semana que viene|la próxima semana|el mes que viene|el próximo mes|mañana"
    rf"|pasado mañana|este finde|este fin de semana|esta semana|hoy|del \d{{1,2}} al \d{{1,2}}"
    rf"|(?:este|el próximo|el) {_DAYS}|en {_MONTHS})\b"
)
_SOLD = compiled(r"\b(?:inscripci[oó]n|inscripciones|plazas|cupos|entradas|enlace|link|info)\b")
#: The weekly routine somewhere named: "los jueves en la Roma" (not the practice's hours).
WEEKLY = compiled(rf"(?i:\blos {_DAYS}\b[^.!?]{{0,40}}? en (?:la |el )?)[A-ZÁÉÍÓÚÑ][\w-]+")
#: A person who comes on that day, before "los <day>": a client's slot, not the author's.
_COMES = compiled(r"\b(?:que|quien) (?:viene|vienen|llega|llegan|tengo|atiendo|veo) $")
_PRACTICE = compiled(r"\b(?:consultorio|consulta|atiendo|citas|sesiones|taller|grupo|curso)\b")
_SECOND_PERSON = compiled(
    r"\b(?:si|cuando) (?:estás|vas|andas|andás|llegas|llegás|sales|salís|tú|vos|usted|estáis"
    r"|vais|andáis|llegáis|salís|os|te)\b"
)
#: A joke list told to anyone in the job: "Señales de que eres psicóloga: haces cola en…",
#: "Sabes que eres terapeuta cuando…". Every place in it is the reader's, not the author's.
_YOU_IN_THE_JOB = compiled(
    r"\b(?:señales|síntomas|pruebas|cosas) (?:de )?que (?:eres|sos|eres un[oa]?|sos un[oa]?)\b"
    r"|\bsabes que (?:eres|sos)\b|\b(?:eres|sos) (?:psicólog[oa]|terapeuta|psiquiatra"
    r"|psicoterapeuta|enfermer[oa]|médic[oa]|trabajador[a]? social)(?: [^\s.!?,;:]+){0,3}?"
    r" (?:si|cuando)\b"
)

#: Short Spanish notes ("Vuelo cancelado en El Prat, toca esperar") hold too few
#: grammar words for `spanish`; two of these and no English one mark them.
_SHORT_SPANISH = frozenset(
    (
        *("que", "de", "la", "el", "los", "las", "una", "por", "con", "para", "mi", "y", "en"),
        *("del", "es", "lo", "se", "un", "al", "otra", "otro", "hoy", "muy", "mis", "sin", "ya"),
        "vez",
    )
)
_ENGLISH = (" the ", " and ", " to ", " of ", " is ", " my ", " i ", " at ", " for ", " with ")
_PUNCT = ".,;:!?¡¿()\"'«»“”…"


def _short_spanish(low: str) -> bool:
    """Whether a draft too short for `spanish` is still Spanish (see `_SHORT_SPANISH`)."""
    padded = f" {low} "
    if len(low) > 200 or holds_any(padded, _ENGLISH):
        return False
    words = {w.strip(_PUNCT) for w in low.split()}
    return len(words & _SHORT_SPANISH) >= 2


_OWN = "tells of your own plans, travel or company"
_NIGHT = "shows you are awake late at night"
_EMPTY = "says when your office will be empty"


def _sentence_has(pattern: re.Pattern[str], low: str, pos: int) -> bool:
    s, e = sentence_bounds(low, pos)
    return pattern.search(low, s, e) is not None


def spanish_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """Return (start, end, what) for each Spanish whereabouts remark.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased (same offsets).

    Returns:
        Spans with what each one tells; empty unless the draft is Spanish (a short
        note with two Spanish grammar words and no English one counts).
    """
    if not (spanish(low) or _short_spanish(low)):
        return []
    found = [(*m.span(), _OWN) for p in (NAMED, STOP_NAMED, AWAY_NAMED) for m in p.finditer(text)]
    found += [(*m.span(), _OWN) for p in (PLACE_WORD, TRAVEL, GERUND) for m in p.finditer(low)]
    for m in _STUCK.finditer(low):
        if _sentence_has(_TRANSIT, low, m.start()) and _sentence_has(
            _MINE_OR_TIMED, low, m.start()
        ):
            found.append((*m.span(), _OWN))
    for m in CLOSED.finditer(low):
        if _sentence_has(_DATED, low, m.start()):
            found.append((*m.span(), _EMPTY))
    found += [(*m.span(), _NIGHT) for m in NIGHT.finditer(low)]
    found += [(s, e, _OWN) for s, e in (*moves(text, low), *outings(text, low))]
    found += [(s, e, _OWN) for s, e in working_day(text, low)]
    found += [(s, e, _OWN) for s, e in sites(text, low)]  # "ya estoy en el consultorio de X"
    found += [(s, e, _OWN) for s, e in days(text, low)]  # "saliendo tarde del consultorio"
    found += [(s, e, _NIGHT) for s, e in small_hours(text, low)]
    for m in EVENT_NAMED.finditer(text):
        if _sentence_has(_SOON, low, m.start()) and not _sentence_has(_SOLD, low, m.start()):
            found.append((*m.span(), _OWN))
    for m in WEEKLY.finditer(text):
        if low.endswith(" de ", 0, m.start()) or _COMES.search(
            low, max(0, m.start() - 24), m.start()
        ):
            continue  # "la señora de los viernes", "la que viene los viernes": a person's slot
        if not _sentence_has(_PRACTICE, low, m.start()):
            found.append((*m.span(), _OWN))
    if found and ("eres" in low or "sos" in low) and _YOU_IN_THE_JOB.search(low):
        return []  # a list of signs of the job: anyone's queues and commutes
    return [
        f
        for f in found
        if not (_sentence_has(_SECOND_PERSON, low, f[0]) or someone_elses(low, f[0]))
    ]
