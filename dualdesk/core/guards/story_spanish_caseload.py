"""A Spanish client story told through the author's caseload, referrals and day.

Latin American clinicians (Chile's "caseload", Mexico's "agenda", Argentina's
"consultorio") point at one client by where they come from rather than by a
noun and a verb right after it:

- someone out of the author's caseload or a named group told or wrote
  something ("alguien de mi agenda me escribió", "una persona del grupo de
  duelo contó hoy…");
- the author acted on one client in the first person ("derivé a una
  paciente a neurología", "di de alta a un consultante");
- a family or a client who finished or did their therapy with the author
  ("una familia que cerró proceso", "un señor que atendí en marzo");
- the day's clients, passed between in one breath ("pasar de una señora que
  … a un chico con …");
- a later post of a numbered thread going on with what the client said
  ("2/ A la salida me dice «…»").

Quiet: general frames ("si derivas a un paciente…"), a WhatsApp or school
group, the author's friends and family, and advice threads with no words
told to the author.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_spanish_grammar import (
    CLIENT_NOUN,
    NOT_OURS,
    ONE,
    PERSON_NOUN,
    TO_ME,
    general,
)
from dualdesk.core.guards.substrings import holds_any

_WORD = r"[a-záéíóúñ]+"
#: A group of care, by its day or its kind: "el grupo de los martes", "el taller de duelo".
_CARE_GROUP = (
    r"(?:grupo|taller)(?: (?:de|del) (?:los|las) (?:lunes|martes|miércoles|jueves|viernes|sábados)"
    r"| (?:de|para) (?:duelo|apoyo|padres|madres|mujeres|hombres|adolescentes|jóvenes|adultos"
    r"|cuidadores|habilidades|ansiedad|autoayuda|familiares)| terapéutico)"
)
_TELLS = rf"[^.!?;]{{0,40}}?\b(?:(?:me|nos|le|les) )?{TO_ME}\b"
#: Someone out of the author's caseload, then telling or writing: a client on either account.
_FROM_MY_BOOKS = compiled(
    r"\b(?:alguien|una persona|un[oa]? (?:chic[oa]|señora?|mamá|papá|joven)) (?:de|del) "
    r"(?:mi|mis|nuestr[oa]s?) (?:caseload|agenda|consulta|consultorio|lista|pacientes"
    rf"|consultantes|usuari[oa]s|casos)\b{_TELLS}"
)
#: Someone out of a group of care, then telling: on the personal account the author may be
#: a member of the group, so only on the professional one.
_FROM_CARE_GROUP = compiled(
    r"\b(?:alguien|una persona|un[oa]? (?:chic[oa]|señora?|mamá|papá|joven)) (?:de|del) "
    rf"(?:(?:el|mi|nuestro) )?{_CARE_GROUP}\b{_TELLS}"
)
#: The author acting on one client, first person preterite: "derivé a un paciente".
_I_ACTED_ON = compiled(
    r"\b(?:[a-záéíóúñ]{3,}é|atendí|recibí|despedí|perdí|seguí|di de alta|di el alta)"
    rf" (?:hoy |ayer |hace \w+ \w+ )?a (?:un|una|mi|este|esta) (?:{CLIENT_NOUN}|familia)\b"
)
#: A family or a client who finished or did their therapy: "una familia que terminó proceso".
_DID_THERAPY = compiled(
    rf"\b{ONE} (?:familia|pareja|{CLIENT_NOUN}|{PERSON_NOUN}) (?:que|con (?:la|el) que|con quien)"
    r" (?:(?:ya|hoy|recién|ayer) )?(?:terminó|terminamos|cerró|cerramos|egresó|hizo|acompañé"
    r"|atendí|vi|tuve|dimos de alta|di de alta)\b(?: \w+){0,3}? (?:proceso|terapia|tratamiento"
    r"|sesiones|conmigo|el alta|en (?:consulta|sesión|el cesfam|el consultorio))"
)
#: The day's clients, passed between: "pasar de una señora que… a un ejecutivo con…".
_DAY_PASSED = compiled(
    rf"\b(?:pasar|paso|pasé|saltar|salto|salté) de {ONE} (?:{CLIENT_NOUN}|{PERSON_NOUN})"
    rf" (?:que|con|de)\b[^.!?;]{{0,100}}? a (?:un|una|otr[oa]) {_WORD}(?: {_WORD})?"
    r" (?:que|con|de)\b"
)
#: A later post of a numbered thread, then words told to the author: "2/ … me dice «…»".
_LATER = compiled(r"\s*\(?(?:[2-9]|1\d)\s?(?:/\s?(?:\d{1,2})?\)?|\))\s")
_TOLD_WORDS = compiled(
    r"\b(?:me|nos) (?:dice|dijo|cuenta|contó|pregunta|preguntó|suelta|soltó|confiesa|confesó"
    # what the client sent: "me mandó un audio: …", "me escribió: «…»"
    r"|manda|mandó|escribe|escribió|envía|envió)\b"
    # not a colleague or a friend writing: "me escribió una colega: …"
    r"(?! (?:un[oa] |mi |la |el )?(?:colega|amig[oa]|compañer[oa]|profe))"
    r"[^.!?\"«“]{0,16}?[\"«“:]"
)
#: On the personal account a group by its day is the author's own only if nothing clinical is
#: told: "un chico de mi grupo de los jueves … sobre su ansiedad" is a client group.
_DAY_GROUP = compiled(r"\bgrupo (?:de|del) (?:los|las) (?:lunes|martes|miércoles|jueves|viernes)")
_TOPIC = compiled(
    r"\b(?:ansiedad|depresión|duelo|pánico|trauma|autolesi\w+|consumo|adicción|terapia|sesión)\b"
)
_ALL = (_FROM_CARE_GROUP, _I_ACTED_ON, _DID_THERAPY, _DAY_PASSED)
#: A cheap gate: one of the words every shape needs.
_KEYS = (
    "alguien",
    "una persona",
    "é a ",
    "í a ",
    "alta a",
    " que ",
    "pas",
    "salt",
    "grupo",
    "taller",
)


def spans(low: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a Spanish client story told through the caseload, a referral or the day.

    Args:
        low: the draft lower-cased (offsets equal to the draft's), already known to be Spanish.
        professional: whether the draft is for the professional account.

    Returns:
        Spans of each story clause found; on the personal account only someone out of the
        author's caseload.
    """
    if NOT_OURS.search(low):
        return []
    found: list[tuple[int, int]] = []
    if "alguien" in low or "una persona" in low or " de mi" in low:
        found += [m.span() for m in _FROM_MY_BOOKS.finditer(low) if not general(low, m.start())]
    if not professional:
        if "grupo" in low and _DAY_GROUP.search(low) and _TOPIC.search(low):
            found += [m.span() for m in _FROM_CARE_GROUP.finditer(low) if _DAY_GROUP.search(m[0])]
        return found
    if holds_any(low, _KEYS):
        for pattern in _ALL:
            found += [m.span() for m in pattern.finditer(low) if not general(low, m.start())]
    if _LATER.match(low):
        found += [m.span() for m in _TOLD_WORDS.finditer(low)]
    return found
