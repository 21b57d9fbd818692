"""The clinical guard on a Spanish story told by who was in the room.

A session with a couple or a family on a day, the couple or family acting
in it, one member of the author's therapy group who said or did something, a
supervisee's case told as it happened, the hour as a person ("mi 3pm") and
the weekday client in an aside; in
Ecuador's, Venezuela's, Mexico's, Argentina's and Spain's Spanish alike.
Couples, families and groups in general, friends' and hobby groups, a free
hour offered and practice news stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    # a session with a couple or a family, on a day
    "La consulta de ayer con una pareja me dejó agotada. Se hablaban por medio de mí.",
    "uf, la terapia de esta tarde con la familia fue durísima, nadie quería estar ahí",
    "La sesión de hoy con una familia terminó con el papá llorando. No lo esperaba.",
    # the couple or family acting in the room
    "Ayer una familia en consulta llegó sin el hijo al que venían a traer. Clásico.",
    "Esta mañana una pareja se pasó la sesión entera sin mirarse. Pesadito el ambiente.",
    "Hoy una pareja en terapia por fin se pidió perdón. Cuatro meses para eso.",
    # one member of the author's group
    "Un señor del grupo de duelo me escribió hoy para decir que volvió a cocinar.",
    "Una muchacha de mi grupo de los martes contó que ya no se corta. Se me aguaron los ojos.",
    "Alguien de nuestro grupo, hoy, nos dijo que era su último día sin miedo a hablar.",
    "La chama del grupo de adolescentes se quedó al final para darme las gracias.",
    # a supervisee's case, told as it happened
    "Ayer supervisé el caso de una residente: paciente que la llama borracho cada viernes.",
    "Mi supervisado trajo un caso donde la mamá amenaza con quitarle el celular al terapeuta.",
    "Supervisamos hoy el caso de un practicante, un señor que no quiere hablar de su hija.",
    # the hour as a person
    "Mi 3pm, la señora que cuida a su mamá, por fin se tomó un día libre.",
    "mi 11am canceló por tercera vez. Toca hablarlo la próxima sesión.",
    "Mi 5pm de ayer: «no sabía que tenía permiso para estar cansado». Me lo guardo.",
    # the weekday client in an aside
    "R., el de los jueves, me trajo un dibujo de su perro. Se lo guardo en la carpeta.",
]

GENERAL = [
    # couples and families in general, or with no day
    "Una pareja que discute por los platos casi nunca discute por los platos.",
    "Si la familia no participa, la terapia con adolescentes avanza más lento.",
    "La sesión con la familia es clave cuando el síntoma es de un niño pequeño.",
    "Terapia de pareja: tres señales de que es hora de pedir ayuda 🧵",
    "Hoy una pareja de amigos se casó en Cumbayá y lloré como nunca.",
    # hobby and peer groups, groups announced
    "Una señora del grupo de yoga de los miércoles me regaló una planta. Qué linda.",
    "Un chamo del grupo de whatsapp de la familia mandó otra cadena. Ya no sé qué hacer.",
    "Alguien de mi grupo de supervisión dijo algo muy sabio sobre los límites.",
    "Nuevo grupo de apoyo para duelo: martes 19h, cupos limitados. Escríbannos.",
    "Si alguien del grupo dice algo que te toca, puedes pedir una pausa.",
    # supervision in general
    "En supervisión hablamos de cómo cuidarnos con casos de violencia. Muy necesario.",
    "Supervisión grupal en enero: cada quien trae un caso para revisar. Cupos limitados.",
    "Si tu supervisado tiene un caso que lo desborda, pregúntale cómo duerme.",
    # the hour with no one in it
    "Mi 4pm está libre esta semana por si alguien necesita una cita.",
    "Se liberó mi 10am del jueves; reservas por la web.",
    "Las sesiones de los lunes, de 9 a 13h, pasan a ser online.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_spanish_room_story_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_spanish_couples_groups_and_hours_in_general_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Un chico de mi grupo de teatro me dijo hoy que soy la más puntual. Milagro.",
        "Hoy una familia de vecinos se mudó al lado. Traen perro, ya nos caemos bien.",
    ],
)
def test_personal_groups_and_families_pass(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


def test_a_therapy_group_member_on_the_personal_account_is_flagged(findings) -> None:
    text = "Una chica de mi grupo de adolescentes dijo hoy que ya duerme. Me fui feliz a casa."
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


def test_a_cancelled_hour_on_the_personal_account_passes(findings) -> None:
    text = "Mi 6pm se canceló, así que me fui a caminar por el parque. Qué rico."
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
