"""The clinical guard on a Spanish case told in the present, and on "tengo un chamo de 15".

A case laid out with an age and what the person says ("señora de 70 y
pico, cuenta que…") is one client even with no past tense; "tengo un
chamo/guambra/chamaco de…" is the author's own caseload in the words of
Venezuela, Ecuador or Mexico. Ages in general claims stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

STORIES = [
    "Me quedé pensando en esto: señora de 70 y pico, viuda, dice que la casa le queda grande.",
    "Un muchacho de 19 años, primer semestre, insiste en que 'todos están mejor sin él'.",
    "tengo un guambra de 16 con ataques de pánico antes de cada prueba. ideas para la familia?",
    "Tengo una chama de 14 que no quiere ir al colegio desde enero. ¿Cómo lo abordarían?",
    "Colegas, tengo un chamaco de 12 con tics que empeoran en vacaciones. ¿Lecturas?",
]

GENERAL = [
    "Un hombre de 40 años suele pedir ayuda más tarde que una mujer de la misma edad.",
    "Si un señor de 60 y tantos dice que ya no sirve, escúchalo: la jubilación es un duelo.",
    "Los chamos de 15 años necesitan dormir más de lo que creemos. Ojo con las pantallas.",
    "Un adolescente de 15 años dice que está bien aunque no lo esté: es parte de la edad.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_spanish_case_in_the_present_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_spanish_ages_in_general_claims_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
