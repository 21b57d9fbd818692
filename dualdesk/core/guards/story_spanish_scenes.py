"""A Spanish client story with no client word: "alguien", a group, a scene, initials.

`story_spanish_grammar.py` reads a client picked out by an article and a
noun. Spanish clinicians, in Spain and in Latin America alike, also tell
the day's session without one:

- "alguien" who told the author something today ("hoy alguien me ha
  dicho…", "me lo preguntó ayer alguien…"), or who has been coming for a
  while ("alguien que lleva un año conmigo");
- the sessions counted with one person ("llevo tres sesiones con un
  señor"), or a case the author is stuck on ("atascada con un caso",
  "un caso: mujer joven, …");
- the author's therapy group on the day ("mi grupo de los jueves ha tenido
  hoy la primera sesión sin que nadie…"), a supervisee's patient
  ("supervisando a una residente: su paciente le escribió…");
- a scene with no verb after the session ("Una madre hablando de su
  hijo.") or a heading ("Pareja en terapia esta semana: …");
- the client addressed ("tú, que me escribiste antes de la sesión",
  "vos, que viniste", "usted, que me trajo");
- initials acting ("Hoy M.G. por fin se ha atrevido…"), and the hour's
  person with a noun ("el chaval de las 19h que…").

Quiet: general frames ("si alguien te dice…"), readers ("…que mi hilo…"),
colleagues, training and teaching cases, psychoeducation headings, and the
personal account for the shapes that need the work to be the author's.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_spanish_grammar import (
    CLIENT_NOUN,
    ONE,
    PAST,
    PERSON_NOUN,
    TO_ME,
    general,
)

#: When it happened, not a habit: "hoy" (not "hoy en día"), "esta mañana", "anoche".
_WHEN = (
    r"(?:hoy(?! (?:en )?día| por hoy| mismo)|ayer|anoche|hace un rato|el otro día"
    r"|esta (?:mañana|tarde|noche|semana))"
)
_WHEN_WORD = compiled(rf"\b{_WHEN}\b")
_CLITICS = r"(?:(?:me|se|le|lo|la|nos|les|ya|hoy|ayer|no|por fin|al fin|finalmente) )*"
#: "alguien" telling the author something, either order: "alguien me ha dicho", "me lo
#: preguntó ayer alguien".
_ANYONE_TOLD = compiled(
    rf"\balguien (?:{_WHEN} )?(?:me|nos) (?:(?:lo|la|los|las) )?{TO_ME}\b"
    rf"|\b(?:me|nos) (?:(?:lo|la|los|las) )?{TO_ME}(?: {_WHEN})? alguien\b"
    r"(?! (?:de|del|en|por|desde)\b)"
)
#: Readers, strangers and the practice's admin: "…que mi hilo le ayudó", "…cuánto cobro".
_READER = compiled(
    r"\b(?:hilo|tuit|tweet|post|publicación|dm|md|privado|redes|twitter|instagram|leído|leí"
    r"|lee|leer|seguidor[a]?|comentario|aquí|congreso|jornadas|charla|metro|calle|farmacia"
    r"|súper|bar|tren|autobús|bus|avión|ascensor|cola|parque|gimnasio|peluquería|huecos"
    r"|citas?|agenda|tarifas?|precios?|cobro|presupuesto|factura|web)\b"
)
#: Colleagues and training: "mi compañera Ana", "en la sesión de formación".
_PEERS = compiled(
    r"\b(?:compañer[oa]s?|colegas?|soci[oa]|secretari[oa]|recepcionista|jef[ae]|equipo"
    r"|formación|curso|supervisión|máster|clase|alumn[oa]s?|jornadas|congreso|docente"
    r"|ponente|charla)\b"
)
#: Quotes, or a secret told: the words a client said, or kept until the author heard them.
_SAID_IN_CONFIDENCE = compiled(
    r"[\"«“]|\b(?:a nadie|nunca|jamás|primera vez|callando|callad[oa]|guardando|guardad[oa]"
    r"|secreto)\b"
)
#: Someone the author has seen for a while: "alguien que lleva un año conmigo".
_WITH_ME_FOR = compiled(
    rf"\b(?:alguien|una persona|una pareja|una familia|{ONE} (?:{CLIENT_NOUN}|{PERSON_NOUN}))"
    r" (?:que|quien) (?:ya )?(?:lleva|llevaba|viene) (?:[^\s.!?,;:]+ ){0,3}?(?:conmigo"
    r"|viniendo a (?:verme|consulta|terapia|sesión))\b"
)
#: Sessions counted with one person: "llevo tres sesiones con un señor".
_SESSIONS_WITH = compiled(
    r"\b(?:llevo|llevamos|van|voy por|vamos por|he tenido|hemos tenido) (?:ya )?(?:la |las )?"
    r"(?:[^\s.!?,;:]+ )?(?:sesi(?:ón|ones)|consultas?|entrevistas?)"
    rf" con (?:un|una|este|esta|ese|esa|mi) (?:{CLIENT_NOUN}|{PERSON_NOUN})\b"
)
#: A case the author is stuck on, or one laid out after a colon: "un caso: hombre joven".
_STUCK = compiled(
    r"\b(?:atascad|bloquead|encallad|estancad|perdid|rayad|trabad|atorad)[oa]"
    r" con (?:un|este|mi) caso\b"
    r"|\bun caso(?: de [a-záéíóúñ]+(?: [a-záéíóúñ]+)?)? ?: (?:(?:un|una|la|el) )?"
    rf"(?:{CLIENT_NOUN}|{PERSON_NOUN}|pareja|familia)\b"
)
#: The author's own therapy group on the day, with a session in the sentence.
_GROUP = compiled(r"\b(?:mi|nuestro) grupo\b")
_GROUP_OF_PEERS = compiled(
    r"\b(?:supervisión|intervisión|lectura|estudio|investigación|formación|colegas"
    r"|compañer[oa]s|amig[oa]s|trabajo|whatsapp|running|coro)\b"
)
_SESSION = compiled(r"\bsesi(?:ón|ones)\b")
_CARE_ROOM = compiled(r"\b(?:sesi(?:ón|ones)|consulta|terapia|tratamiento|proceso|diván)\b")
_PAST_WORD = compiled(rf"\b{PAST}\b")
#: The author supervising someone whose patient acted: "supervisando a una residente".
_SUPERVISING = compiled(
    r"\b(?:supervisando a|superviso a|supervisé a|que superviso|mis? supervisad[oa]s?"
    r"|mis? supervisand[oa]s?)\b"
)
#: The supervisee's patient acting: "su paciente le escribió", "la paciente sigue poniendo".
_THEIR_CLIENT = compiled(
    rf"\b(?:su|la|el) {CLIENT_NOUN} (?:[^\s.!?,;:]+ ){{0,3}}?{_CLITICS}"
    rf"(?:{PAST}|sigue|vuelve|dice|llega|trae|pide|escribe|llama|falta|cancela|no quiere)\b"
)
#: A scene with no finite verb, opening its sentence: "Una madre hablando de su hijo."
_SCENE = compiled(
    rf"(?:un|una) (?:[a-záéíóúñ]+ )?(?:{CLIENT_NOUN}|{PERSON_NOUN}) (?:[a-záéíóúñ]+ )?"
    r"[a-záéíóúñ]+(?:ando|iendo|yendo)\b"
)
#: A finite verb of a general claim after the scene: "un adolescente pidiendo ayuda merece…".
_FINITE = compiled(
    r"\b(?:es|está|son|están|merece|merecen|necesita|debe|puede|tiene|suele|requiere|significa"
    r"|quiere|busca|no)\b"
)
_THREAD = compiled(r"\b(?:hilo|te lo cuento|os lo cuento|les cuento|abro hilo)\b|🧵")
#: A heading naming who was in the room and when: "Pareja en terapia esta semana:".
_HEADING = compiled(
    rf"(?:pareja|familia|{CLIENT_NOUN}|{PERSON_NOUN})(?: [a-záéíóúñ]+)?"
    rf" en (?:terapia|sesión|consulta|urgencias|la guardia) {_WHEN} ?:"
)
#: The client addressed, with a past the two shared: "tú, que me escribiste", "usted, que vino".
_ADDRESSED = compiled(
    r"(?:a )?(?:tú|ti|vos|usted),? (?:que|quien) (?:(?:ya|hoy|ayer|anoche|antes|el otro día) )?"
    rf"(?:(?:me|nos) )?(?:[a-záéíóúñ]{{2,}}(?:aste|iste)|{PAST})\b"
)
_TO_ME = compiled(r"\b(?:me|nos)\b")
#: A case shown in a class or made up to teach: "así explicamos la EPR en clase".
_TEACHING = compiled(
    r"\b(?:clase|alumn[oa]s|estudiantes|docencia|máster|explicamos|inventado|ficticio"
    r"|ejemplo|hipotético|típico)\b"
)
#: Dotted initials acting at a clause start: "Hoy M.G. por fin se ha atrevido", "Ayer R.T., 40,
#: volvió".
_INITIALS = compiled(
    r"(?:^|[!?:;\n]\s*|(?<=[a-z])\.\s+|\b(?i:hoy|ayer|esta mañana|esta semana),?\s)"
    # an age in apposition may follow: "Hoy M.G., 34 años, cumplió…"
    r"(?P<who>[A-Z]\.\s?[A-Z]\.)(?!\s?[A-Z])(?:,\s?\d{1,2}(?: años)?,)?\s+"
    rf"(?i:{_CLITICS}(?:ha [a-záéíóúñ]+(?:ado|ido|ído)|{PAST}))\b"
)
_HOUR = r"(?:\d{1,2}(?::\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
#: The hour's person with a noun, then what they did: "el chaval de las 19h que hoy lloró".
_SLOT_PERSON = compiled(
    rf"\b(?:el|la|mi) (?:{CLIENT_NOUN}|{PERSON_NOUN}) de las? {_HOUR}(?: ?(?:h|hs|pm|am))?"
    rf"(?: que| {_CLITICS}{PAST}\b)"
)
#: Where a sentence starts, for the shapes that open one.
_STARTS = compiled(r"(?:^|[.!?…]\s+|\n\s*)")


def _told(low: str, professional: bool) -> list[tuple[int, int]]:
    """ "alguien" who told the author something, in a sentence that says when, not a reader."""
    found = []
    for m in _ANYONE_TOLD.finditer(low) if professional and "alguien" in low else ():
        s, e = sentence_bounds(low, m.start())
        if (
            not _WHEN_WORD.search(low, s, e)
            or _READER.search(low, s, e)
            or _PEERS.search(low, s, e)
        ):
            continue
        placed = _CARE_ROOM.search(low) or _SAID_IN_CONFIDENCE.search(low, s, e)
        if placed and not general(low, m.start()):
            found.append(m.span())
    return found


def _group(low: str, professional: bool) -> list[tuple[int, int]]:
    """The author's own therapy group on the day: "mi grupo … ha tenido hoy la sesión"."""
    found = []
    for m in _GROUP.finditer(low) if professional and "grupo" in low else ():
        s, e = sentence_bounds(low, m.start())
        if (
            _WHEN_WORD.search(low, s, e)
            and _SESSION.search(low, s, e)
            and _PAST_WORD.search(low, m.end(), e)
            and not _GROUP_OF_PEERS.search(low, s, e)
        ):
            found.append(m.span())
    return found


