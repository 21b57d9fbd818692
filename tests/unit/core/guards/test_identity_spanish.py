"""The identity_link guard on a personal draft that names the job in Spanish grammar.

What belongs to the job, with "de"/"como" and the field ("mi laburo de
terapeuta", "mi matrícula profesional de psicóloga") and the working day
("entre paciente y paciente", "mi último paciente") say the author is a
clinician. The author's own therapist and other trades' paperwork do not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

SAYS_THE_JOB = [
    "Entre paciente y paciente me como un alfajor a escondidas. No me juzguen.",
    "Renové mi matrícula profesional de psicóloga y ya me siento vieja.",
    "Mi curro de psicoterapeuta me deja sin energía los viernes, por eso el sábado es sagrado.",
    "Hoy mi último paciente del día me hizo reír a carcajadas.",
    "Mis consultantes nunca sabrán que lloro con las películas de Pixar.",
    "Doy terapia toda la semana y el domingo no quiero hablar con nadie.",
    "Terminé mi maestría en psicología clínica y hoy celebro lavando platos, qué glamour.",
    # the analyst's stance as the author's own, and the licence paid to the profession's body
    "Escuché a mi sobrino sin interrumpir, como buen psicoanalista. Después lo reté igual.",
    "Apago el modo psicóloga a las ocho y enciendo el modo sofá y serie.",
    "Pagué la colegiatura del Colegio Oficial de la Psicología y me quedé sin vacaciones.",
    "Por fin me he colegiado. Ahora sí, a buscar curro.",
    # one client in a story the author is in
    "Un consultante me saludó en el súper delante de mi suegra. Tierra, trágame.",
    "Hoy me reí tanto con una paciente que tuve que pedirle perdón.",
]

SAYS_NO_JOB = [
    "Como buena analista de datos, hice una planilla para el asado del domingo.",
    "Mi analista dice que no todo es culpa de mi vieja. Discrepo.",
    "Renové la matrícula del auto y la cuota del club. Noviembre me vació.",
    "El Colegio de Psicólogos sacó un comunicado sobre los honorarios mínimos.",
    "El paciente inglés es la película que más me hace llorar.",
    "Soy la peor paciente del mundo: me olvido siempre de las pastillas.",
    "Ayer fui a mi psicóloga y me dijo que tengo que poner límites. Qué difícil, che.",
    "Renové mi licencia de conducir y la foto salió horrible, como siempre.",
    "Mi terapeuta me preguntó hoy por mi infancia y lloré todo el camino a casa.",
]


@pytest.mark.parametrize("text", SAYS_THE_JOB)
def test_the_job_in_spanish_on_personal_warns(findings, text: str) -> None:
    found = findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False)
    assert found, text


@pytest.mark.parametrize("text", SAYS_NO_JOB)
def test_spanish_about_ones_own_therapy_passes(findings, text: str) -> None:
    found = findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False)
    assert not found, text
