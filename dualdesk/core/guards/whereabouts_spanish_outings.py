"""Spanish outings: a meal at a kind of place, errands, a family occasion, a class.

Spanish tells the author's day in verbless openings as often as with a
verb: "Cena con colegas en una parrilla de…", "Medialunas y un cortado en
el bar de…", "Corrida de mediodía: verdulería, farmacia…", "Cumple de mi
abuela en…", "Pilates a las 7 en el club…", "Tarde de cañas por…". Each
shape needs what makes it the author's: a sentence opening on food or
drink, errand or leisure; two shops in a list; the author's own kin ("mi",
"mis") at a dated or placed occasion; a first-person verb before a kind of
place. Stories and advice about other people ("los pacientes suelen evitar
la farmacia y el banco", "el cumple de su abuela"), classes the practice
runs ("taller", "grupo", "inscripciones") and sentences about a place that
do not start on the author's meal stay quiet.
"""

from __future__ import annotations

import re
from itertools import pairwise

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))[¡¿\"“«(]?"
#: Food and drink a sentence can open on.
_FOOD = (
    r"(?:medialunas?|facturas|cortados?|café|cafecito|cafés|mates?|desayuno|almuerzo|cena"
    r"|merienda|brunch|vermut|vermú|cañas?|tapas|tapeo|birras?|cervezas?|cervecita|vinos?"
    r"|vinito|copas?|tragos?|asado|picada|churros|helado|pizza|empanadas|tostadas|sushi"
    r"|pintxos|raciones|aperitivo|tardeo|terraceo|comida|picoteo|tacos|arepas|cenita|comidita"
    r"|cañita|vermucito|almuercito|desayunito|mateada|bocata|bocadillo|montaditos?|calamares"
    r"|croquetas|tortilla|paella|cocido|pinchos?|torrijas|menú del día)"
)
#: Kinds of places one eats, drinks or shops in.
_VENUE = (
    r"(?:bar|barcito|café|cafetería|confitería|bodegón|parrilla|restaurante|restaurant|resto"
    r"|restorán|pizzería|heladería|cervecería|panadería|chiringuito|tasca|taberna|terraza"
    r"|terracita|cantina|fonda|taquería|marisquería|sidrería|vermutería|bodega|boliche|pub"
    r"|bistró|churrería|garito|mercado|feria|food truck|estación|aeropuerto|área de servicio)"
)
#: Kinds of kitchen a place is named by: "en un vasco", "en el gallego de la esquina".
_CUISINE = (
    r"(?:vasco|gallego|asturiano|italiano|japo|japonés|indio|mexicano|peruano|libanés|griego"
    r"|tailandés|vietnamita|coreano|turco|argentino|venezolano|colombiano|marroquí)"
)
#: Capitals that are not places: feasts, days and months.
_NOT_PLACE = (
    r"(?!(?:Navidad|Nochebuena|Nochevieja|Año|Pascua|Semana|Reyes|Lunes|Martes|Miércoles"
    r"|Jueves|Viernes|Sábado|Domingo|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto"
    r"|Septiembre|Octubre|Noviembre|Diciembre|Zoom|WhatsApp"
    # institutions are work, a talk or a topic, not a night out
    r"|Colegio|Hospital|Facultad|Universidad|Consultorio|Centro|Instituto|Clínica|Trastorno"
    r"|Radio|Congreso|Jornadas?|Asociación|Sociedad|Fundación|Ministerio|Escuela|Servicio"
    r"|Unidad|Programa|Día|Semana|Mes)\b)"
)
#: A sentence opening on food or drink, then "en" a kind of place or a named one.
_OPENING = r"(?:(?:un|una|unos|unas|mi|otro|otra|dos) )?"
MEAL = compiled(
    rf"{_START}(?i:{_OPENING}{_FOOD}\b[^.!?\n]{{0,60}}? (?:en|por) "
    r"(?:(?:el|la|los|las|un|una|lo de|mi|nuestro|nuestra) )?)"
    rf"(?:(?i:{_VENUE})\b|(?i:(?:un|una|el|la) {_CUISINE})\b|{_NOT_PLACE}[A-ZÁÉÍÓÚÑ]\w+)"
)
#: A first-person verb or a meal's gerund, then a kind of place: "desayuné en un bar de…",
#: "estamos en la terraza", "Almorzando en el bodegón de…".
AT_VENUE = compiled(
    r"(?i:(?:\b(?:estoy|estamos|ando|andamos|desayuné|almorcé|cené|merendé|desayunamos"
    r"|almorzamos|cenamos|comimos|me (?:tomé|tomo|pedí|pido|comí|como|quedé)|nos (?:tomamos"
    r"|pedimos|quedamos))"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:desayunando|almorzando|cenando|merendando|comiendo"
    r"|brindando|tomando (?:algo|un café|unas?|unos)))"
    rf"[^.!?\n]{{0,40}}? en (?:el|la|un|una|mi|nuestro|nuestra) {_VENUE}\b)"
)
#: A meal's gerund opening the sentence, then a named place or the author's car: "Almorzando
#: en el Tío Lucho con…", "Cenando un sánguche en el auto antes de…".
AT_NAMED = compiled(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?i:(?:desayunando|almorzando|cenando|merendando|comiendo"
    r"|tomando once)[^.!?\n]{0,40}? en (?:el|la|lo de|mi) )"
    r"(?:[A-ZÁÉÍÓÚÑ]\w+|(?i:auto|carro|coche|camioneta)\b)"
)
#: Going out for drinks, tapas or shopping: "Tarde de cañas", "nos fuimos de tapas".
_OUT = (
    r"(?:cañas|tapas|vinos|copas|birras|vermut|vermú|compras|excursión|acampada|picnic"
    r"|pícnic|tapeo|terraceo|juerga|marcha|tragos|paseo|piscina|playa|monte|museo|cine|teatro"
    r"|concierto|senderismo|esquí|pesca|rebajas|mercadillo|spa)"
)
OUT_FOR = compiled(
    r"(?i:(?:\b(?:estoy|estamos|voy|vamos|me voy|nos vamos|me fui|nos fuimos|salgo|salimos"
    r"|ando|andamos|salí|quedé|quedamos)(?: (?:hoy|mañana|esta tarde|esta noche|este finde"
    r"|otra vez|un rato))? "
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))[¡¿\"“«(]?(?:(?:tarde|noche|mañana|mediodía|día|finde"
    rf"|sábado|domingo|viernes|jueves)(?: [a-záéíóúñ]+){{0,2}}? )?)de {_OUT}\b)"
)
#: Errands named as such opening the sentence: "Corrida de mediodía:", "Mañana de recados".
ERRANDS = compiled(
    rf"{_START}(?i:(?:corrida|vuelta|ronda|mañana|tarde|mediodía|día|sábado|hora) de "
    r"(?:mandados|recados|trámites|diligencias|compras|mediodía)\b)"
)
#: The author's own appointment: "me toca dentista", "tengo turno con la ginecóloga".
_DOCTORS = (
    r"(?:dentista|médic[oa]|pediatra|ginecólog[oa]|oculista|oftalmólog[oa]|dermatólog[oa]"
    r"|traumatólog[oa]|fisio|kinesiólog[oa]|peluquería|peluquero|analítica|análisis de sangre"
    r"|revisión|itv|vtv|gestoría|notario|escribano|mecánico|veterinario|veterinaria)"
)
APPOINTMENT = compiled(
    rf"\bme toca (?:(?:el|la|ir al?|ir a la) )?{_DOCTORS}\b"
    r"|\b(?:tengo|tenía|tuve) (?:turno|cita|hora|consulta) (?:con|en|para|al?|del?) "
    rf"(?:(?:el|la|mi) )?{_DOCTORS}\b"
)
#: Shops, two of them in one list place the author on an errand round.
SHOP = compiled(
    r"\b(?:verdulería|frutería|carnicería|pescadería|panadería|farmacia|tintorería|lavandería"
    r"|lavadero|ferretería|kiosco|quiosco|estanco|correo|correos|banco|cajero|súper"
    r"|supermercado|mercado|chino|peluquería|librería|mercería|dietética|veterinaria|óptica"
    r"|pollería|fiambrería|almacén|mercadona|carrefour|oxxo)\b"
)
#: People in general, or the reader: the list is advice or a story, not the author's round.
_GENERIC = compiled(
    r"\b(?:pacientes?|consultantes?|personas?|gente|alguien|quien|quienes|muchos|muchas"
    r"|suelen|suele|si|cuando|uno|te|tu|tus|usted|ustedes|podés|puedes|cuesta|evitar|según"
    r"|estudios?|importa)\b"
)
#: The author's kin at an occasion: "Cumple 80 de mi abuela", "boda de mi prima".
_KIN = (
    r"(?:espos[oa]|marido|mujer|pareja|novi[oa]|hij[oa]s?|mamá|papá|madre|padre|viej[oa]s?"
    r"|familia|sobrin[oa]s?|herman[oa]s?|prim[oa]s?|abuel[oa]s?|suegr[oa]s?|tí[oa]s?"
    r"|ahijad[oa]s?|madrina|padrino|niet[oa]s?|cuñad[oa]s?|amig[oa]s?)"
)
KIN_OCCASION = compiled(
    r"\b(?:cumple|cumpleaños|boda|casamiento|bautizo|bautismo|comunión|quince|aniversario"
    r"|graduación|egreso|velorio|entierro|funeral|despedida|asado|almuerzo|comida|cena"
    r"|reunión|acto|misa|homenaje)(?: \d{1,3}| [a-záéíóúñ]+){0,2}? (?:de|del|con|por|para)"
    r" (?:la |el )?(?:mi|mis"
    rf"|nuestr[oa]s?) {_KIN}\b"
)
#: What places or dates the occasion: a capital after "en", someone's home, a day.
_PLACED = compiled(
    r"\ben [A-ZÁÉÍÓÚÑ]|\ben (?:un|una|el|la) (?:[a-záéíóúñ]+ ){1,4}?de (?:la |el )?[A-ZÁÉÍÓÚÑ]"
    r"|(?i:\ben (?:lo de |casa|la casa|el campo|la quinta|el pueblo)"
    r"|\b(?:hoy|mañana|esta noche|esta tarde|esta mañana|este finde|este fin de semana"
    r"|el sábado|el domingo|el viernes|el jueves|el lunes|el martes|el miércoles)\b)"
)
#: Leisure opening the sentence, at a clock time: "Yoga a las 8 en Parque…".
LEISURE = compiled(
    rf"{_START}(?i:(?:clases? de [a-záéíóúñ]+|yoga|pilates|natación|spinning|crossfit|gym"
    r"|gimnasio|tenis|pádel|padel|fútbol|futbol|running|entreno|entrenamiento|caminata|bici"
    r"|tango|milonga|salsa|zumba|boxeo|escalada|surf|remo|misa|coro|ensayo|danza|baile|golf)"
    r"\b[^.!?\n]{0,40}?\b(?:a las \d{1,2}(?:[:.]\d\d)?|temprano|al amanecer)\b"
    r"[^.!?\n]{0,30}? en )"
)
_PRACTICE = compiled(
    r"\b(?:taller(?:es)?|grupos?|inscripci[oó]n(?:es)?|cupos?|pacientes|consultantes|abrimos"
    r"|arancel|gratuit[oa]s?|abiert[oa]s?|plazas|hilo|charla|celebrar)\b"
)


def _sentence_has(pattern: re.Pattern[str], low: str, pos: int) -> bool:
    s, e = sentence_bounds(low, pos)
    return pattern.search(low, s, e) is not None


def _shop_rounds(low: str) -> list[tuple[int, int]]:
    """Two shops in one list, close together, in a sentence about no one else."""
    shops = list(SHOP.finditer(low))
    found = []
    for a, b in pairwise(shops):
        between = low[a.end() : b.start()]
        listed = len(between) <= 40 and ("," in between or " y " in between) and a[0] != b[0]
        if listed and not _sentence_has(_GENERIC, low, a.start()):
            found.append((a.start(), b.end()))
    return found


def outings(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans where a Spanish draft tells the author's outing, errand or occasion.

    Args:
        text: the draft (plain quotes), already known to be Spanish.
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans.
    """
    found = [m.span() for m in MEAL.finditer(text) if not _sentence_has(_PRACTICE, low, m.start())]
    found += [m.span() for p in (AT_VENUE, ERRANDS, APPOINTMENT) for m in p.finditer(low)]
    found += [m.span() for m in AT_NAMED.finditer(text)]
    found += [
        m.span() for m in OUT_FOR.finditer(low) if not _sentence_has(_GENERIC, low, m.start())
    ]
    found += _shop_rounds(low)
    for m in KIN_OCCASION.finditer(low):
        s, e = sentence_bounds(low, m.start())
        if _PLACED.search(text, s, e):
            found.append(m.span())
    for m in LEISURE.finditer(low):
        if not (
            _sentence_has(_PRACTICE, low, m.start()) or _sentence_has(_GENERIC, low, m.start())
        ):
            found.append(m.span())
    return found
