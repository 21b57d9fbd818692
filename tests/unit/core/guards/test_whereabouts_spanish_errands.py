"""Spanish whereabouts told in passing: a plate somewhere, a queue, a trip soon, a late hour.

Short notes count as Spanish with two grammar words and no English one.

"Volviendo a casa", a bocadillo in a named square, a timed queue, an
occasion in a place of a named town, a congress in a named city next week,
"estaré de formación", a bare small hour with "y sigo" in a draft that
pays for it tomorrow, "insomnio de las 3". Advice, research, a practice's
event with its sign-up and an afternoon hour stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

WARN = [
    "Regresando a casa después de un día largo de consulta, qué ganas de sofá.",
    "Bocadillo de tortilla en la Plaza del Pilar antes de la ponencia.",
    "Menú del día en un gallego de Lavapiés entre sesión y sesión.",
    "Comida con mis compañeras en un italiano de Gràcia, por fin juntas.",
    "Una hora de cola en la gestoría para un papel. Paciencia infinita.",
    "Llevo media hora en la cola del banco y avanzamos a paso de tortuga.",
    "Comunión de mi ahijada en un restaurante de Getafe, me toca discurso.",
    "El mes que viene, jornadas de terapia familiar en Sevilla. ¿Alguien se apunta?",
    "Estaré de vacaciones del 1 al 15 de agosto, el correo lo miraré poco.",
    "Esta semana estoy fuera, las sesiones van por videollamada.",
    "Son las 3 y pico y aquí sigo con el informe. Mañana, ojeras hasta el suelo.",
    "Desvelo a las tres, otra vez. Infusión y libro en el sofá.",
    "Las 2:40 y yo todavía con el correo de la semana. Necesito dormir.",
    "Bocadillo de jamón en la estación de Atocha esperando el tren de las 8.",
    "Cola eterna en la ITV de Alcobendas, llevo aquí desde las 9.",
    # short notes with few grammar words
    "Vuelo cancelado en El Prat. Paciencia.",
    "Churros con chocolate en San Ginés, domingo perfecto.",
    "Insomnio a las 3. Otra vez.",
]

QUIET = [
    "Muchos pacientes vuelven a casa de sus padres en Navidad y reaparecen viejos roles.",
    "Si estás volviendo a casa de noche y te angustias, escribe a alguien de confianza.",
    "El insomnio de las 4 de la mañana es muy frecuente en la depresión.",
    "Jornadas de psicología en Murcia la semana que viene: inscripciones en el enlace.",
    "Son las 2 y sigo sin comer, hoy no paro entre consultas.",
    "Son las 3 y aquí estamos con los pacientes de la tarde, sin parar.",
    "La tortilla de patatas no cura la ansiedad, pero ayuda a compartir mesa.",
    "Hacer cola en la farmacia puede ser un buen ejercicio de exposición gradual.",
    # English with a Spanish name in it
    "Notes from the Día de los Muertos grief workshop are up.",
    "Café de la Paix, 8am: supervision notes for the team.",
]


@pytest.mark.parametrize("text", WARN)
def test_spanish_passing_whereabouts_warn(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_spanish_advice_and_notices_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text
