"""The whereabouts model holds back on a Spanish practice notice: a new address, hours, booking.

A practice's new address, its timetable and how to book are public
information about the practice, not where the author is today. The
author's own day out, a trip or a move home still reach the model.
"""

from __future__ import annotations

import pytest

from dualdesk.core.guards.learned_gates import whereabouts_margin

NOTICES = [
    "Nueva dirección a partir de marzo: Av. Libertador 2200, piso 3. El mismo WhatsApp.",
    "Nos mudamos! Desde febrero atendemos en la calle Larrea, a dos cuadras del subte.",
    "El consultorio se traslada en enero a Providencia. Los horarios no cambian.",
    "Nuevo horario de atención: lunes a jueves de 9 a 18, viernes solo online.",
    "Turnos: solo por mensaje directo o mail, respondo dentro de las 48 horas hábiles.",
    "Primeras consultas: vía WhatsApp al número del centro, de lunes a viernes.",
    "Cambio de domicilio: desde enero el consultorio estará en la calle Bolívar 310, piso 2.",
    "A partir del lunes la consulta funcionará en Av. Arequipa 1450. Mismo teléfono.",
]

DAYS_OUT = [
    "Me voy de vacaciones a Mendoza dos semanas, vuelvo el 15. Nos vemos a la vuelta.",
    "Hoy almuerzo en el mercado de San Telmo con mi hermana. Después, siesta.",
    "Nos mudamos de casa este finde y estoy muerta. Cajas por todos lados.",
    "Cambio de planes: hoy me quedo en Cusco un día más, el vuelo se canceló.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_spanish_practice_notice_skips_the_model(text: str) -> None:
    assert whereabouts_margin(text, set()) is None, text


@pytest.mark.parametrize("text", DAYS_OUT)
def test_the_authors_own_day_still_reaches_the_model(text: str) -> None:
    assert whereabouts_margin(text, set()) == 0.0, text
