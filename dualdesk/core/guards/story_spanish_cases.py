"""A Spanish client story told as a case brought, a child on the books, a line said, the last one.

The other Spanish readers want a client word and a verb right after it.
Clinicians in Colombia, Mexico, Argentina or Spain also tell one client's
story in these shapes:

- a supervisee who brought the author a case ("supervisando a una
  practicante, me trajo un caso de…", "mi residente me presentó el caso
  de…"): a real client, seen through the person supervised;
- a child on the author's books, told as "tengo un/una … que" and placed in
  the room ("tengo una nena de 5 que en consulta no habla"): "tengo una
  niña" alone is the author's own daughter, so the room must be named;
- one person's words quoted after a colon, with no verb of saying, the
  person placed in the day or the session ("un adolescente hoy: \"…\"",
  "una señora en plena consulta: «…»");
- "el último"/"la primera" standing for one of the clients just counted
  ("doce pacientes hoy y el último me dijo…");
- a client by dotted initials after someone of their circle, in a post
  about the sessions ("me llaman del colegio de J.P. a preguntar…", "la mamá de M.A.
  canceló otra vez la sesión").

Quiet: teaching and made-up cases ("caso de clase", "inventado"), stories on
screen or in books, general frames ("si un paciente…"), the author's own
children (no room of care named, or someone else's room: "en consulta con
la pediatra"), and ordinal words naming sessions or days ("la última
sesión me dejó pensando": no person is telling).
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.story_spanish_grammar import (
    CLIENT_NOUN,
    NOT_OURS,
    PERSON_NOUN,
    general,
)

#: The author supervising, or the supervisee named: "supervisando a", "mi practicante".
_SUPERVISEE = (
    r"(?:supervisando a|superviso a|supervisé a|en (?:la )?supervisión"
    r"|(?:mi|mis|un|una|el|la) (?:supervisad[oa]s?|supervisand[oa]s?|practicantes?"
    r"|residentes?|pasantes?|estudiantes? en prácticas?))"
)
#: The supervisee bringing the author a case: "…, me trajo un caso de…".
_CASE_BROUGHT = compiled(
    rf"\b{_SUPERVISEE}\b[^.!?;]{{0,80}}?\b(?:me|nos) (?:(?:ha|han) )?"
    r"(?:trajo|trajeron|traído|trae|presentó|presentado|presenta|contó|contado|cuenta"
    r"|planteó|planteado|llevó|compartió|compartido|consultó|consultado)"
    r" (?:(?:hoy|ayer|esta (?:mañana|tarde|semana)) )?(?:un|el|su|este|otro) caso\b"
    r"(?! (?:de estudio|inventado|ficticio|hipotético)\b)"
)
#: A case made up or shown in class, not a client's.
_TAUGHT = compiled(
    r"\b(?:clase|inventado|ficticio|hipotético|ejemplo|examen|parcial|tarea|simulad[oa])\b"
)
#: A child (or one person) the author has on the books: "tengo una nena de 5 que".
_HAVE_CHILD = compiled(
    r"\btengo (?:(?:hoy|ahora|ahorita|ahora mismo|este año) )?(?:a )?(?:un|una) "
    r"(?:niñ[oa]|niñit[oa]|niñic[oa]|nene|nena|chiquit[oa]|pequeñ[oa]|peque|pib[ea]"
    r"|chamaquit[oa]|gur[ií]|gurisa|pelad[oa]|peladit[oa]|chaval(?:a)?|cri[oa]|chamo|chama"
    r"|muchachit[oa]|jovencit[oa])"
    r"(?: de (?:\d{1,2}|[a-z]+)(?: años| añitos)?)? que\b"
)
#: The room of care, in the clause after the child: "que en consulta no habla".
_IN_ROOM = compiled(
    r"\ben (?:(?:la|las|el|nuestras|mis|plena|cada) )?(?:(?:primera|última|\d+) )?"
    r"(?:consulta|sesión|sesiones|consultorio|terapia conmigo)\b"
    # someone else's room: "en consulta con la pediatra", "en la sesión de fono"
    r"(?! (?:con|de|del|de la) )"
)
#: When or where the quoted person spoke: "hoy", "en plena sesión", "esta mañana en consulta".
_ANCHOR = (
    r"(?:hoy|ayer|anoche|esta (?:mañana|tarde|semana)"
    r"|en (?:plena |la |mi |una )?(?:sesión|consulta|terapia|primera sesión|primera consulta"
    r"|guardia|urgencias|admisión))"
)
#: One person, placed, then a colon and their words: "Un adolescente hoy: \"…\"".
_QUOTED_ONE = compiled(
    # "mi" and a bare noun only before a client word or a non-kin one: "mi mamá hoy:" is
    # the author's own mother
    rf"(?:(?:un|una|el|la|otr[oa]) (?:{CLIENT_NOUN}|{PERSON_NOUN})|(?:mi )?{CLIENT_NOUN}"
    rf"|(?!(?:mam[aá]|pap[aá]|madre|padre|abuel|viejit)){PERSON_NOUN})"
    r"(?: de (?:\d{1,2}|[a-z]+)(?: años| añitos)?)?"
    rf"(?:,? {_ANCHOR}){{1,2}}\s?:\s?[\"«“]"
)
#: Dotted initials after someone of a client's circle: "el colegio de J.P.", "la mamá de M.A."
#: (not "una sesión de fotos con R.G.": a photographer is no client).
_INITIALS_OF = compiled(
    r"(?i:\b(?:colegio|escuela|jardín|mamá|mama|papá|papa|madre|padre|papás|padres|familia"
    r"|caso|profe|profesor[a]?|maestr[oa]|abuel[oa]|herman[oa]|tí[oa]|psiquiatra|pediatra"
    r"|acudiente|cuidador[a]?|pareja|espos[oa]|novi[oa]|hij[oa]) de )"
    r"(?P<who>[A-ZÁÉÍÓÚÑ]\.\s?[A-ZÁÉÍÓÚÑ]\.)(?!\s?[A-Z])"
)
#: The room of care anywhere in the post, for initials to stand for a client.
_CARE = compiled(r"\b(?:sesión|sesiones|consulta|terapia|proceso terapéutico|consultorio)\b")
_STARTS = compiled(r"(?:^|[.!?…]\s+|\n\s*)")
#: Clients counted, for "el último" to stand for one of them.
_COUNTED = compiled(r"\b(?:pacientes|consultantes|citas|consultas|sesiones|usuari[oa]s)\b")
#: One of the counted telling the author something: "el último me dijo", "la primera me contó".
_ONE_OF_COUNTED = compiled(
    r"\b(?:el|la) (?:últim[oa]|primer[oa]?|segund[oa]|tercer[oa]?|siguiente)"
    r"(?: (?:de (?:la (?:tarde|mañana)|hoy|ell[oa]s)|del día))?,? (?:me|nos) (?:lo |la )?"
    r"(?:dijo|contó|preguntó|pidió|trajo|regaló|escribió|abrazó|agradeció|confesó|soltó"
    r"|dice|cuenta|pregunta|pide|trae|regala|ha (?:dicho|contado|preguntado|pedido|traído))\b"
)


def _quoted(low: str, professional: bool) -> list[tuple[int, int]]:
    """One person's words after a colon, opening a sentence; the personal account needs a room."""
    found = []
    for st in _STARTS.finditer(low):
        m = _QUOTED_ONE.match(low, st.end())
        if m is None or general(low, m.start()):
            continue
        if professional or _IN_ROOM.search(m.group()) or "sesión" in m.group():
            found.append(m.span())
    return found


def spans(text: str, low: str, professional: bool) -> list[tuple[int, int]]:
    """Spans of a Spanish client story told as a case brought, a child had, a line said.

    Args:
        text: the draft, plain (initials are read in their case).
        low: `text` lower-cased (offsets equal to the draft's), already known to be Spanish.
        professional: whether the draft is for the professional account.

    Returns:
        Spans of each story clause found.
    """
    if NOT_OURS.search(low):
        return []
    found: list[tuple[int, int]] = []
    if "caso" in low and not _TAUGHT.search(low):
        found += [m.span() for m in _CASE_BROUGHT.finditer(low)]
    if "tengo " in low:
        for m in _HAVE_CHILD.finditer(low):
            e = sentence_bounds(low, m.start())[1]
            if _IN_ROOM.search(low, m.end(), e) and not general(low, m.start()):
                found.append(m.span())
    if ":" in low:
        found += _quoted(low, professional)
    if _COUNTED.search(low):
        found += [
            m.span()
            for m in _ONE_OF_COUNTED.finditer(low)
            if _COUNTED.search(low, 0, m.start()) and not general(low, m.start())
        ]
    if professional and "." in text and _CARE.search(low):
        found += [m.span("who") for m in _INITIALS_OF.finditer(text)]
    return found
