"""The identity_link guard on the job given away in Spanish small talk on the personal account.

Someone reacting to the job ("ah, eres terapeuta", "¿me estás
analizando?"), the job's paperwork waiting ("me faltan tres evaluaciones
neuropsicológicas"), the day's count of clients in words ("ocho pacientes
al hilo") and a person at an hour telling the author something. The
author's own therapist, a friend's job, reports in the news and a bus at
an hour stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

JOB = [
    "mi suegra en la cena: 'ay, eres terapeuta, entonces dime qué tengo'. no, doña, hoy no.",
    "cada vez que conozco a alguien en una fiesta: '¿me vas a analizar?' jaja no, tranqui",
    "Domingo de sol y yo corrigiendo 9 evaluaciones neuropsicológicas. Qué vida.",
    "me faltan las notas de evolución de toda la semana y el mate ya está frío",
    "después de ocho consultantes me tiré en el sillón y no me levanto más",
    "cinco pacientes al hilo y ni un vaso de agua. mañana me traigo termo",
    "todavía pensando en lo que me contó la señora de las 10. me fui a caminar para despejarme",
]

NOT_THE_JOB = [
    "Mi psicóloga me dijo que tengo que poner límites. Estoy en eso. #terapia",
    "Mi prima es psicóloga y se recibió ayer. ¡Qué orgullo, Cami!",
    "Los informes psicológicos del juicio salieron en todos los diarios. Qué circo.",
    "El colectivo de las 7 me dejó plantada otra vez. Llegué tarde al trabajo.",
    "El hospital atendió a ocho pacientes por el choque en la ruta, dijo la radio.",
]


@pytest.mark.parametrize("text", JOB)
def test_the_job_in_spanish_small_talk_on_personal_warns(findings, text: str) -> None:
    found = findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False)
    assert found, text


@pytest.mark.parametrize("text", NOT_THE_JOB)
def test_own_therapy_a_friends_job_and_news_pass(findings, text: str) -> None:
    found = findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False)
    assert not found, text
