"""Spanish whereabouts in the clinician's working day: late, stuck, eating, on the ward.

`whereabouts_spanish` reads a gerund of going right before its preposition
("saliendo del hospital"); clinicians in every country put a word between
("saliendo tardísimo del consultorio", "llegando tarde a Clínicas"). They
sit in a named road's traffic with no verb ("en el tráfico de la Escalón",
"atrapada en el tranque de la Transístmica"); eat with colleagues or
between sessions on a gerund ("almorzando en una fonda de Coyoacán",
"cenando con las compañeras del hospital"); put a dated day somewhere named
with a span of it ("mañana estaré toda la mañana en el Hospital X"), a
workshop they go to ("hoy toca taller en San Marcos"), a meal before work
("tamales en el mercado de X antes de abrir el consultorio"), or name the
hospital's ward they stand in today ("hoy en la sala de Clínicas",
"en consulta externa del Rosales hoy").

Quiet: someone else's traffic ("mi paciente llegó tarde por el tráfico"),
the practice's own address, a workshop sold ("taller en Santa Tecla,
inscripciones"), a client's admission with no "hoy" ("internado en el piso
de Psiquiatría del Loayza"), and general advice.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

_START = r"(?:^|(?<=[.!?]\s)|(?<=\n))[¡¿\"“«(]?"
_CAP = r"[A-ZÁÉÍÓÚÑ][\w-]+"
#: A gerund of going with a word between it and where: "Saliendo tardísimo del consultorio".
GOING_LATE = compiled(
    rf"{_START}(?i:(?:saliendo|llegando|yendo|regresando|volviendo|entrando)"
    r" (?:tard[eí]|tardísimo|tardecito|temprano|tempranito|corriendo|volando|recién|otra vez"
    r"|de nuevo|ya)(?: otra vez)? (?:del?|al?|para|hacia)\b)"
)
#: In a named road's traffic: "En el tráfico de la Escalón", "Atrapada en el tráfico del…".
_JAM = r"(?:tráfico|tránsito|tranque|tranca|trancadero|trancón|tapón|taco|atasco|embotellamiento)"
TRAFFIC = compiled(
    rf"{_START}(?i:(?:(?:atrapad[oa]|atascad[oa]|metid[oa]|parad[oa]|clavad[oa]|varad[oa]"
    rf"|otra vez|otra hora) )?en (?:el|un|pleno) {_JAM} (?:de|del|en|por) (?:la |el )?)"
    rf"(?:{_CAP}|(?i:bulevar|boulevard|autopista|avenida|av\.|periférico|carretera|puente"
    r"|circunvalación|panamericana|interamericana)\b)"
)
#: A meal or drink on a gerund opening the sentence, at a place or with company.
MEAL = compiled(
    rf"{_START}(?i:(?:almorzando|cenando|desayunando|merendando|comiendo|brindando|tomando"
    r" (?:un|una|unas|unos) [a-záéíóúñ]+) (?:en|con|por) (?:el|la|los|las|un|una|mis|unas"
    r"|unos)\b)"
)
#: A dated day somewhere named, with a span of it between: "mañana estaré toda la mañana en".
WHOLE_DAY = compiled(
    r"(?i:\b(?:estaré|estaremos|voy a estar|vamos a estar|estoy|estuve)"
    r" (?:toda la (?:mañana|tarde|semana|jornada)|todo el día|un rato|medio día|el día)"
    r" en (?:el |la )?)" + _CAP
)
#: The author's workshop or visit today somewhere named: "Hoy toca taller con … en La Libertad".
_DUTY = (
    r"(?:taller|talleres|capacitación|charla|visita|visitas|gira|brigada|jornada|supervisión"
    r"|formación|reunión|feria)"
)
DUTY_NAMED = compiled(
    r"(?i:\b(?:hoy|mañana|esta semana|este (?:lunes|martes|miércoles|jueves|viernes|sábado))"
    rf" (?:toca|tengo|doy|damos|me toca|nos toca) (?:un |una |el |la )?{_DUTY}"
    r"[^.!?]{0,60}? en (?:el |la )?)(?!(?:Zoom|Meet|Teams|Google|YouTube|Instagram|Facebook)\b)"
    + _CAP
)
_SOLD = compiled(r"\b(?:inscripci[oó]n|inscripciones|cupos|entradas|enlace|link|info|gratis)\b")
#: A meal at a named place before or between the work: "… en la Plaza X antes de abrir el
#: consultorio", "… en una pupusería de X entre consulta y consulta".
BEFORE_WORK = compiled(
    r"\b(?:antes de (?:abrir|entrar (?:a|al)|llegar (?:a|al)|ir (?:a|al)) (?:el |la |mi )?"
    r"(?:consultorio|consulta|oficina|hospital|clínica|trabajo|turno)"
    r"|entre (?:consulta y consulta|sesión y sesión|paciente y paciente|sesiones|pacientes))\b"
)
_AT_NAMED = compiled(
    r"(?i: en (?:(?:el|la|los|las|un|una) )?(?:[a-záéíóúñ]+ (?:de|del|de la) )?)" + _CAP
)
#: A hospital's ward or service named by a capital, today: "en la sala de Clínicas hoy".
WARD_TODAY = compiled(
    r"(?i:\b(?:en|de) (?:la |el )?(?:sala|piso|consulta externa|emergencia|pabellón|planta"
    r"|guardia|servicio|urgencias)(?: de [A-ZÁÉÍÓÚÑ][\w-]+)? de(?:l)? )" + _CAP
)
_TODAY = compiled(r"\b(?:hoy|esta mañana|esta tarde|ahora)\b")
_KEYS = ("ando ", "endo ", "iendo ", "estaré", "estoy", "estuve", "toca", "tengo", "doy",
         "antes de", "entre ", "sala", "piso", "consulta externa", "emergencia", "pabellón",
         "planta", "guardia", "servicio", "urgencias", "tráfico", "tránsito", "tran",
         "tapón", "taco", "atasco", "embotellamiento")  # fmt: skip


def days(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of the author's working day placed: late, stuck, eating, at a ward or a workshop.

    Args:
        text: the draft (plain quotes), already known to be Spanish.
        low: `text` lower-cased (same offsets).
    """
    if not holds_any(low, _KEYS):
        return []
    found = [m.span() for p in (GOING_LATE, TRAFFIC, MEAL, WHOLE_DAY) for m in p.finditer(text)]
    if not _SOLD.search(low):  # "inscripciones abiertas": a workshop sold, not the author's day
        found += [m.span() for m in DUTY_NAMED.finditer(text)]
    for m in BEFORE_WORK.finditer(low):
        s, e = sentence_bounds(low, m.start())
        if (at := _AT_NAMED.search(text, s, m.start())) is not None:
            found.append((at.start(), m.end()))
    for m in WARD_TODAY.finditer(text):
        s, e = sentence_bounds(low, m.start())
        if _TODAY.search(low, s, e):
            found.append(m.span())
    return found
