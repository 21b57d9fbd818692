"""More of a Spanish client story's grammar: the time it happened, the case owned, the setting.

`story_spanish_grammar.py` reads one client and a past verb right after
them. Spanish also tells the event around the person: a parenthesis or a
relative clause between the client and the verb ("una analizante, después
de dos años, hoy dijo…", "una consultante que hoy, por fin, …"), so a
singular client in a sentence that says when it happened ("hoy", "ayer",
"esta semana") is a story, and so is one followed by "me pasó hoy" (the
author telling it happened to them). It also names the story by the case
("tengo un caso que…", "me derivaron a una nena"), by what the client said
to the author with a clitic before the verb ("me lo preguntó hoy una
señora"), by "uno"/"una" standing for one of the clients just named ("mis
pacientes… hoy uno me contó"), by a person acting in a room of care ("en
el grupo de duelo una señora le dijo…"), and by a diary entry that opens
with the session ("Sesión difícil con una mamá que…").

What stays quiet: plural and general frames ("los pacientes suelen…",
"si un paciente…", "hoy en día"), stories on screen and in books,
colleagues, and the author's own family (no client word, no room of care).
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_spanish_grammar import (
    CLIENT_NOUN,
    NOT_OURS,
    ONE,
    PAST,
    PERSON_NOUN,
    TO_ME,
    general,
)

#: Words that tell when something happened, not a habit: "hoy", "esta semana", "recién".
_WHEN = (
    r"(?:hoy(?! (?:en )?día| por hoy| mismo)|ayer|anoche|recién|hace un rato|el otro día"
    r"|esta (?:mañana|tarde|noche|semana)|este (?:lunes|martes|miércoles|jueves|viernes))"
)
_WHEN_WORD = compiled(rf"\b{_WHEN}\b")
#: One client, singular: "una analizante", "el paciente", "mi consultante".
_ONE_CLIENT = compiled(
    rf"\b(?:(?:{ONE}|mi) {CLIENT_NOUN}|un[oa] de (?:mis|nuestr[oa]s) {CLIENT_NOUN}s)\b"
)
#: One person, on the professional account, when the sentence says when: "hoy una señora,
#: después de meses callada, por fin habló".
_ONE_PERSON = compiled(rf"\b{ONE} {PERSON_NOUN}\b(?! de (?:mi|mis|tu|tus|nuestr[oa]s?)\b)")
#: The author as witness, in the sentence or the next: "me", "yo", "escuché", "acompañé".
_WITNESS = compiled(r"\b(?:me|yo|conmigo|nos|[a-zñ]{3,}(?:é|aba))\b")
_PAST_WORD = compiled(rf"\b{PAST}\b")
#: The author says it happened to them: "me pasó hoy", "me ha pasado esta semana".
_HAPPENED = compiled(
    rf"\b(?:me|nos) (?:pasó|ha pasado|volvió a pasar|acaba de pasar)(?: \w+)? {_WHEN}\b"
    rf"|^\s*{_WHEN}\b"
)
#: What a client told with a clitic before the verb: "me lo preguntó hoy una señora".
_TOLD_WITH_CLITIC = compiled(
    rf"\b(?:me|nos) (?:lo|la|los|las) {TO_ME} (?:(?:{_WHEN}) )?(?:una|un|mi|el|la) "
    rf"(?:{CLIENT_NOUN}|{PERSON_NOUN})\b"
)
#: "uno"/"una" for one of the clients just named: "hoy uno me contó", "ayer una me ha dicho".
_ONE_OF_THEM = compiled(
    rf"\b{_WHEN},? (?:un[oa]|otr[oa])(?: de (?:ell[oa]s|ell[oa]))? (?:me|nos) (?:lo |la )?"
    rf"{TO_ME}\b"
)
_CLIENTS = compiled(rf"\b{CLIENT_NOUN}s\b")
#: A case on the author's books, or sent to them: "tengo un caso que", "me derivaron a una nena".
_CASE = compiled(
    r"\b(?:tengo|tuve|llevo|tenemos) (?:(?:hoy|ahora|ahora mismo|esta semana) )?un caso"
    r"(?: [^\s.!?,;:]+)?? (?:que|con|de|donde|en el que)\b"
    r"|\b(?:me|nos) (?:derivaron|derivan|han derivado|llegó|ha llegado|mandaron|han mandado)"
    rf" (?:hoy |ayer |esta semana )?(?:a )?(?:un|una) (?:caso|{CLIENT_NOUN}|{PERSON_NOUN})\b"
)
#: A room of care: "en el grupo de duelo", "en sesión", "en la guardia", "una consulta dura:".
_ROOM = compiled(
    r"\ben (?:(?:el|la|mi|un|una) )?(?:grupo|sesión|consulta|consultorio|guardia|taller"
    r"|entrevista|admisión|internación|terapia)\b"
    # a session named as the day's event: "me ha tocado una primera consulta durísima:"
    r"|\b(?:una|la|mi) (?:primera |última )?(?:sesión|consulta|entrevista|valoración"
    r"|admisión)(?: [a-záéíóúñ]+)?:"
)
#: One person acting, told after a room of care: "una señora le dijo a otra".
_ACTED = compiled(
    rf"\b{ONE} (?:{CLIENT_NOUN}|{PERSON_NOUN})\b(?: [^\s.!?,;:\"]+){{0,3}}? "
    rf"(?:(?:me|se|le|les|nos|lo|la|no|ya) )*{PAST}\b"
)
#: Someone whose visits to the author are sessions: "alguien que… no sale de su casa salvo
#: para venir a verme", "una señora que viene a consulta desde marzo".
_COMES_TO_ME = compiled(
    r"\b(?:alguien|una persona|una pareja|una familia|un[oa] de (?:mis|los|las) [a-záéíóúñ]+s"
    rf"|{ONE} (?:{CLIENT_NOUN}|{PERSON_NOUN}))\b[^.!?;]{{0,120}}?"
    r"\b(?:(?:viene|vino|venía|venir|ha venido|vuelve|volvió|volver) a (?:sesión|consulta|terapia"
    r"|análisis)|(?:salvo|solo|sólo|excepto|únicamente|nada más)\b[^.!?;]{0,40}?"
    r" para (?:venir|ir) a verme)\b"
)
#: Before the person, a relative, a colleague or a talk: then the person is theirs, or a case
#: presented ("mi supervisor me dijo que una paciente…", "mi mamá… la abuela salió bien").
_SOMEONE_ELSES = compiled(
    r"\bmis? (?:mamá|mama|madre|papá|papa|padre|viej[oa]|herman[oa]|abuel[oa]|hij[oa]|marido"
    r"|espos[oa]|novi[oa]|pareja|tí[oa]|prim[oa]|suegr[oa]|sobrin[oa]|amig[oa]|cuñad[oa]"
    r"|nuera|yerno|niet[oa])s?\b|\b(?:supervisor[a]?|colega|compañer[oa]|ponente|docente"
    r"|profesor[a]?|maestr[oa]|residente|jef[ae]|congreso|jornadas?|ateneo|seminario|charla"
    r"|conferencia)\b|\bel caso de\b"
)
#: A diary entry opening with the session: "Sesión difícil con una mamá que…".
_SESSION_OPENS = compiled(
    r"\s*(?:primera |última |otra )?(?:sesión|consulta|entrevista|valoración|guardia)"
    rf"(?: [a-záéíóúñ]+){{0,2}}? con (?:un|una|el|la|mi) (?:{CLIENT_NOUN}|{PERSON_NOUN})\b"
)


def _sentences(low: str) -> list[tuple[int, int]]:
    """The sentences of the draft, as (start, end) offsets."""
    out, pos = [], 0
    while pos < len(low):
        s, e = sentence_bounds(low, pos)
        out.append((s, e))
        pos = e + 1
    return out


def _someone_elses(low: str, s: int, start: int) -> bool:
    """Whether the sentence, before the person, is about a relative, a colleague or a talk."""
    return _SOMEONE_ELSES.search(low, s, start) is not None or general(low, start)


def _client_spans(low: str) -> list[tuple[int, int]]:
    """A singular client with the time it happened, in the sentence or told after it.

    A question ("¿cómo le explicarían a un paciente que hoy…?") asks about anyone; only a
    time told after it ("¿A alguien le pasó…? Esta semana, dos veces") makes it a story.
    """
    found = []
    for m in _ONE_CLIENT.finditer(low):
        s, e = sentence_bounds(low, m.start())
        if _someone_elses(low, s, m.start()):
            continue
        asked = low[e : e + 1] == "?"
        if (not asked and _WHEN_WORD.search(low, s, e)) or _HAPPENED.search(low[e + 1 : e + 160]):
            found.append(m.span())
    return found


def _person_spans(low: str) -> list[tuple[int, int]]:
    """One person with the time it happened and a past event after them, the author watching."""
    found = []
    for m in _ONE_PERSON.finditer(low):
        s, e = sentence_bounds(low, m.start())
        if _someone_elses(low, s, m.start()) or not _WHEN_WORD.search(low, s, e):
            continue
        after = sentence_bounds(low, e + 1)[1] if e + 1 < len(low) else e
        if _PAST_WORD.search(low, m.end(), e) and _WITNESS.search(low, s, after):
            found.append(m.span())
    return found


def story_spans(low: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a Spanish client story told around the person.

    Args:
        low: the draft lower-cased (offsets equal to the draft's), already known to be Spanish.
        professional: whether the draft is for the professional account.

    Returns:
        Spans of each story clause found.
    """
    if NOT_OURS.search(low):
        return []
    found = _client_spans(low) + (_person_spans(low) if professional else [])
    found += [m.span() for m in _TOLD_WITH_CLITIC.finditer(low) if professional]
    found += [m.span() for m in _CASE.finditer(low) if not general(low, m.start())]
    if _CLIENTS.search(low):
        found += [m.span() for m in _ONE_OF_THEM.finditer(low)]
    for room in _ROOM.finditer(low):
        _, e = sentence_bounds(low, room.start())
        m = _ACTED.search(low, room.end(), e)
        if m is not None and not general(low, m.start()):
            found.append(m.span())
    found += [m.span() for m in _COMES_TO_ME.finditer(low) if not general(low, m.start())]
    for s, _ in _sentences(low) if professional else ():
        m = _SESSION_OPENS.match(low, s)
        if m is not None:
            found.append(m.span())
    return found
