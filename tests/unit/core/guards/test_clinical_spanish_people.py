"""The clinical guard on a Spanish story told by who the person is to the author.

A title and a first name with a cancelled visit or a session ("don Julio
faltó otra vez"), a weekday client ("la señora que viene los lunes"), a
family by its surname or initials, initials with an age, a referral, a
session told by how it ended, one member of a group, one of the clients
just named, the hour as a person told to a peer, a composite case, a card
thanked for, the region's words for a kid ("un chango", "una bicha", "un
chibolo"), and a consult that presents a child with an age. Colleagues with
a title, families on screen, referrals and groups in general, and
psychoeducation stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    # a title and a first name, with a visit missed or a session
    "Don Julio faltó otra vez a la cita, ya van tres. Me preocupa más de lo que digo.",
    "La señora Carmen R. canceló de nuevo esta mañana. Le voy a escribir más tarde.",
    "Doña Chabela llegó puntual a su sesión con un tamal para mí. Así no se puede, jaja.",
    # a weekday client
    "El señor que viene los miércoles hoy por fin se rió de algo. Pequeñas victorias.",
    # a family by surname or initials
    "A la familia Huamán de Comas: gracias por confiar, fue un proceso largo y valiente.",
    "Hoy cerré con la familia R.T. de Ecatepec y me vine a casa con el corazón lleno.",
    # initials with an age, a session with initials, a name with an initial and an age
    "Me quedé pensando en A.P.R. (15), que no volvió al colegio desde el lunes.",
    "Sesión con D.F. sobre el duelo por su abuelo. Todavía no puede nombrarlo.",
    "Para supervisión: Bryan L., 13 años, ansiedad escolar y cero sueño.",
    # how the case came, and how a session ended
    "Una muchacha llegó derivada por la fiscalía y no quería ni sentarse. Hoy sonrió.",
    "La sesión de pareja que terminó con ella llorando y él callado me dejó pensando.",
    # a member of a group, one of the clients just named
    "Hay una chica en el grupo de los martes que siempre llega primero. Hoy habló.",
    "mis pacientes no saben lo que me cuesta a veces. ayer una de ellas me agradeció llorando",
    # the region's words for a kid
    "Hoy un chibolo de 15 me dijo que soy la única que le cree. Me quedé callada.",
    "En consulta una bicha de 14 me contó que ya no quiere ir al colegio. Cansada.",
    "Un chango de 16 me trajo su dibujo hoy. Lo tengo pegado en la pared.",
    # a composite case, a card
    "Caso compuesto, para pensar juntas: un hombre que dice que no puede llorar en casa.",
    "Con su permiso y cambiando detalles: una señora me enseñó hoy lo que es la paciencia.",
    "Gracias por la cartita, ya sabes quién eres. Me hiciste el día.",
    # someone in session, a consult with a child and an age, a case presented by name
    "Hoy alguien me contó en sesión que volvió a dibujar. Chiquito, pero enorme.",
    "¿Alguien sabe de neuropediatra en Arequipa? Tengo un niño de 7, muy inquieto, sin cupo.",
    "Les cuento de Mateo, 14, de Chorrillos. Llegó sin querer hablar y hoy me buscó.",
    # a later thread post, its person unnamed, doing something to the author
    "2/ Un año después, hoy me buscó en el pasillo para contarme que entró a la universidad.",
]

GENERAL = [
    # a titled colleague with no session, a family on screen
    "Feliz día a don Ernesto, el conserje de la clínica, que nos cuida a todos.",
    "Viendo otra vez la familia Addams con mis sobrinos. Morticia, ícono.",
    # referrals and groups in general
    "Si un paciente llega derivado por un juzgado, conviene aclarar qué se informa y qué no.",
    "En los grupos siempre hay alguien que habla primero. Es normal y es útil.",
    # psychoeducation, practice news, crisis lines
    "Los niños de 7 años todavía no tienen palabras para todo: el juego es su lenguaje.",
    "Nuevo taller para familias: cómo acompañar a un adolescente con ansiedad. Cupos limitados.",
    "Si estás pensando en hacerte daño, llamá al 911 o andá a la emergencia más cercana.",
    "Un caso compuesto no es un permiso para contar la vida de nadie: cuidemos los detalles.",
    "2/ Meses después me di cuenta de que el problema era mi horario, no mis ganas.",
    "2/ Hoy me tocó aprender a decir que no. Aviso: consulta llena hasta enero.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_spanish_story_told_by_who_the_person_is_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_titles_families_and_groups_in_general_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_kid_word_in_session_on_the_personal_account_is_flagged(findings) -> None:
    text = (
        "Hoy en sesión una cipota de 15 me dijo que soy la única que la escucha. Me fui llorando."
    )
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


def test_the_hour_as_a_person_told_to_a_peer_is_flagged(findings) -> None:
    text = "Ser terapeuta y que tu paciente de las 6 te diga que pareces cansada. Gracias, creo."
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
