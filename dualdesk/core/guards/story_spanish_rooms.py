"""A Spanish story of who was in the room: a couple, a family, one of a group, an hour.

The other Spanish readers single out one client by an article and a noun.
Clinicians in any country also tell the day's session by who came in
together, or by the group one person belongs to:

- a session with a couple or a family, on a day ("la sesión de hoy con la
  familia fue intensa", "la consulta de ayer con una pareja"), or the
  couple or family acting in it ("hoy una pareja pasó la sesión
  discutiendo", "una familia en consulta llegó sin el hijo");
- one member of the author's group and what they did or said ("una
  adolescente del grupo de los miércoles dijo", "un chico de mi grupo de
  duelo me escribió", "alguien de nuestro grupo se quedó después");
- a supervisee's case told as it happened ("supervisé hoy el caso de una
  colega: paciente que le escribe de noche", "mi supervisada tiene un caso
  donde el agresor la contactó");
- the hour as a person with no "de las" ("Mi 4pm, el chamo que…", "mi 5pm
  canceló", "Mi 2pm de hoy: '…'").

Quiet: couples and families in general ("una pareja que discute…",
"si la familia…"), friends' and hobby groups, the author's own family,
a free hour offered, and on the personal account a group not named as therapy
and the hour ("mi 4pm canceló y me fui a la playa" is the author's free afternoon).
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

_CLITICS = r"(?:(?:me|se|le|lo|la|nos|les|ya|hoy|ayer|no|por fin|finalmente) )*"
_WHEN = compiled(r"\b(?:hoy(?! (?:en )?día)|ayer|anoche|esta (?:mañana|tarde|noche|semana))\b")
_ROOM = compiled(r"\b(?:sesi(?:ón|ones)|consulta|terapia)\b")
#: A session with a couple or a family: "la sesión de hoy con la familia".
_SESSION_WITH_THEM = compiled(
    r"\b(?:la|una|mi) (?:sesión|consulta|terapia|entrevista)"
    r"(?: de (?:hoy|ayer|esta (?:mañana|tarde)|anoche))?"
    r" con (?:la|una|esta|esa) (?:familia|pareja)\b"
)
#: A couple or a family acting in the room: "una pareja en sesión discutió".
_THEY_ACTED = compiled(
    r"\b(?:una|la|esta|esa) (?:pareja|familia)(?: (?:en|de) (?:sesión|consulta|terapia|la tarde))?"
    rf" {_CLITICS}{PAST}\b"
)
_PAST_WORD = compiled(rf"\b{PAST}\b")
#: One member of a group: "una adolescente del grupo de los miércoles", "alguien de mi grupo".
_MEMBER = compiled(
    rf"\b(?:(?:un|una|el|la) (?:{PERSON_NOUN}|{CLIENT_NOUN}|integrante|miembro)|alguien|un[oa])"
    r" (?:del|de mi|de nuestro|de este) grupo(?: de [^\s.!?,;:]+(?: [^\s.!?,;:]+)?)?,?"
    rf"(?: (?:hoy|ayer|esta (?:mañana|tarde)),?)? {_CLITICS}(?:{TO_ME}|{PAST})\b"
)
#: A group of the author's own life or of peers: not a therapy group.
_NOT_THERAPY = compiled(
    r"\bgrupo de (?:amig[oa]s|whatsapp|wsp|wasap|yoga|pilates|baile|running|ciclismo|la iglesia"
    r"|oración|lectura|estudio|supervisión|intervisión|colegas|compañer[oa]s|trabajo|mamás"
    r"|papás|la familia|la universidad|la u|investigación|coro|teatro|trekking|montaña)\b"
)
#: A group the author leads, for the personal account (a grief group may be the author's own).
_THERAPY_GROUP = compiled(r"\bgrupo de (?:adolescentes|pacientes|consultantes|usuari[oa]s)\b")
#: A supervisee's case: "supervisé el caso de una colega", "mi supervisada tiene un caso".
_SUPERVISED_CASE = compiled(
    r"\b(?:supervis(?:é|amos|o|ando) (?:hoy |ayer )?(?:el|un) caso de (?:una|un|mi) [a-záéíóúñ]+"
    r"|mis? supervisad[oa] (?:tiene|trae|trajo|tenía|llevó|atiende|lleva) (?:un|el) caso\b)"
)
#: What makes it one case: a client in it, a time, or something that happened in it.
_CASE_DETAIL = compiled(
    rf"[:,] (?:{CLIENT_NOUN}|{PERSON_NOUN})\b|\b(?:donde|en el que|en que|cuyo|cuya)\b"
    r"|\b(?:hoy|ayer|anoche)\b"
)
#: The hour as a person: "Mi 4pm, el chamo…", "mi 5pm canceló", "Mi 2pm de hoy: '…'".
_HOUR_PERSON = compiled(
    r"\bmi (?:\d{1,2}(?::\d\d)?) ?(?:pm|am|p\.m\.|a\.m\.|hs|h)"
    rf"(?:,? (?:el|la) (?:{PERSON_NOUN}|{CLIENT_NOUN})\b|(?: de (?:hoy|ayer))?: ?['\"«“]"
    rf"| {_CLITICS}{PAST}\b)"
)


def _couples(low: str) -> list[tuple[int, int]]:
    """A couple or family in the day's session, told in the past, not a general claim."""
    found = []
    for pattern in (_SESSION_WITH_THEM, _THEY_ACTED):
        for m in pattern.finditer(low):
            s, e = sentence_bounds(low, m.start())
            if (
                _WHEN.search(low, s, e)
                and (_ROOM.search(low, s, e) or pattern is _SESSION_WITH_THEM)
                and (pattern is _THEY_ACTED or _PAST_WORD.search(low, m.end(), e))
                and not general(low, m.start())
            ):
                found.append(m.span())
    return found


def _members(low: str) -> list[tuple[int, int]]:
    """One member of the author's therapy group who said or did something."""
    return [
        m.span()
        for m in _MEMBER.finditer(low)
        if not hobby_group(low, *sentence_bounds(low, m.start())) and not general(low, m.start())
    ]


def hobby_group(low: str, start: int, end: int) -> bool:
    """Whether the span names someone of a friends', hobby or peers' group, not a client."""
    return _NOT_THERAPY.search(low, start, end) is not None


def spans(low: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a Spanish story of a couple, a family, a group member or an hour in the room.

    Args:
        low: the draft lower-cased (offsets equal to the draft's), already known to be Spanish.
        professional: whether the draft is for the professional account.

    Returns:
        Spans of each story clause found.
    """
    found: list[tuple[int, int]] = []
    if "pareja" in low or "familia" in low:
        found += _couples(low)
    if "grupo" in low and (professional or _THERAPY_GROUP.search(low)):
        found += _members(low)
    if "supervis" in low:
        for m in _SUPERVISED_CASE.finditer(low):
            end = sentence_bounds(low, m.start())[1]
            if _CASE_DETAIL.search(low, m.start(), end) and not general(low, m.start()):
                found.append(m.span())
    if professional and "mi " in low and ("pm" in low or "am" in low or "h" in low):
        found += [m.span() for m in _HOUR_PERSON.finditer(low)]
    return found
