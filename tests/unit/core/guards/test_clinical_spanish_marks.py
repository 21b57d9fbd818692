"""The clinical guard on a Spanish client story marked by an age, a slot, a session count or a bed.

A person with a bare age then an event, someone from the author's group or
weekday, the count of sessions then what was said, someone just seen, a
person at an hour of the author's day, one person's missed appointments, a
referral asked for one person, a bed with an admission, and a post that
opens on words said to the author in a clinical frame. General frames,
plurals, the author's family and stories in books stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    # a person and a bare age, then an event
    "Una nena de 9 armó una casita con plastilina y puso a la abuela afuera. Lo hablamos.",
    "Un muchacho de 23 llegó a consulta con la mochila llena de libros que no abre.",
    "Un señor de 70, recién jubilado, me preguntó si era normal no saber qué hacer los lunes.",
    # someone from the author's group or weekday
    "Una chica de mi grupo ayer: «yo pensaba que era la única». Todas asintieron.",
    "Un joven del grupo de los martes por fin contó lo de su viejo. Silencio total.",
    "El chico de mis viernes trajo un dibujo nuevo y me lo regaló sin decir nada.",
    # the count of sessions, then what was said or done
    "En la segunda sesión me contó que nunca había dicho eso en voz alta.",
    "A la cuarta consulta trajo las fotos de su hermano. Ahí empezó el duelo de verdad.",
    # someone just seen
    "El señor que acabo de atender tiene 4 nietos y ninguno lo llama. Me quedé mal.",
    "Una adolescente a la que acabo de ver me dejó pensando toda la tarde.",
    # a person at an hour of the author's day
    "Sigo pensando en lo que me contó la señora de las 11 sobre su hermana.",
    "La chava de las 5 llegó con otra cara hoy. Se nota el trabajo.",
    # one person's missed appointments
    "Tu hijo no vino a sus últimas tres sesiones, escríbeme por favor para reprogramar.",
    "La paciente otra vez faltó a la consulta y no contesta los mensajes. Me preocupa.",
    # a referral asked for one person
    "Colegas: necesito psiquiatra infanto-juvenil para un nene con crisis, zona oeste.",
    "Busco cupo en hospital de día para una señora con depresión severa. ¿Alguien?",
    # a bed with an admission
    "Cama 8 del piso de salud mental: internado hace dos semanas y nadie preguntó por él.",
    # words said to the author in a clinical frame; the day's session as a quote's source
    "Me dijo «usted es igual a mi vieja» y ahí entendí por dónde iba la transferencia.",
    "«Hoy no quiero hablar» y después habló cuarenta minutos. Consulta de esta mañana.",
]

QUIET = [
    # general frames, plurals and psychoeducation
    "Los chicos de 7 suelen dibujarse chiquitos cuando se sienten solos. No es raro.",
    "Si un niño de 6 dibuja a su familia sin él, no te asustes: pregúntale.",
    "En la primera sesión conviene explicar el encuadre y los honorarios.",
    "La transferencia no es un error del tratamiento: es su motor.",
    "Cuando un paciente falta a sesiones seguidas, vale la pena llamar antes de cerrar.",
    "¿Dónde derivan ustedes a adolescentes sin obra social? Armemos una lista.",
    # the author's own family, a bus at an hour, a book
    "Mi hijo faltó a dos clases porque tuvo fiebre. Ya está mejor.",
    "El colectivo de las 7 y media pasó lleno otra vez. Llegué tarde igual.",
    "En el libro, una nena de 8 descubrió que su padre mentía. Qué novela.",
    # a crisis line and practice news
    "Si estás en crisis llamá al 135 o andá a la guardia más cercana. No estás sola.",
    "Abrimos turnos los sábados en el consultorio. Consultas por mensaje.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story_marked_by_the_caseload_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_general_spanish_and_the_authors_own_life_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Todo el día con lo que me dijo el muchacho de las 7: que se va del país y no sabe cómo.",
        "Una chica del grupo de los miércoles cantó por primera vez. Yo quería aplaudir de pie.",
        "Caso de libro total: mi paciente de las 3 dice que no duerme desde que cerró el taller.",
    ],
)
def test_a_slot_or_a_group_member_on_the_personal_account_is_flagged(findings, text) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
