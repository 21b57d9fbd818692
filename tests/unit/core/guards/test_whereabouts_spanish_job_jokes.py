"""The whereabouts guard on a Spanish joke list of the signs of the job.

"Señales de que eres psicóloga: …", "Sabes que eres terapeuta cuando…": the
queues, commutes and places in it are any reader's, not the author's day. A
post that tells the author's own day, with no such list, still warns.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

JOKES = [
    "Señales de que eres terapeuta: analizas a todo el mundo en la fila del banco y "
    "tienes pañuelos en cada rincón.",
    "Sabes que eres psicólogo cuando en la cola del banco ya le hiciste una contención a alguien.",
    "Eres psiquiatra en Caracas si vas al súper y sabes quién toma sertralina por la mirada.",
    "Cosas de que sos psicóloga: haciendo cola en el correo, pensás en el apego de la señora.",
]

OWN_DAY = [
    "Hoy haciendo cola en el banco una hora antes de la consulta. Qué paciencia.",
    "Voy al súper antes de la sesión de las 5, cualquier cosa me escriben.",
]


@pytest.mark.parametrize("text", JOKES)
def test_a_spanish_list_of_signs_of_the_job_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", OWN_DAY)
def test_the_authors_own_day_in_spanish_still_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
