"""Spanish client stories told by who the person is to the author, not by "mi paciente".

Latin American clinicians name a client the way their town names anyone:
by a title and a first name ("doña Tere vino a su sesión", "la señora
Marlene T. canceló otra vez"), by a family's surname ("la familia Quispe de
El Tejar", "a la familia R.G.:"), by initials and an age ("J.P.R. (15)",
"Sesión con A.M.") or a first name, an initial and an age ("Bryan L., 13
años"). They tell the case by how it came ("llegó derivada por la
fiscalía"), by how the session went ("la terapia de pareja terminó con ella
llorando"), by a member of a group ("hay una chica en el grupo de los
martes que…"), by one person of the plural just named ("mis pacientes…, una
de ellas me escribió"), by the hour ("tu paciente de las 6") and by a
composite they say they made ("caso compuesto", "cambiando detalles"), or
thank a client for a card ("gracias por la cartita, ya sabes quién eres").

Quiet: a title before a colleague's or a public figure's name with no
session or cancelled visit in the sentence ("doña Norma, nuestra secretaria,
cumple años"), a family on screen ("la familia Simpson"), referrals in
general ("si llega derivado por un juzgado…": `general`), and groups in
general ("hay chicos en los grupos que…": a plural).
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_spanish_grammar import (
    CLIENT_NOUN,
    PAST,
    PERSON_NOUN,
    TO_ME,
    general,
)
from dualdesk.core.guards.substrings import holds_any

#: A title before a first name, and the name (an initial may follow: "Marlene T.").
_TITLED = (
    r"\b(?:doña|don|la señora|el señor|la sra\.?|el sr\.?|la seño|la doña|el don)"
    r" [a-záéíóúñü]+(?: [a-záéíóúñü]\.)?"
)
#: What the titled person did in the sentence that only a client does with the author.
_CLIENT_ACT = (
    r"(?:canceló|cancela|faltó|falta|no vino|no llegó|no se presentó|reprogramó|volvió a cancelar"
    r"|(?:vino|llegó|viene|llega) (?:a|puntual a) (?:su|la) (?:sesión|cita|consulta|terapia)"
    r"|su (?:sesión|cita|consulta|terapia)|(?:en|a) (?:la )?(?:sesión|consulta|terapia))"
)
TITLED_CLIENT = compiled(rf"{_TITLED}[^.!?;\"]{{0,80}}?\b{_CLIENT_ACT}")
#: One person who comes on a weekday: "la cholita que viene los viernes", "el señor que tengo
#: los lunes".
WEEKLY_ONE = compiled(
    rf"\b(?:la|el|una|un|mi) (?:{CLIENT_NOUN}|{PERSON_NOUN})"
    r" (?:que|quien) (?:viene|llega|tengo|atiendo|veo) (?:los|cada|todos los)"
    r" (?:lunes|martes|miércoles|jueves|viernes|sábados?)\b"
)
#: A family by its surname or initials, on the professional account (case kept: a capital).
FAMILY = compiled(
    r"\b(?i:la|a la|de la|con la) (?i:familia) (?!(?:Real|Simpson|Addams|Telerín|Monster)\b)"
    r"(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+|(?:[A-Z]\.){1,3}[A-Z]?)"
)
#: What makes a named family the author's case: where they live, or the work with them.
_FAMILY_CASE = compiled(
    r"\b(?:de [A-ZÁÉÍÓÚÑ]|(?i:supervisión|proceso|sesión|sesiones|terapia|consulta|caso"
    r"|lograron|tarjet[ao]|tarjetita|gracias|orgullos[oa]))"
)
#: Initials with an age or in a session: "J.P.R. (15)", "A.M., 16 años", "sesión con A.M.".
INITIALS = compiled(
    r"\b(?:[A-Z]\.){2,4}(?=\s*\(\d{1,2}\)|,\s*\d{1,2} años)"
    r"|\b(?i:sesión|consulta|entrevista|terapia|cita) (?i:con) (?:[A-Z]\.){2,4}"
    # a first name and an initial with an age: "Bryan L., 13 años"
    r"|\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+ [A-Z]\.,? \d{1,2} años\b"
)
#: How one case came: "llegó derivada por la fiscalía", "Bryan, 13 años, derivado por".
REFERRED = compiled(
    r"\b(?:llegó|vino|me llegó|me lo mandaron|me la mandaron|fue|viene|llega|me llega)"
    r" derivad[oa] (?:por|de|desde|del|de la|después)\b"
    r"|\d{1,2} años, derivad[oa]\b"
)
#: A session told by how it ended or began with one of them acting.
SESSION_ENDED = compiled(
    r"\b(?:sesión|terapia|consulta|entrevista)(?: de (?:pareja|familia|grupo))?"
    r" que (?:terminó|acabó|empezó|arrancó) con (?:él|ella|el|la|un|una|mi)\b"
)
#: A member of the author's group: "hay un chico en el grupo de los jueves que…".
IN_GROUP = compiled(
    rf"\bhay (?:un|una) (?:{CLIENT_NOUN}|{PERSON_NOUN})"
    r" (?:en|de) (?:el|mi|nuestro) grupo(?: de [^\s.!?,;:]+(?: [^\s.!?,;:]+)?)? que\b"
)
#: One of the plural clients just named: "mis pacientes…; una de ellas me lloró".
ONE_OF_THEM = compiled(rf"\bun[oa] de ell[oa]s (?:(?:ya|hoy|ayer) )?(?:me|nos) {TO_ME}\b")
_PLURAL_CLIENTS = compiled(rf"\b(?:mis|los|las|nuestr[oa]s) {CLIENT_NOUN}s\b")
#: The hour as a person told to a peer: "que tu paciente de las 5 te diga".
YOUR_SLOT = compiled(
    rf"\btu {CLIENT_NOUN} de las? (?:\d{{1,2}}(?::\d\d)?|una|dos|tres|cuatro|cinco|seis|siete"
    r"|ocho|nueve|diez|once|doce)\b"
)
#: A composite or a retold case, as a heading: "Caso compuesto:", "…y cambiando detalles.".
COMPOSITE = compiled(
    r"\b(?:(?:caso|viñeta|historia) compuest[oa]|cambiando (?:algunos |los |varios )?detalles"
    r"|mezcla de varios casos)(?= ?[,:.;)(—-])"
)
#: A card thanked for, from someone the author does not name: "gracias por la tarjeta, ya
#: sabés quién sos".
CARD = compiled(
    r"\bgracias por (?:la|tu|su|esta|esa) (?:tarjeta|tarjetita|carta|cartita|notita|nota"
    r"|dibujo|dibujito)\b(?=[^.!?]{0,30}\bya sab[eé]s quién)"
)
#: A person, then a past event in a relative clause, in a post about the day's session.
VIGNETTE = compiled(
    rf"(?:^|(?<=[.!?] ))(?:un|una) (?:{PERSON_NOUN}) que (?:ya |todavía |aún )?{PAST}\b"
)
_SESSION_TODAY = compiled(
    r"\b(?:sesión|consulta|terapia)(?: de hoy)? (?:pesada|dura|difícil"
    r"|intensa|fuerte|larga|bonita|hermosa|complicada|movida)\b"
)
#: Someone told the author something in the session: "alguien me dijo hoy en sesión que…".
SOMEONE_IN_SESSION = compiled(
    rf"\balguien (?:me|nos) {TO_ME}(?: (?:hoy|ayer|esta (?:mañana|tarde)))?"
    r" en (?:la |una |plena |mi )?(?:sesión|consulta|terapia)\b"
    r"|\ben (?:la |una |plena )?(?:sesión|consulta|terapia)(?: de hoy)?,?"
    rf" alguien (?:me|nos) {TO_ME}\b"
)
#: A consult presenting one child or client with an age: "Tengo una nena de 9, Ana, que…".
HAVE_AGED = compiled(
    rf"\btengo (?:un|una) (?:{CLIENT_NOUN}|{PERSON_NOUN}) de \d{{1,2}}(?: años)?,"
)
#: A first name and a bare age in apposition, presenting a case: "Les cuento de Bryan, 15, de…".
NAME_AGED = compiled(r"(?<![\w.])[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+, \d{1,2}(?: años)?,")
#: Each low-text pattern with the words one of which the draft must hold before it runs.
_GATED = (
    (("doña", "don ", "señor", "sra", "sr.", "seño"), TITLED_CLIENT),
    (("que viene", "que llega", "que tengo", "que atiendo", "que veo", "quien viene"), WEEKLY_ONE),
    (("que terminó", "que acabó", "que empezó", "que arrancó"), SESSION_ENDED),
    (("hay un",), IN_GROUP),
    (("tu ",), YOUR_SLOT),
    (("derivad",), REFERRED),
    (("alguien",), SOMEONE_IN_SESSION),
)
_ROOM_WORDS = ("sesión", "consulta", "terapia", "cita", "entrevista")


def spans(text: str, low: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a Spanish story told by the person's title, family, initials or group.

    Args:
        text: the draft, plain (capitals mark surnames and initials).
        low: `text` lower-cased, same offsets; the draft is already known to be Spanish.
        professional: whether the draft is for the professional account.
    """
    found = [
        m.span() for keys, pattern in _GATED if holds_any(low, keys) for m in pattern.finditer(low)
    ]
    digits = any(c.isdigit() for c in low)
    if "." in low and (digits or " con " in low):
        found += [m.span() for m in INITIALS.finditer(text)]  # "A.P.R. (15)", "sesión con D.F."
    if "de ell" in low and _PLURAL_CLIENTS.search(low):
        found += [m.span() for m in ONE_OF_THEM.finditer(low)]
    if professional:
        found += [m.span() for m in CARD.finditer(low)] if "gracias por" in low else []
        found += [m.span() for m in NAME_AGED.finditer(text)] if digits else []
        for m in FAMILY.finditer(text) if "familia" in low else ():
            s = sentence_bounds(text, m.start())[0]
            after = min(len(text), m.end() + 120)  # initials' stops do not end the sentence
            if _FAMILY_CASE.search(text, m.end(), after) or _FAMILY_CASE.search(
                text, s, m.start()
            ):
                found.append(m.span())
        if holds_any(low, _ROOM_WORDS) and _SESSION_TODAY.search(low):
            found += [m.span() for m in VIGNETTE.finditer(low)]
    asked = [m.span() for m in HAVE_AGED.finditer(low)] if professional and "?" in low else []
    if "compuest" in low or "detalles" in low or "varios casos" in low:  # a heading
        asked += [m.span() for m in COMPOSITE.finditer(low)]
    return [(s, e) for s, e in found if not general(low, s)] + asked
