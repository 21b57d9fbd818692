"""The whereabouts guard on Spanish meals at a named place, and a metro line on the way to work.

A meal's gerund opening the sentence at a named place or in the author's
car ("Cenando en el Don Tito", "Comiendo en el auto"), a metro line by its
short name ("la L1") and work by its slang ("la pega", "la chamba", "el
laburo"). Recipes, advice, other people's meals and the practice's own
place stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

PLACED = [
    "Desayunando en La Esquina de Ñuñoa antes de la primera sesión.",
    "Cenando en el Galindo con las compañeras de la U, como en los viejos tiempos.",
    "Comiendo un sándwich en el auto entre dos visitas domiciliarias. Glamour puro.",
    "Almorzando algo rápido en la camioneta, que la tarde viene cargada.",
    "En la L1 camino al laburo, leyendo a Yalom por tercera vez.",
    "En el subte rumbo a la chamba y ya cansada.",
    "Camino a la pega con un café y cero ganas.",
    # the day's turn at a named place, a few days away
    "Mañana me toca el hospital todo el día en San Bernardo, no alcanzo a responder.",
    "Esta semana me toca supervisión en Concepción. Vuelvo el jueves.",
    "Un par de días en La Serena con la familia, desconectada.",
]

NOT_PLACED = [
    "Almorzar en el auto entre pacientes no es descanso. Tómense la media hora, colegas.",
    "Mi hermana está almorzando en el Liguria con sus amigas y yo acá con las fichas.",
    "Comiendo bien y durmiendo bien se regula mucho más de lo que creemos.",
    "La pega no define quién eres, aunque a veces lo parezca.",
    "Cómo llegar a la consulta: la estación más cercana es Manuel Montt, en la L1.",
    "Si necesitas hablar con alguien, llama al *4141 desde cualquier celular.",
    "Hoy me toca atender en Zoom toda la tarde, así que nada de café.",
    "A veces me toca hablar en Radio Universidad sobre salud mental. Me encanta.",
    "Tres días en Cuidados Intensivos cambian a cualquier familia.",
]


@pytest.mark.parametrize("text", PLACED)
def test_the_author_at_a_meal_or_on_the_line_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", NOT_PLACED)
def test_advice_and_others_meals_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text
