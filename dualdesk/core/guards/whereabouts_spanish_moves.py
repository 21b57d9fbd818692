"""Spanish whereabouts on the move: a bus by its number, a line, a flight landing.

Spanish in every country names a bus by its number ("en el 140", "arriba
del 60") and a train or underground by its line ("la línea B", "el
Cercanías", "el subte"). The author is the one on it when the sentence opens
on a posture with no subject ("Sentada en el 140", "Parado en el subte"),
on a gerund of travel ("Aterrizando en…", "Cogiendo el tren…", "Haciendo
escala en…"), on the vehicle itself followed by where it goes or what the
author does there ("En el tren rumbo a…", "En el bondi leyendo…"), or with
a first-person verb of riding ("me bajé del", "tomé el", "me pasé dos
paradas"). A gerund inside someone else's sentence ("una terapeuta
aterrizando en…") and advice about the underground stay quiet: these shapes
need the sentence's start or the first person.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: Where a sentence starts: the text's start, after a stop or a line break, an opening mark.
_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))[¡¿\"“«(]?"
#: Vehicles and lines, as every Spanish-speaking country names them.
_RIDE = (
    r"(?:metro|subte|subterráneo|colectivo|bondi|micro|bus|autobús|buseta|guagua|tren"
    r"|cercanías|rodalies|ave|alvia|tranvía|trole|trolebús|metrobús|pesero|combi|taxi|uber"
    r"|cabify|avión|vuelo|ferry|barco|lancha|transmilenio|metrocable|teleférico|funicular"
    r"|camión|ómnibus|omnibus|línea (?:[a-h]|\d{1,2})|l\d{1,2}"  # "la L4", Santiago's lines
    r"|\d{1,3})"
)
_ARTICLE = r"(?:(?:el|la|un|una|mi|otro|otra) )?"
#: A posture with no subject opening the sentence, then a vehicle or a named place.
_POSTURE = (
    r"(?:sentad[oa]|parad[oa]|de pie|apretad[oa]|colgad[oa]|arriba|subid[oa]|metid[oa]"
    r"|atrapad[oa]|varad[oa]|clavad[oa]|encerrad[oa]|instalad[oa]|acomodad[oa]"
    r"|aterrizad[oa]s?|llegad[oa]s?)"
)
POSTURE = compiled(
    rf"{_START}(?i:(?:recién |ya )?{_POSTURE} (?:en|del?|al?) {_ARTICLE})"
    rf"(?:(?i:{_RIDE})\b|[A-ZÁÉÍÓÚÑ]\w+)"
)
#: A gerund of travel opening the sentence (or after "estoy"/"sigo"): flying is going
#: anywhere; driving, walking or crossing goes to a named place, a kind of place or a vehicle.
_FLYING = (
    r"(?:aterrizando|despegando|embarcando|haciendo escala|de paso|a punto de (?:embarcar"
    r"|despegar|aterrizar|salir))"
)
_GOING = (
    r"(?:volando|viajando|cruzando|recorriendo|paseando|bajando|subiendo|manejando"
    r"|conduciendo|pedaleando|remando|caminando|corriendo|trotando|nadando|andando|rodando)"
)
_PLACE_KINDS = (
    r"(?:aeropuerto|ciudad|centro|costa|playa|montaña|sierra|ruta|autopista|río|puerto|pueblo"
    r"|campo|parque|barrio|calle|rambla|costanera|mar|lago|frontera|estación|terminal|hotel"
    r"|casa|trabajo|oficina|facultad|facu|hospital|tanatorio|velatorio|cementerio"
    r"|pega|chamba|laburo|curro|camello)"
)
_RIDING = r"(?:cogiendo|tomando|pillando|esperando|perdiendo|subiéndome a|bajándome de)"
_OWN_AUX = r"(?:^|(?<=[.!?]\s)|(?<=\n)|\b(?:estoy|estamos|sigo|seguimos|ando|andamos|voy|vamos) )"
_PREP = r"(?:a|al|en|hacia|para|por|desde|rumbo a|de|del|sobre|entre)"
TRAVELLING = compiled(
    rf"(?i:{_OWN_AUX}[¡¿\"“«(]?{_FLYING} )(?:(?i:{_PREP})\b|[A-ZÁÉÍÓÚÑ]\w+)"
    rf"|(?i:{_OWN_AUX}[¡¿\"“«(]?{_GOING} (?:{_PREP} )?{_ARTICLE})"
    rf"(?:(?i:{_PLACE_KINDS}|{_RIDE})\b|[A-ZÁÉÍÓÚÑ]\w+)"
    rf"|(?i:{_OWN_AUX}[¡¿\"“«(]?{_RIDING} (?:el|la|un|una|mi) (?:{_RIDE})\b)"
    r"|(?i:\b(?:aterrizo|despego|despegué|embarco|embarqué|hago escala|hice escala)\b)"
)
#: The vehicle opening the sentence, then where it goes or what the author does on it.
ON_BOARD = compiled(
    rf"{_START}(?i:(?:en|arriba del|desde) (?:el|la|un|una|mi) {_RIDE}\b"
    r"[^.!?\n]{0,30}?(?:\b\w+(?:ando|iendo|yendo)\b|\b(?:rumbo|camino|de vuelta|de regreso)\b"
    r"|\b(?:a|al|hacia|para) (?=[A-ZÁÉÍÓÚÑ])))"
)
#: Walking the dog, a getaway, work done from somewhere that is not the office:
#: "Paseando a la perra por…", "me escapé a la sierra", "teletrabajando desde el pueblo".
_AWAY_FROM_WORK = (
    r"(?:pueblo|playa|montaña|sierra|costa|quinta|finca|cabaña|hotel|aeropuerto"
    r"|cafetería|bar|biblioteca|terraza|casa de)"
)
AWAY = compiled(
    r"(?i:\b(?:paseando|sacando|saco|saqué|paseo|paseé) (?:al|a la|a mi|a mis|a los|a las) "
    r"(?:perr[oa]s?|perrit[oa]s?|cachorr[oa]s?)\b"
    r"|\b(?:me (?:he )?escap(?:o|é|ado)|nos (?:hemos )?escapa(?:mos|do)|escapadita|escapada)"
    r" (?:a|al|a la|para|por|de)\b"
    # work done today from a holiday place or a named one ("trabajo en…" alone is a job)
    rf"|{_OWN_AUX}(?:(?:hoy )?(?:teletrabajando|trabajando|escribiendo) (?:desde|en)"
    rf"|(?:hoy )?(?:teletrabajo|trabajo) desde) {_ARTICLE}(?:{_AWAY_FROM_WORK})\b)"
    rf"|(?i:{_OWN_AUX}(?:(?:hoy )?(?:teletrabajando|trabajando|escribiendo)|hoy (?:teletrabajo"
    r"|trabajo)) desde )[A-ZÁÉÍÓÚÑ]\w+"
    # today somewhere named, doing something there: "Hoy en Zaragoza, dando un taller"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?i:(?:hoy|mañana|esta (?:semana|tarde|noche|mañana)"
    r"|este (?:finde|fin de semana)) en (?:el |la )?)[A-ZÁÉÍÓÚÑ]\w+(?: [A-ZÁÉÍÓÚÑ]\w+)*,?"
    r" (?i:\w+(?:ando|iendo|yendo)\b)"
    # the first or last train of the day is the author's own: "coger el primer tren"
    r"|(?i:\b(?:coger|tomar|pillar|perder|perdí|perdimos|pierdo) (?:el|la) (?:primer|primera"
    rf"|último|última) {_RIDE}\b)"
)
#: Sessions held for now from a named place: "Esta semana paso consulta desde Oviedo". The
#: practice's usual place ("Atiendo online desde Madrid") has no "for now" and stays quiet.
REMOTE = compiled(
    r"(?i:\b(?:trabajo|teletrabajo|paso consulta|atiendo|atenderé|sesiones|consultas?)"
    r"(?: online| en línea| por videollamada)? desde )[A-ZÁÉÍÓÚÑ]\w+"
)
_FOR_NOW = compiled(
    r"\b(?:esta semana|estos días|unos días|hasta el|hasta que|hoy|este mes|este verano"
    r"|por ahora|temporalmente|mientras)\b"
)
#: Where the author is: "here" and a kind of place ("Aquí, en la terraza del hotel…"; a
#: country or city after "aquí" is where the author lives, not today's place), on the way
#: ("Camino del tanatorio"), in a queue ("En la cola del banco", "Cola de una hora en…").
HERE = compiled(
    rf"{_START}(?i:(?:yo )?(?:aquí|acá|desde aquí|desde acá),? (?:en|desde) {_ARTICLE}"
    rf"(?:{_PLACE_KINDS}|{_RIDE}|terraza|bar|café|cafetería|sala)\b)"
    rf"|{_START}(?i:(?:(?:hoy|esta semana|este finde|este fin de semana) en|desde) {_ARTICLE}"
    rf"(?:{_AWAY_FROM_WORK})\b(?:,|!| con\b| y\b))"
    rf"|{_START}(?i:camino (?:a|al|de|del|hacia) {_ARTICLE}(?:{_PLACE_KINDS})\b)"
    rf"|{_START}(?i:camino (?:a|al|de|del|hacia) )[A-ZÁÉÍÓÚÑ]\w+"
    rf"|{_START}(?i:(?:en la |haciendo )?cola(?: eterna| infinita| enorme| larguísima)?"
    r" (?:de|del|en|para)\b"
    r"(?! (?:pacientes|espera|consultas|gente|personas)\b))"
    r"|(?i:\b(?:haciendo|hago|hice) (?:la )?cola\b)"
    # a wait told by its length: "45 minutos de cola en…", "llevo media hora en la cola"
    rf"|{_START}(?i:(?:\d+|una|media|dos|tres) (?:minutos|min|horas?|hora y media) de cola\b)"
    r"|(?i:\bllevo (?:[\w-]+ ){1,3}?(?:en la|de) cola\b)"
)
#: First-person riding: "me bajé del 60", "tomé el subte", "me pasé dos paradas".
RODE = compiled(
    r"(?i:\b(?:me (?:subí|subo|bajé|bajo|tomé|tomo|cogí|cojo|pillé|pillo) (?:a |de )?"
    r"|(?:tomé|cogí|pillé|perdí|tomamos|cogimos|perdimos|cojo|pillo) )"
    rf"(?:el|la|un|una|mi|al|del) {_RIDE}\b"
    r"|\bme pasé (?:de )?(?:la|mi|\w+) paradas?\b)"
)


def moves(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans where a Spanish draft puts the author on the move.

    Args:
        text: the draft (plain quotes), already known to be Spanish.
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans.
    """
    found = [
        m.span() for p in (POSTURE, TRAVELLING, ON_BOARD, AWAY, HERE) for m in p.finditer(text)
    ]
    if "me " in low or "é " in low or "mos " in low or "cojo" in low or "pillo" in low:
        found += [m.span() for m in RODE.finditer(text)]
    for m in REMOTE.finditer(text):
        s, e = sentence_bounds(low, m.start())
        if _FOR_NOW.search(low, s, e):
            found.append(m.span())
    return found
