"""The clinical guard on a Spanish client story told through the caseload, a referral or the day.

Someone out of the author's caseload or a group of care who told or wrote
something, a client the author referred or discharged, a family who
finished their therapy, the day's clients passed between in one breath,
and a later thread post with the words a client said. General frames,
friends' and school groups, the author's family and advice threads stay
quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

STORIES = [
    # someone out of the author's books or a group of care
    "Alguien de mi agenda me mandó un audio para decirme que aprobó el examen de manejo.",
    "Una persona de mis pacientes me contó ayer que por fin renunció a ese trabajo.",
    "Alguien del taller de duelo dijo esta semana que ya puede mirar las fotos sin llorar.",
    "Una señora del grupo de los jueves nos trajo sopaipillas para celebrar su cumpleaños.",
    # the author acting on one client, first person
    "Ayer di de alta a una consultante con la que trabajé dos años. Se fue sonriendo.",
    "Hace un mes mandé a una paciente a neurología y el turno sigue sin aparecer.",
    "Atendí a un paciente que no durmió en tres días. Lo acompañé hasta la guardia.",
    # a family or client who did their therapy
    "Una pareja que cerró proceso en marzo me escribió para contarme que se van a casar.",
    "Me crucé en la feria con un señor que atendí en el consultorio el año pasado.",
    # the day's clients passed between
    "Diez minutos para saltar de un joven que no quiere vivir a una mamá con un bebé enfermo.",
    # a later thread post with the client's words
    "3/ Cuando ya se iba, me suelta: «¿y usted quién la escucha a usted?». Me quedé callada.",
    "2) Antes de colgar la videollamada me dijo: 'gracias por no apurarme'. Eso fue todo.",
]

QUIET = [
    # general frames and advice
    "Si derivas a un paciente a psiquiatría, explícale por qué. Nadie quiere sentirse descartado.",
    "Cuando una familia termina el proceso, conviene agendar un seguimiento a los tres meses.",
    "Pasar de un enfoque con foco en síntomas a uno con foco en la relación cambió mi práctica.",
    "Muchos pacientes llegan pidiendo disculpas por ocupar el tiempo. Ese tiempo es suyo.",
    "2/ La psicoeducación no es dar una charla: es construir juntos un mapa de lo que pasa.",
    # friends, family and groups outside care
    "Alguien del grupo de WhatsApp del curso me escribió para organizar el asado. Voy.",
    "Una amiga que hizo terapia conmigo en la universidad, de compañeras, hoy es jefa.",
    "Mi hermana me dijo hoy que está embarazada. ¡Voy a ser tía!",
    # a crisis line and practice news
    "Si estás en crisis, llama al *4141 desde cualquier celular. Es gratis.",
    "Desde marzo atiendo también los sábados en la consulta. Agenda abierta por DM.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story_through_the_caseload_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_general_spanish_and_others_groups_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Necesito ideas: adolescente de 15, autolesiones hace un año, la mamá no quiere fármacos."
        " ¿Cómo lo trabajarían?",
        "Duda clínica: hombre mayor, viudo hace poco, dejó de comer. ¿Derivarían a geriatría?",
        "Ayuda, colegas: consultante joven, crisis de pánico en el metro. ¿Qué les ha servido?",
    ],
)
def test_a_bare_case_brief_with_its_age_asked_to_peers_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Pregunta de examen: paciente adulto, 45 años, ¿qué escala usarían para depresión?",
        "Viñeta para el curso: mujer joven, insomnio. ¿Qué preguntarían primero?",
        "¿Qué opinan de la terapia breve para adultos mayores? Me interesa leer experiencias.",
    ],
)
def test_a_made_up_case_or_a_general_question_passes(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_someone_from_the_caseload_on_the_personal_account_is_flagged(findings) -> None:
    text = "Alguien de mis consultantes me escribió hoy para contarme que aprobó la tesis."
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        # the author may be a member of a group: on the personal account it is no client
        "Alguien del grupo de duelo me contó hoy que ya puede dormir de corrido.",
        "Alguien de mi grupo de amigas me contó que se separa. Drama total.",
    ],
)
def test_a_group_member_on_the_personal_account_passes(findings, text) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text
