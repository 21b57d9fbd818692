"""The whereabouts guard on a Spanish working day: late, stuck, eating, on the ward, away.

A gerund of going with a word before its preposition ("saliendo tarde
del…"), a named road's traffic with no verb, a meal or drink on a gerund,
a dated day somewhere named with a span of it, a workshop the author goes
to somewhere named, a meal at a named place before or between the work,
and a named hospital's ward today. Someone else's traffic, a workshop sold,
a client's ward with no day, a client's weekday slot and advice stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

PLACED = [
    "Saliendo tarde otra vez de la clínica. Mañana prometo cenar a una hora decente.",
    "Llegando tarde al hospital porque el metro se quedó parado en Pantitlán.",
    "En el tráfico de la Javier Prado con un podcast de duelo. Ironías.",
    "Atrapado en el tranque de la Transístmica, media hora sin avanzar.",
    "Almorzando en una fonda de Coyoacán entre paciente y paciente. Chilaquiles, claro.",
    "Cenando con los colegas del servicio por Miraflores. Nos lo ganamos.",
    "Desayunando en el mercado de San Telmo antes del primer turno.",
    "El jueves estaré todo el día en el Hospital Loayza con el equipo de psiquiatría.",
    "Hoy me toca capacitación con docentes en Ciudad Bolívar. Salgo en un rato.",
    "Tamales en el mercado de Tlalpan antes de abrir el consultorio. Así sí.",
    "Hoy en la sala de Pediatría del Garrahan hasta tarde, sin señal casi.",
]

QUIET = [
    "Mi paciente llegó tarde por el tráfico y aun así hicimos una buena sesión.",
    "Taller para docentes en Ciudad Bolívar el sábado: inscripciones en el enlace.",
    "Los pacientes internados en el piso de Psiquiatría del Loayza necesitan visitas.",
    "La señora que viene los jueves vende flores en el mercado de Surquillo desde siempre.",
    "El tráfico también enferma: la ansiedad al volante es más común de lo que pensamos.",
    "Comer entre sesiones a las apuradas no es autocuidado, aunque lo hagamos todos.",
]


@pytest.mark.parametrize("text", PLACED)
def test_a_spanish_working_day_placed_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_other_peoples_places_sold_workshops_and_advice_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
