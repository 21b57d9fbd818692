"""A Spanish client story told as a clinician's note, a case brought or a slot on the day.

The other Spanish readers want an article, a client word and a verb told of
the person. Clinicians in Peru, Puerto Rico and elsewhere also write one
client the way a chart or a hallway note does, in every country's Spanish:

- a case headed as a case ("Caso que me tiene pensando:", "Caso difícil:")
  or brought to supervision ("mi supervisada presentó caso hoy", "en
  supervisión revisamos el caso de una colega");
- a bare person word and an age opening a sentence, in a question to peers
  or a note ("Nena de 6 en primer grado, no habla en el salón. ¿Ideas?");
- a new or referred client ("Paciente nuevo el lunes, derivado de
  neurología, dx provisional…");
- an honorific, a name and an age in apposition ("Don Julio, 81, vino…");
- a record by its number ("la historia clínica 12-334 está incompleta");
- a family in therapy doing something to the author, the sessions named
  ("la familia Pérez nos trajo tamales tras la sesión");
- the hour slot as a person ("mi 5pm canceló otra vez"), or the client
  named by where they come from ("la de Bayamón que faltó otra vez");
- the day's clients as a group, told ("mis pacientes de hoy llegaron…");
- a client's relative named with the client's name, a message or the care
  near ("audio de la mamá de Brenda a medianoche", "el papá de Tomás R.
  no firmó la evaluación");
- a client addressed by name in an open note of pride ("Rosa, si me lees:
  estoy orgullosa de ti").

Quiet: plurals in general ("los pacientes suelen…"), practice news and FAQs
("¿paciente nuevo? así es la primera cita"), workshops ("niños de 6 a 12
años"), teaching cases, stories on screen or in books, and parents of the
author's readers ("¿mamá de 3?").
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_spanish_grammar import (
    CLIENT_NOUN,
    NOT_OURS,
    PAST,
    PERSON_NOUN,
    TO_ME,
    general,
)
from dualdesk.core.guards.substrings import holds_any

_START = r"(?:^|(?<=[.!?:\n])\s*|(?<=[.!?:]) )"
#: A case headed as one, or brought to supervision.
_CASE = compiled(
    rf"{_START}(?:un |el |este )?caso (?:que me tiene (?:pensando|preocupad[oa]|dando vueltas"
    r"|sin dormir|inquiet[oa])|de (?:hoy|esta semana)|difícil|complicad[oa]|para pensar)\s?:"
    r"|\b(?:mi|una|un|el|la) (?:supervisee|supervisad[oa]|supervisand[oa]|practicante|residente"
    r"|pasante|interna?) (?:(?:me|nos) )?(?:presentó|trajo|llevó|expuso|compartió|planteó)"
    r" (?:(?:hoy|ayer) )?(?:un |el |su |este |otro )?caso\b"
    r"|\ben (?:la )?supervisión(?: de hoy)?,? (?:(?:hoy|ayer) )?(?:revisamos|vimos|discutimos"
    r"|comentamos|analizamos|pensamos|presenté|llevé) (?:el|un) caso\b"
)
#: A case made up, taught or published, not a client's.
_TAUGHT = compiled(
    r"\b(?:clase|curso|examen|inventad[oa]|fictici[oa]|hipotétic[oa]|ejemplo|simulad[oa]"
    r"|de estudio)\b"
)
#: A bare person word and an age opening a sentence: "Nena de 6 en…", "Adolescente de 15,".
_AGED = compiled(
    rf"{_START}(?!(?:mam|pap|madre|padre))(?:{CLIENT_NOUN}|{PERSON_NOUN})(?: [a-záéíóúñ]+)?"
    r" de \d{1,2}(?: años| añitos| meses)?(?=,| en | con | que | y | sin | del? )"
    r"(?! (?:a|y) \d)"
)
#: A new or referred client: "Paciente nuevo el lunes", "consultante derivada de…".
_NEW = compiled(
    rf"{_START}{CLIENT_NOUN} nuev[oa]\b"
    rf"|\b{CLIENT_NOUN},? (?:nuev[oa],? )?(?:referid[oa]|derivad[oa]) (?:del|de la|de|por)\b"
)
#: What places a new client on the author's books: a date, an hour, a diagnosis, an intake.
_BOOKED = compiled(
    r"\b(?:dx|diagnóstico|alta|intake|hoy|mañana|lunes|martes|miércoles|jueves|viernes"
    r"|\d{1,2}\s?(?:am|pm|hs)|\d{1,2}/\d{1,2})\b"
)
#: An honorific, a name and an age in apposition: "Doña Carmen, 93,".
_HONORIFIC_AGED = compiled(
    r"\b(?:doña|don|señora|señor|sra\.|sr\.) [^\W\d_]+,? \d{1,3}(?: años)?,"
)
#: A client's record by its number.
_RECORD = compiled(
    r"\b(?:expediente|historia clínica|ficha clínica|hc|número de caso)"
    # a number, not a year ("Expediente 2024: el año en…")
    r"(?: (?:n[º°o]\.?|núm\.?|#))? ?(?!(?:19|20)\d\d(?![\d-]))\d[\d-]{3,}"
)
#: A session of something else than care: "sesión de fotos", "sesión de yoga".
_NOT_CARE = (
    r"(?! (?:de|del) (?:fotos|yoga|gym|ejercicio|entrenamiento|cine|firmas|estudio|spa|masajes"
    r"|maquillaje|grabación|preguntas|el congreso|la junta|la asamblea|la cámara|el senado))"
)
#: A family doing something to the author: "la familia Pérez nos trajo…".
_FAMILY_TO_ME = compiled(
    rf"\b(?:la|una|esta) familia\b(?! de (?:mi|mis|nuestr)\b)[^.!?;\"]{{0,60}}?"
    # one short abbreviation on the way: "de la urb. santa rosa", "de la av. central"
    r"(?:\b[a-z]{2,4}\. [^.!?;\"]{0,40}?)?\b(?:me|nos)"
    rf" {TO_ME}\b"
)
#: The family's therapy named in the post, not a photo shoot.
_FAMILY_CARE = compiled(rf"\b(?:sesión|sesiones|terapia|consulta|proceso)\b{_NOT_CARE}")
#: What a client in a slot does, in unaccented, hurried writing too: "mi 6pm cancelo"; not
#: what an alarm or a class does ("mi 7am sonó").
_SLOT_ACT = (
    r"(?:canceló|cancela|cancelo|faltó|falta|falto|no vino|no viene|no llegó|no llego|llegó|llego"
    r"|llega|reagendó|avisó|aviso|escribió|lloró|trajo|dijo|volvió|pidió|se fue|me dijo)"
)
#: The hour slot as a person, and the client named by where they come from.
_SLOT = compiled(
    rf"\bmi \d{{1,2}}(?::\d\d)?\s?(?:pm|am|hs|h)\b,? (?:(?:ya|hoy|otra vez|de nuevo|me|se) )*"
    rf"{_SLOT_ACT}\b"
    r"|\b(?:la|el) de (?!(?:las?|los|el|mi|su|tu|arriba|abajo|al lado|enfrente)\b)[a-záéíóúñ]+"
    r" que (?:(?:hoy|ya|otra vez) )?(?:canceló|cancelo|faltó|no vino|no llegó|no se presentó"
    r"|volvió a cancelar)\b(?! (?:la|el|las|los|su|mi|nuestr)\b)"
)
#: The day's clients as a group, then told: "mis pacientes del hospital hoy vinieron…".
_MY_DAY = compiled(
    r"\bmis (?:pacientes|consultantes|clientas|clientes|usuari[oa]s)"
    r"(?: (?:de|del) (?:la |el )?[a-záéíóúñ]+)?,? (?:de )?(?:hoy|ayer|esta (?:mañana|tarde))\b"
    rf"(?: [^\s.!?,;:]+){{0,2}}? (?:{PAST}|[a-záéíóúñ]{{3,}}(?:aron|ieron))\b"
)
#: Customers of some other place, on the personal account: "una clienta de la peluquería",
#: "mis clientes de la tienda"; the author's are of the consultorio, the consulta, the therapy.
ELSEWHERE = compiled(
    r"\bclient(?:e|a|es|as) (?:de|del) (?!(?:la |el |mi )?(?:consult|terapia|sesi|psic))[a-z]"
)
#: A message from a client's relative: "audio de la mamá de una paciente", "llamada del papá de…".
_KIN_WROTE = compiled(
    r"\b(?:mensaje|texto|audio|whatsapp|llamada|correo|email|nota) (?:de (?:la|el)|del)"
    r" (?:mamá|mama|papá|papa|madre|padre|abuel[oa]|tí[oa]|herman[oa]|espos[oa]|pareja|familia)"
    rf" de (?:un|una|mi|la|el) (?:{CLIENT_NOUN}|{PERSON_NOUN})\b"
)
#: The author assessing or receiving one person, first person: "evalué hoy a un chamo de 8".
_ASSESSED = compiled(
    r"\b(?:evalué|atendí|valoré|recibí|entrevisté|ingresé|acompañé|he evaluado|he atendido"
    r"|(?:terminé|empecé|cerré|hice) (?:la|una) (?:evaluación|valoración|entrevista) (?:de|a))"
    rf"(?: (?:hoy|ayer|esta mañana|esta tarde))? (?:a )?(?:un|una) {PERSON_NOUN}\b"
)
#: A session headed by its day, then told: "Sesión familiar hoy: el papá pidió perdón".
_SESSION_HEAD = compiled(
    rf"{_START}(?:la |mi |una )?sesión{_NOT_CARE} (?:[a-záéíóúñ]+ ){{0,3}}?(?:de )?(?:hoy|ayer"
    rf"|esta (?:mañana|tarde)|anoche)\s?:[^.!?]{{0,80}}?\b{PAST}\b"
)
#: A relative named with the client's name, for `_KIN_NAMED` (case read in the draft).
_KIN_NAMED = compiled(
    r"(?i:\b(?:la|el) (?:mamá|mama|papá|papa|madre|padre|abuela|abuelo|tía|tío) de )"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?: [A-ZÁÉÍÓÚÑ]\.)?(?! [A-ZÁÉÍÓÚÑ][a-záéíóúñ])"
)
#: What makes the relative a client's: the care named, or a message to the author.
_KIN_CARE = compiled(
    r"\b(?:evaluación|evaluando|sesión|sesiones|consulta|terapia|caso|expediente|cita|intake"
    r"|texto|mensaje|audio|whatsapp|llamada|correo|email)\b"
)
#: A client addressed by name in an open note of pride (case read in the draft).
_ADDRESSED = compiled(r"^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?: [A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?, ")
_PRIDE = compiled(r"\b(?:orgullos[oa] de ti|si me (?:lees|ves|escuchas))\b")
#: A recovery told of the one addressed: "su primera semana sin tomar".
_RECOVERY = compiled(
    r"\bsin (?:tomar|beber|consumir|fumar|cortarte|cortarse|lastimarte|autolesionarte)\b"
    r"|\b(?:sobriedad|recaída|recaer|rehabilitación)\b"
)


def _closed(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of the shapes that want case or a second word: kin named, a name addressed."""
    found = []
    if " de " in low and _KIN_CARE.search(low):
        found += [m.span() for m in _KIN_NAMED.finditer(text)]
    if ", " in text and _PRIDE.search(low) and _RECOVERY.search(low):
        m = _ADDRESSED.match(text)
        if m is not None:
            found.append(m.span())
    return found


