"""The clinical guard on Spanish client stories told as a case brought, a child had, a line said.

Diminutives of the client and person words ("pacientico", "una niñita"),
a supervisee who brought the author a case, a child on the author's books
placed in the room ("tengo una nena de 5 que en consulta…"), one person's
words after a colon with the day or the session named, "el último"
standing for one of the clients just counted, and a client's initials
after a relative or their school. Teaching and made-up cases,
the author's own children, psychoeducation, many clients at once, fees and
practice news stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    # diminutives of the client and person words, in any country's Spanish
    "Mi pacientico de seis años me regaló un dibujo de su perro. Lo puse en la pared.",
    "Pacientita de 10 años, en la primera sesión: «yo no estoy loca, ¿verdad?». No, mi amor.",
    "Una niñita me preguntó hoy si los psicólogos también tienen mamá.",
    "Un señorcito de ochenta y pico llegó con su sombrero y me contó su vida entera.",
    # a supervisee who brought a case
    "Mi residente me presentó ayer el caso de un chico con ideación, y los dos salimos tocados.",
    "Supervisando a un pasante, me contó un caso de abuso que no me pude sacar de la cabeza.",
    # a child on the author's books, placed in the room
    "Colegas, tengo un nene de 4 que en sesión solo juega a enterrar muñecos. ¿Lecturas?",
    "Tengo una chiquita de nueve años que en consulta no me mira a los ojos. Paciencia.",
    # one person's words after a colon, the day or the session named
    'Una señora esta mañana: "yo ya no quiero ser la fuerte de la familia". Se me apretó todo.',
    "Un pibe en plena sesión: «¿y vos por qué elegiste esto?». Le respondí con la verdad.",
    "El adolescente de hoy, en consulta: “nadie en mi casa pregunta cómo estoy”.",
    # "el último" for one of the clients just counted
    "Nueve pacientes hoy. La última me dijo que por fin volvió a cantar en la ducha.",
    "Día de doce consultas seguidas; el primero me trajo pan de yuca y así arranca bien el día.",
    # a client by dotted initials after someone of their circle, the sessions named
    "La profe de R.T. me escribió otra vez para saber qué hablamos en consulta. No, profe.",
    "El papá de S.V. pidió un informe de las sesiones para el juzgado. Consentimiento primero.",
]

GENERAL = [
    # psychoeducation, many clients, habits of the room
    "En consulta solemos ver que los niños de 6 a 8 años expresan la ansiedad con el cuerpo.",
    "Muchos pacientes me preguntan si la terapia online funciona. Sí, con algunos cuidados.",
    "Psicoeducación: un adolescente hoy vive con el celular como parte de su cuerpo.",
    # the author's own children
    "Tengo una niña de 6 que no para de preguntar por qué el cielo es azul. Ayuda.",
    "Tengo un nene de 4 que no duerme y un trabajo que empieza a las 7. Café, por favor.",
    "Tengo una nena de 7 que en consulta con el pediatra llora siempre. ¿Algún truco?",
    # teaching and made-up cases
    "Mi practicante me presentó un caso inventado para la clase de entrevista. Muy bien armado.",
    "Supervisando a una practicante: me presentó un caso ficticio para el parcial. Un diez.",
    # the last one that is a session, not a person; clients counted after
    "Doce citas hoy. La última, por videollamada, se cayó tres veces. Internet, te odio.",
    # fees, practice news, crisis lines
    "Colegas, ¿cuánto cobran por sesión en Medellín? Estoy actualizando tarifas para 2027.",
    "Nueva sede en Laureles desde enero. Mismo equipo, más consultorios para los grupos.",
    "Si usted está en crisis hoy: línea 192 opción 4. No está sola, no está solo.",
    # initials of a photographer, an author: not a client
    "Sesión de fotos con R.G. para la nueva página del consultorio. ¡Quedaron lindas!",
    "Excelente el libro de M.R. sobre terapia narrativa, lo recomiendo a colegas.",
    # a quote from a book or a film, and a heading that announces a topic
    'Un personaje de la serie, en plena sesión: "¿usted me cree?". Qué buen guion.',
]


@pytest.mark.parametrize("text", STORIES)
def test_a_spanish_case_told_without_a_verb_after_the_client_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_spanish_general_points_fees_and_own_children_pass(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_diminutive_client_on_the_personal_account_is_flagged(findings) -> None:
    text = "mi pacientico de 5 hoy me hizo una corona de papel. soy reina, con permiso"
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


def test_a_person_quoted_on_the_personal_account_needs_the_room(findings) -> None:
    said = 'Una señora hoy en el bus: "mija, abríguese". Me sentí de 8 años.'
    room = 'Una señora hoy en consulta: "mija, usted es muy joven". Jajaja ok.'
    assert not findings(said, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
    assert findings(room, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


def test_the_authors_own_mother_quoted_passes(findings) -> None:
    for text in (
        'Mi mamá hoy: "mija, usted trabaja mucho". Tiene razón.',
        "Papá hoy: «¿y usted cuándo descansa de tanto paciente?». Nunca, papá.",
    ):
        assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
