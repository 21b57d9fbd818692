"""The phi guard inside a client story: a mid-sentence name or place, a late age, a record."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule, Severity

#: Client stories with an identifier that no phrase list names, and the span expected.
IDENTIFIERS = [
    ("A client of mine finally cried in session today, and Bernadette never cries.", "Bernadette"),
    (
        "My patient drove in from Kilcreggan for session despite the storm. Proud of him.",
        "Kilcreggan",
    ),
    ("A client told me in session that at 94 she still mows her own lawn.", "94"),
    ("Lost my session notes on QX-55120 for a client. Rewriting them tonight.", "QX-55120"),
    ("The lad I see in session has been dry since 2nd June. Made my week.", "2nd June"),
    ("Session with TK (13) today, a client who finally laughed.", "TK"),
]

#: Client stories whose capitalised words and numbers belong to no client.
NOT_IDENTIFIERS = [
    "A client told me in session she finally drank a Pepsi without panicking. Small wins.",
    "My client spent the whole session arguing Celtic or Rangers. I let him.",
    "A client told me in session she only speaks Portuguese at home on Sundays.",
    "My client left session 90 minutes late, we lost track of time. Worth it.",
    "A client was in session with Coach Mulvey before me and looked wrecked.",
    "A client told me in session that she read The Quiet Garden twice. I'm touched.",
    "A client talked in session about Parkinson's in the family. Heavy hour.",
    "A client finally laughed in session today. Office closed Dec 24 through Jan 2.",
]


@pytest.mark.parametrize(("text", "span"), IDENTIFIERS)
def test_identifiers_inside_a_client_story_fire(findings, text: str, span: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), "precondition: a client story"
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert [text[f.start : f.end] for f in found] == [span], text
    assert all(f.severity is Severity.BLOCK for f in found), "story + identifier blocks"


@pytest.mark.parametrize("text", NOT_IDENTIFIERS)
def test_brands_teams_languages_durations_and_titles_pass(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), "precondition: a client story"
    assert not findings(text, rule=Rule.PHI, backstop=False), text


def test_names_in_a_post_that_is_no_client_story_pass(findings) -> None:
    text = "Thanks to Bernadette and the Kilcreggan team for hosting our training on the 12th."
    assert not findings(text, rule=Rule.PHI, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "Lunch in the car at Lakeview Park between sessions, still thinking about my client.",
        "Sitting at Gatwick, flight delayed, still thinking about my client from this morning.",
    ],
)
def test_the_authors_own_whereabouts_in_a_story_are_not_the_clients(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), "precondition: whereabouts"
    assert not findings(text, rule=Rule.PHI, backstop=False), text


def test_a_clients_workplace_in_a_sentence_about_them_fires(findings) -> None:
    text = "A client I see got taken on at the Brookvale Bottling Plant after rehab. Proud of him."
    found = findings(text, rule=Rule.PHI, backstop=False)
    assert [text[f.start : f.end] for f in found] == ["Brookvale Bottling Plant"]


@pytest.mark.parametrize(
    "text",
    [
        "Una paciente me dijo ayer que soy la única que la escucha. Y yo, cenando Doritos.",
        "Hoy un chico me ha contado lo de su padre. Yo, mientras tanto, bebiéndome un Cola Cao.",
        "Mi consultante de las 18 canceló. Y yo aquí escuchando Extremoduro a todo volumen.",
    ],
)
def test_a_thing_in_the_authors_own_spanish_aside_is_no_name(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Una paciente me dijo ayer que la ayudo. Yo pensando en Marta, su hermana, todo el día.",
        "Hoy un chico me ha contado lo de su padre. Yo sigo pensando en Ismael.",
        "Una paciente me dijo ayer que la ayudo. Yo no paro de pensar en ella y en Rocío.",
    ],
)
def test_a_name_after_a_preposition_or_beside_someone_else_is_still_read(
    findings, text: str
) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Tengo una señora que guarda revistas de los 90 y no quiere tirarlas. ¿Ideas?",
        "Una paciente que atiendo, fan de la música de los años 90, hoy me puso un vinilo.",
        "Valoración larga con una señora en crisis. Ahora una hora de Periférico a casa.",
        "Hoy un chico me ha contado lo de su padre. Vuelvo por Insurgentes hasta casa, reventada.",
    ],
)
def test_a_spanish_decade_and_the_authors_road_home_are_no_identifiers(findings, text) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Hoy una señora me ha contado que enviudó a los 92.",
        "Una paciente que atiendo tiene los 95 años más lúcidos que conozco.",
        "Hoy una paciente de 96 me ha enseñado a hacer ganchillo.",
    ],
)
def test_a_spanish_age_over_89_is_still_read(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text
