"""Whereabouts in a Spanish working day: teaching somewhere today, working from home, the car kept.

The teaching post held for years, the practice's usual online work and a
question about fees are not where the author is today.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

WARN = [
    "Esta tarde estoy dando un taller en la Universidad del Valle. Nos vemos, muchachos.",
    "Mañana dicto clase en la maestría de la Javeriana, así que no hay consulta presencial.",
    "Hoy imparto un seminario en la facultad de la Complutense, de 10 a 2.",
    "Esta semana atiendo desde la casa: el consultorio está en remodelación.",
    "Hoy trabajo desde casa, con el gato encima del teclado.",
    "Mi carro quedó en el taller de Belén, así que hoy ando en metro.",
]

QUIET = [
    "Doy clases en la Universidad de Antioquia desde hace diez años y me sigue encantando.",
    "Atiendo online desde casa para todo el país. Agende por WhatsApp.",
    "¿Cómo manejan las cancelaciones? Pienso cobrar la mitad si no avisan con un día.",
    "Si trabaja desde casa, cuide los límites: un horario y un espacio propio.",
    "Hoy doy un taller en Zoom sobre duelo en diciembre. Inscripciones abiertas.",
]


@pytest.mark.parametrize("text", WARN)
def test_the_working_day_placed_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_the_teaching_post_held_and_the_usual_online_work_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text