def _addressed(low: str) -> list[tuple[int, int]]:
    """The client addressed with a past shared: "me", or the session and when (not any reader)."""
    found = []
    for m in _ADDRESSED.finditer(low):
        end = low.find(":", m.end())
        clause = sentence_bounds(low, m.start())[1] if end < 0 else end
        shared = _SESSION.search(low, m.start(), clause) or "consulta" in low[m.start() : clause]
        if _TO_ME.search(m.group()) or (shared and _WHEN_WORD.search(low, m.start(), clause)):
            found.append(m.span())
    return found


def _openings(low: str) -> list[tuple[int, int]]:
    """A verbless scene or a heading that opens a sentence, in a post about the day's sessions."""
    if not (_SESSION.search(low) or "terapia" in low or "consulta" in low):
        return []
    when = _WHEN_WORD.search(low) is not None
    found = []
    for st in _STARTS.finditer(low):
        m = _HEADING.match(low, st.end())
        if m is not None and (
            low[m.end() : m.end() + 2].strip()[:1] == "¿" or _THREAD.search(low)
        ):
            continue  # "Mujer en consulta hoy: ¿cuándo pedir ayuda?": a topic announced
        m = m or (_SCENE.match(low, st.end()) if when else None)
        if m is None or general(low, m.start()):
            continue
        if _FINITE.search(low, m.end(), sentence_bounds(low, m.start())[1]) is None:
            found.append(m.span())  # a scene has no verb of its own: "Una madre hablando…"
    return found