def spans(text: str, low: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a Spanish client story told as a note, a case brought or a slot.

    Args:
        text: the draft, plain (names are read in their case).
        low: `text` lower-cased (offsets equal to the draft's), already known to be Spanish.
        professional: whether the draft is for the professional account.

    Returns:
        Spans of each story clause found; on the personal account only the day's clients.
    """
    if NOT_OURS.search(low):
        return []
    found: list[tuple[int, int]] = []
    if "mis " in low:
        found += [m.span() for m in _MY_DAY.finditer(low)]
    if not professional:
        return [(s, e) for s, e in found if not general(low, s)]
    if "caso" in low and not _TAUGHT.search(low):
        found += [m.span() for m in _CASE.finditer(low)]
    if " de " in low and ("?" in low or _BOOKED.search(low)) and not _TAUGHT.search(low):
        found += [m.span() for m in _AGED.finditer(low)]
    if ("nuev" in low or "rid" in low or "vad" in low) and _BOOKED.search(low):
        found += [m.span() for m in _NEW.finditer(low) if "?" not in low[m.end() : m.end() + 3]]
    if "do" in low or "señ" in low or "sr" in low:
        found += [m.span() for m in _HONORIFIC_AGED.finditer(low)]
    if holds_any(low, ("expediente", "historia", "ficha", "hc", "caso")):
        found += [m.span() for m in _RECORD.finditer(low)]
    if " de " in low:
        found += [m.span() for p in (_KIN_WROTE, _ASSESSED) for m in p.finditer(low)]
    if "sesión" in low:
        found += [m.span() for m in _SESSION_HEAD.finditer(low)]
    if "familia" in low and _FAMILY_CARE.search(low):
        found += [m.span() for m in _FAMILY_TO_ME.finditer(low)]
    if " mi " in f" {low}" or " que " in low:
        found += [m.span() for m in _SLOT.finditer(low)]
    # a name makes the person one, even in "si alguien conoce a la mamá de…"
    return [(s, e) for s, e in found if not general(low, s)] + _closed(text, low)
