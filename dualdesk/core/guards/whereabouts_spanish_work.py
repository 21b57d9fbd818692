"""Spanish whereabouts in the author's working day: teaching somewhere today, working from home.

A clinician who also teaches tells where they are by the class: "hoy estoy
dictando clase en el posgrado de la UdeA", "esta tarde doy un taller en la
Javeriana", "mañana imparto un seminario en la Complutense". One who works
from home for the day says the office is empty and where they are instead:
"hoy atiendo desde la casa", "esta semana trabajo desde casa", and the
errand that keeps them there: "el carro quedó en el taller en Guayabal".
The day's turn at a named place ("hoy me toca el hospital en Maipú") and a
few days away named ("Unos días en Valdivia") place the author too.

Quiet: the teaching post held for years ("doy clases en la Universidad de
Antioquia desde 2010": no day named), the practice's usual online work
("atiendo online desde casa para todo el país": no "today"), and a car in
the garage with no day or named place. A queue at an office places the author
whatever the day ("dos horas en la fila del CESCO").
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds

#: A day, not a habit: "hoy", "esta tarde", "mañana", "este sábado".
_TODAY = compiled(
    r"\b(?:hoy(?! (?:en )?día)|mañana|esta (?:mañana|tarde|noche|semana)|estos días"
    r"|este (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|finde|fin de semana))\b"
)
#: The author teaching somewhere named: "dictando clase en el posgrado de … la UdeA".
TEACHING = compiled(
    r"(?i:\b(?:dictando|dando|impartiendo|dicto|doy|imparto|daré|dictaré|impartiré"
    r"|voy a dar|voy a dictar) (?:una |la |mi |un |el )?(?:clases?|charla|taller|cátedra"
    r"|seminario|conferencia|capacitación|formación|módulo|curso)\b"
    r"(?: [a-záéíóúñ]+){0,3}? en (?:[a-záéíóúñ]+ ){0,7}?)"
    # a platform is no place: "un taller en Zoom"
    r"(?!(?:Zoom|Meet|Teams|YouTube|Instagram|Facebook|TikTok|Twitch|Moodle)\b)[A-ZÁÉÍÓÚÑ][\w-]+"
)
#: The author working from home for the day: "hoy atiendo desde la casa".
FROM_HOME = compiled(
    r"\b(?:atiendo|trabajo|teletrabajo|consulto|paso consulta|doy consulta|estoy atendiendo"
    r"|estoy trabajando|estoy teletrabajando|voy a atender|voy a trabajar)"
    r"(?: (?:online|en línea|virtual|por videollamada|hoy))? desde (?:la |mi )?casa\b"
)
#: The author's car kept at a garage somewhere named: "el carro quedó en el taller en Guayabal".
CAR_KEPT = compiled(
    r"(?i:\b(?:el|mi) (?:carro|coche|auto|carrito|moto|camioneta) (?:se )?(?:quedó|queda"
    r"|está|sigue|lo dejé|lo tengo) en el (?:taller|mecánico|lavadero|concesionario)"
    r" (?:de|en|por) (?:el |la )?)[A-ZÁÉÍÓÚÑ][\w-]+"
)

#: The day's turn at a named place: "hoy me toca el hospital en Maipú", "mañana me toca
#: consulta en Ñuñoa"; and a few days away: "Unos días en Valdivia hasta el lunes".
TURN_THERE = compiled(
    r"(?i:\bme toca\b[^.!?\n]{0,30}? en (?:el |la )?)"
    r"(?!(?:Zoom|Meet|Teams|Skype|WhatsApp)\b)[A-ZÁÉÍÓÚÑ][\w-]+"
)
DAYS_AWAY = compiled(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?i:(?:unos|unos pocos|un par de|dos|tres|cuatro|cinco)"
    r" días (?:en|por) )(?!(?:Terapia|Cuidados|UCI|UTI|Urgencias)\b)[A-ZÁÉÍÓÚÑ][\w-]+"
)

#: The author in a queue at an office: "dos horas en la fila del CESCO", "haciendo cola en
#: el banco de Providencia", "en la fila de la Registraduría". A queue is where one stands.
QUEUE = compiled(
    r"(?i:\b(?:en|haciendo|hago|hice|llevo) (?:la |una )?(?:fila|cola) (?:del?|de la|en (?:el|la))"
    r" )(?:[A-ZÁÉÍÓÚÑ][\w-]+|(?i:banco|correo|seguro social|registro civil|notaría|consulado"
    r"|embajada|aduana|licencias|migración|municipio|alcaldía|hacienda))"
)


def working_day(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans where a Spanish draft places the author's working day.

    Args:
        text: the draft (plain quotes), already known to be Spanish.
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans.
    """
    found = [m.span() for p in (CAR_KEPT, DAYS_AWAY) for m in p.finditer(text)]
    if "fila" in low or "cola" in low:
        found.extend(m.span() for m in QUEUE.finditer(text))
    for m in (*TEACHING.finditer(text), *FROM_HOME.finditer(low), *TURN_THERE.finditer(text)):
        if _TODAY.search(low, *sentence_bounds(low, m.start())):
            found.append(m.span())
    return found