def spans(text: str, low: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a Spanish client story told with no client word before the event.

    Args:
        text: the draft, plain (initials are read in their case).
        low: `text` lower-cased, offsets equal, already known to be Spanish.
        professional: whether the draft is for the professional account.

    Returns:
        Spans of each story clause found.
    """
    found = _told(low, professional) + _group(low, professional)
    for pattern in (_WITH_ME_FOR, _SESSIONS_WITH, _STUCK) if professional else ():
        for m in pattern.finditer(low):
            if not general(low, m.start()) and not _PEERS.search(
                low, *sentence_bounds(low, m.start())
            ):
                found.append(m.span())
    if found and _TEACHING.search(low):
        found = [(s, e) for s, e in found if not _STUCK.match(low, s)]  # a case shown in class
    if _SUPERVISING.search(low):
        found += [m.span() for m in _THEIR_CLIENT.finditer(low)]
    found += _openings(low) if professional else []
    if _CARE_ROOM.search(low):  # not work at large: "tú, que me dejaste en el trabajo"
        found += _addressed(low)
    for m in _SLOT_PERSON.finditer(low):
        if _CARE_ROOM.search(low, *sentence_bounds(low, m.start())):
            found.append(m.span())  # "el chico de las 5 que vende churros": no session
    if professional and "." in text:
        found += [m.span("who") for m in _INITIALS.finditer(text)]
    return found
