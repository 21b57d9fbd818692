"""A Spanish client story marked by what only a caseload has: an age, a slot, a session count.

Clinicians across Latin America point at one client without a client word,
by the marks their day puts on people:

- a person and a bare age, then an event ("una nena de 9 armó…", "una
  señora de 80 me contó…"): a case as it is written in a chart;
- a person out of the author's group or the author's weekday ("un chico de
  mi grupo hoy: «…»", "el chico de mis viernes trajo…");
- the count of sessions, then what the person said or did ("en la tercera
  entrevista dice…", "a la segunda sesión lloraba…");
- someone the author has just seen ("el señor que acabo de atender…");
- a person at an hour of the author's day ("la señora de las 11 me contó…");
- one person's missed appointments ("tu hijo no vino a sus sesiones");
- a referral asked for one person ("necesito psiquiatra para un nene");
- a bed on a ward with an admission ("cama 8, internado hace…");
- a post that opens on words said to the author and names the clinical
  frame ("Me dijo «…» … transferencia"), or closes on "sesión de hoy".

Quiet: general frames ("si un paciente…"), stories on screen or in books,
plurals ("los chicos de 7 dibujan…"), and the author's own family ("mi
hijo faltó a clases").
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_spanish_grammar import (
    CLIENT_NOUN,
    NOT_OURS,
    ONE,
    PAST,
    PERSON_NOUN,
    SETTING,
    TO_ME,
    general,
)
from dualdesk.core.guards.substrings import holds_any

_WHO = rf"(?:{CLIENT_NOUN}|{PERSON_NOUN})"
_CLITICS = r"(?:(?:me|se|le|lo|la|nos|les|ya|hoy|ayer|no|recién|por fin) )*"
_DAYS = r"(?:lunes|martes|miércoles|jueves|viernes|sábados?)"
_HOUR = r"(?:\d{1,2}(?::\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
#: A person and a bare age, then an event: "un pibe de 19 llegó", "una nena de 9 me preguntó".
_AGED_EVENT = compiled(rf"\b{ONE} {_WHO} de \d{{1,2}}(?: años)?,? {_CLITICS}{PAST}\b")
#: A person out of the author's group or weekday: "un chico de mi grupo hoy: «…»",
#: "una chica del grupo de los martes cantó", "el chico de mis viernes trajo".
_OF_MY_DAYS = compiled(
    rf"\b(?:{ONE}|mi) {_WHO} de mis {_DAYS}\b"
    rf"|\b{ONE} {_WHO} (?:de mi|del) grupo(?: de (?:los|las) {_DAYS})?"
    rf"(?:(?: hoy| ayer)?: ?[\"'“«]|(?: [^\s.!?,;:\"]+){{0,2}}? {_CLITICS}{PAST}\b)"
)
_ORDINAL = (
    r"(?:primera|segunda|tercera|cuarta|quinta|sexta|séptima|octava|novena|décima|última"
    r"|\d{1,2}(?:ª|a)?)"
)
#: The count of sessions, then what the person said or did in it.
_NTH_SESSION = compiled(
    rf"\b(?:en|a|para) la {_ORDINAL} (?:sesión|entrevista|consulta|cita)\b"
    rf"[^.!?;]{{0,50}}?\b(?:dice|cuenta|pregunta|trae|(?:me|nos) {TO_ME}|{PAST})\b"
)
#: Someone the author has just seen: "el señor que acabo de atender".
_JUST_SEEN = compiled(
    rf"\b{ONE} {_WHO} (?:que|a (?:la|el) que|a quien|con (?:la|el) que|con quien)"
    r" (?:acabo|acabamos) de (?:ver|atender|valorar|evaluar|despedir|recibir|entrevistar"
    r"|dar de alta|ingresar)\b"
)
#: A person at an hour of the author's day; an hour of the clock ("de las 6 de la tarde") is not.
_AT_HOUR = compiled(rf"\b(?:el|la|mi) {_WHO} de las? {_HOUR}(?:\s?(?:pm|am|hs|h))?\b(?! de la| y)")
#: One person's missed appointments: "la paciente faltó a la consulta", "tu hijo no vino a sesión".
_MISSED = compiled(
    rf"\b(?:mi {CLIENT_NOUN}|(?:el|la|tu|su) (?:{_WHO}|hij[oa]|chiquit[oa]))"
    r" (?:ya |otra vez |de nuevo )?(?:faltó|ha faltado|no vino|no ha venido|no llegó"
    r"|no se presentó|dejó de venir) a (?:(?:[a-záéíóúñ]+|\d+) ){0,3}?"
    r"(?:citas?|sesión|sesiones|consultas?|terapia|turnos?|controles)\b"
)
#: A referral asked for one person: "busco derivación urgente para una adolescente".
_REFERRAL_ASK = compiled(
    r"\b(?:busco|buscamos|necesito|necesitamos|pido|solicito)(?: una| un)?"
    r" (?:derivación|derivar|interconsulta|lugar|cupo|turno|psiquiatra|terapeuta|psicólog[oa])"
    rf"(?: [a-záéíóúñ-]+){{0,4}}? para (?:un|una|este|esta|mi {CLIENT_NOUN}) {_WHO}\b"
)
#: A bed on a ward, with the admission or the patient: "cama 8, internado hace dos…".
_BED = compiled(r"\bcama (?:n[°º.] ?)?\d{1,3}\b")
_ADMITTED = compiled(r"\b(?:ingresad[oa]|internad[oa]|hospitalizad[oa]|paciente|pabellón|sala)\b")
#: A post opening on words said to the author: "Me dijo «…»", "Hoy me preguntó: '…'".
_OPENS_TOLD = compiled(
    r"\s*(?:hoy |ayer )?me (?:dijo|dice|contó|preguntó|soltó|escribió|confesó)[:,]? ?[\"'“«]"
)
_FRAME = compiled(
    r"\b(?:transferencia|contratransferencia|sesión|consulta|consultorio|análisis|analizante"
    r"|tratamiento|terapia|encuadre|entrevista)\b"
)
#: A quote closed with the day's session as its source: "… «…». Sesión de hoy."
_TODAYS_SESSION = compiled(
    r"(?:^|[.!?…]\s+)(?:sesión|consulta|entrevista|consultorio) de"
    r" (?:hoy|ayer|esta (?:mañana|tarde))"
    r"\s*[.!…]?\s*(?:[^\s.!?]+[.!?…]?\s*){0,4}$"
)
_QUOTES = ("'", '"', "“", "«")


def _ungated(low: str, professional: bool) -> list[tuple[int, int]]:
    found = [m.span() for p in (_OF_MY_DAYS, _NTH_SESSION, _JUST_SEEN) for m in p.finditer(low)]
    if "falt" in low or "no vino" in low or "no llegó" in low or "dejó de" in low:
        found += [m.span() for m in _MISSED.finditer(low)]
    if professional or SETTING.search(low) is not None:
        if " de " in low and any(c.isdigit() for c in low):
            found += [m.span() for m in _AGED_EVENT.finditer(low)]
        found += [m.span() for m in _REFERRAL_ASK.finditer(low)]
    return found


def _slots(low: str) -> list[tuple[int, int]]:
    """A person at an hour, when the sentence also tells what they did or said."""
    found: list[tuple[int, int]] = []
    for m in _AT_HOUR.finditer(low):
        after = low[m.end() : m.end() + 60]
        before = low[max(0, m.start() - 30) : m.start()]
        if _TOLD.search(before) or _TOLD.match(after, 0) or _DID.match(after):
            found.append(m.span())
    return found


_TOLD = compiled(rf"\b(?:me|nos) {TO_ME}\b")
_DID = compiled(rf"[^.!?;:]{{0,30}}?\b(?:(?:me|nos) {TO_ME}|{PAST}|dice|cuenta)\b")


def _framed(low: str, professional: bool) -> list[tuple[int, int]]:
    """A post opening on words said to the author, or closing on the day's session."""
    if not professional or not holds_any(low, _QUOTES):
        return []
    found: list[tuple[int, int]] = []
    m = _OPENS_TOLD.match(low)
    if m is not None and _FRAME.search(low) is not None:
        found.append(m.span())
    if "de hoy" in low or "de ayer" in low or "de esta" in low:
        found += [m.span() for m in _TODAYS_SESSION.finditer(low)]
    return found


def spans(low: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a Spanish client story marked by an age, a slot, a session count or a bed.

    Args:
        low: the draft lower-cased (offsets equal to the draft's), already known to be Spanish.
        professional: whether the draft is for the professional account.
    """
    if NOT_OURS.search(low):
        return []
    found = _ungated(low, professional)
    if " de la" in low or " de las" in low:
        found += _slots(low)
    if "cama" in low:
        found += [m.span() for m in _BED.finditer(low) if _ADMITTED.search(low)]
    found += _framed(low, professional)
    return [(s, e) for s, e in found if not general(low, s)]
