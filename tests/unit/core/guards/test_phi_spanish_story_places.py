"""The phi guard on the names and places of a Spanish client story.

In a client's story a family's surname and its barrio, or a kid's school's
barrio, are identifiers even when Spanish follows them with "de", "que" or
"por"; a family taken to supervision is the case, not the supervisor. A
country ("su mamá está en Estados Unidos") is no place smaller than a state,
and the author's own origin ("soy de Villa Fátima") is no client's.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

NAMED = [
    "A la familia Mamani de Alto Lima: gracias por la tarjeta, fue un proceso hermoso.",
    "Llevé a supervisión a la familia Ccori de Yanahuara: el hijo no sale de su cuarto.",
    "La chama de 15 del liceo de Los Teques que veo los lunes hoy por fin habló de su papá.",
]

QUIET = [
    "Mi paciente de las 3 llegó hoy con una foto de su papá, el que vive en Estados Unidos.",
    "Un chico que atiendo me contó hoy que su hermana se fue a España. La extraña mucho.",
]


@pytest.mark.parametrize("text", NAMED)
def test_names_and_places_in_a_spanish_story_are_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_a_relatives_country_is_no_identifier(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


def test_the_authors_own_origin_is_no_clients_place(findings) -> None:
    text = "Que tu paciente de las 4 te diga 'usted es pituco'. Soy de Villa El Salvador, causa."
    assert not findings(text, account=Role.PERSONAL, rule=Rule.PHI, backstop=False)
