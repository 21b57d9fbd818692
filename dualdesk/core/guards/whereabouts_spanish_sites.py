"""Spanish whereabouts told with a site and its neighbourhood, in clipped Caribbean speech too.

`whereabouts_spanish.NAMED` reads the author somewhere whose name follows
the preposition ("estoy en Palermo"). Clinicians also put a site word
between them ("ya estoy en la clínica de Providencia", "ando en la
facultad de Ciudad Universitaria"), and across the Caribbean and much of
Latin America speech clips "para" to "pa'" ("salgo ahorita pa' Bayamón", "me
voy pa'l centro") and "-ado" to "-ao" ("atorao en la Kennedy, 30
minutos"). Trouble in a named neighbourhood with the author there
("Se fue la luz en Miraflores… seguimos atendiendo con velas") places them too. Each of
these tells where the author is or is going.

Quiet: the practice's address given to the reader ("el consultorio queda
en…": no first-person verb), someone else's trip ("mi hermana se va pa'
Miami" opens on another person, filtered by `whereabouts_spanish`), and
"pa'" before a purpose ("pa' que", "pa' verificar").
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled

_LEAD = (
    r"(?:(?:ya|hoy|ahora|recién|todavía) )?(?:estoy|estaré|estamos|ando|andamos|llegué"
    r"|llegamos|sigo|seguimos|me quedo|me quedé|voy|vamos|me voy|nos vamos|atendiendo"
    r"|trabajando)"
)
_SITE = (
    r"(?:consultorio|consulta|hospital|clínica|sanatorio|oficina|centro|sede|facultad"
    r"|universidad|escuela|colegio|liceo|bar|café|cafetería|plaza|parque|mercado|club"
    r"|teatro|congreso|jornadas|hotel|shopping|mall|feria)"
)
_DAYS = r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|mañana|esta noche)"
#: The author at a site in a named place: "ya estoy en la clínica de Providencia", "estoy
#: dando un taller en la Universidad de Antioquia", or a day and an hour, then the site
#: with no verb: "Sábado, 11 h, café de Coyoacán".
SITE_NAMED = compiled(
    rf"(?i:(?:\b{_LEAD}(?: [a-záéíóúñ]+){{0,5}}?"
    r"|(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))" + _DAYS + r",? \d{1,2}(?:[:.]\d\d)? ?(?:hs|h|am|pm),?"
    r"(?: y(?: ya)?)?(?: (?:en|al?))?)"
    r" (?:(?:en|a|al) )?(?:el |la |mi |nuestro |nuestra )?"
    rf"{_SITE} (?:de|del|en) (?:la |el )?)[A-ZÁÉÍÓÚÑ][\w-]+"
)
#: Trouble in a named neighbourhood, opening a sentence: "Diluvio en Chacao", "Sin luz en Ñuñoa".
_TROUBLE_NAMED = compiled(
    r"(?i:(?:^|(?<=[.!?]\s))(?:apagón|se fue la luz|sin luz|diluvio|aguacero|tormenta"
    r"|inundación|balacera|tiroteo|tapón|trancón|temblor|corte de luz|corte de agua)"
    r"(?: [a-záéíóúñ]+){0,3}? en (?:el |la )?)[A-ZÁÉÍÓÚÑ][\w-]+"
)
#: The author there while it happens: working, or "aquí", "yo", "estoy".
_THERE = compiled(r"\b(?:atendiendo|trabajando|aquí|acá|yo|estoy|seguimos|sigo|ando)\b")
_CLIP = r"pa['’]l?"
#: Going, clipped: "salgo ahorita pa' Bayamón", "me voy pa'l centro"; not "pa' que", "pa' ver".
GOING_CLIPPED = compiled(
    r"(?i:\b(?:saliendo|salgo|salimos|voy|vamos|me voy|nos vamos|rumbo|de camino|llegando"
    r"|yendo|bajando|subiendo|arrancando|arranco|manejando|guiando|volviendo|regresando)"
    rf"(?: (?:ahora|ya|hoy|mañana|temprano|orita|ahorita|de una))? {_CLIP} ?"
    r"(?:la |el )?)(?:[A-ZÁÉÍÓÚÑ][\w-]+|(?i:centro|campo|pueblo|playa|aeropuerto|capital"
    r"|hospital|consultorio|casa|colmado|súper|oficina)\b)"
)
#: Stuck in traffic, clipped: "atorao en la Kennedy", "trancao en el puente"; timed or mine.
_STUCK_CLIPPED = compiled(r"\b(?:atascao|atascá|atorao|atorá|trancao|tapao|varao|parao)\b")
_MINE_OR_TIMED = compiled(
    r"\b(?:estoy|llevo|voy|ando|sigo|yo|sin moverme|\d+ (?:minutos|min|horas?))\b"
)


def sites(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of the author at a named site, going somewhere in clipped speech, or stuck.

    Args:
        text: the draft (plain quotes), already known to be Spanish.
        low: `text` lower-cased (same offsets).
    """
    found = [m.span() for m in SITE_NAMED.finditer(text)] if " de" in low or " en " in low else []
    if "pa'" in low or "pa’" in low:
        found += [m.span() for m in GOING_CLIPPED.finditer(text)]
    if _THERE.search(low):
        found += [m.span() for m in _TROUBLE_NAMED.finditer(text)]  # "Diluvio en Chacao…"
    if "ao " in low or "á " in low or "ao," in low:
        for m in _STUCK_CLIPPED.finditer(low):
            if _MINE_OR_TIMED.search(low, max(0, m.start() - 60), m.end() + 80):
                found.append(m.span())
    return found
