"""The phi guard on an eight-digit phone the author wrote to, or given after a relative.

Many Latin American mobiles are eight bare digits. Written to or called
("le escribí al 7012-3456"), or given after a client's relative ("su papá,
6123 4567"), they are a person's phone. The practice's own line in a
notice, crisis lines, sums and counts stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

PHONES = [
    "No vino a la cita. Le escribí al 7012-3456 dos veces y nada, me tiene preocupada.",
    "La llamé otra vez al 88123456 y no contesta. Mañana pruebo con la escuela.",
    "Para la interconsulta: su mamá, la señora Rosa, 6123 4567. Gracias, colegas.",
    "Les mandé un audio al 5544-1122 para reprogramar, ojalá lo escuchen.",
]

QUIET = [
    "Cambio de horario: ahora atendemos de 8 a 16. Mismo teléfono: 2263-4518.",
    "Citas al 2250-1234 o por WhatsApp al número del consultorio.",
    "Si estás en crisis, llamá al 1234-5678, la línea de ayuda funciona las 24 horas.",
    "El informe salió en 2024 y 2025: 1200 casos atendidos, 3400 consultas en total.",
]


@pytest.mark.parametrize("text", PHONES)
def test_an_eight_digit_phone_written_to_or_after_a_relative_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_the_practices_line_crisis_lines_and_counts_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text
