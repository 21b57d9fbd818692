"""The whereabouts guard on a stop after work, a queue at an office, a wait in casualty."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _fired(findings, text: str) -> bool:
    return bool(findings(text, account=Role.PROFESSIONAL, rule=Rule.WHEREABOUTS, backstop=False))


#: A dish in any language at a named street or place, after or between the day's work.
AFTER_WORK = [
    "Kopi peng at Ah Seng between clients. Needed that.",
    "Tteokbokki in Koreatown after clinic, no regrets.",
    "Cold noodles on Vermont after a long day of intakes.",
    "Bún chả on Kingsland Road after back-to-back appointments.",
]


@pytest.mark.parametrize("text", AFTER_WORK)
def test_stop_after_work_is_whereabouts(findings, text: str) -> None:
    assert _fired(findings, text)


#: Someone else's stop, a general claim, a practice's arrangement.
NOT_OWN = [
    "Clients in Sheffield after sessions often report feeling lighter.",
    "We meet in Room 4 after sessions for peer supervision.",
    "She waits on Olympic after sessions for her bus.",
    "Groups in Leeds between sessions are a great idea for peer support.",
    "Walks on Hampstead Heath between clients really help me reset.",
]


@pytest.mark.parametrize("text", NOT_OWN)
def test_not_the_authors_stop(findings, text: str) -> None:
    assert not _fired(findings, text)


#: The author in a queue at an office, in Spanish: a queue is where one stands.
QUEUES = [
    "Una hora haciendo cola en el banco de Providencia. Paciencia.",
    "Llevo 40 minutos en la fila de la Registraduría y todavía no me atienden.",
    "Tres horas en la fila del consulado, con el libro de Yalom para pasar el rato.",
]
#: Someone else's queue, a general remark.
NOT_QUEUES = [
    "Mi paciente pasó tres horas en la fila del Seguro Social y llegó agotada a la sesión.",
    "La ansiedad en la fila del supermercado es más común de lo que crees.",
    "Una cola de pacientes en espera: así está la salud mental pública.",
]


@pytest.mark.parametrize("text", QUEUES)
def test_queue_is_whereabouts(findings, text: str) -> None:
    assert _fired(findings, text)


@pytest.mark.parametrize("text", NOT_QUEUES)
def test_others_queue_is_not_whereabouts(findings, text: str) -> None:
    assert not _fired(findings, text)


#: The author sitting in an emergency department, on the professional account too.
CASUALTY = [
    "In casualty at Baragwanath with a young person who would not go in alone. Hours now.",
    "Still in the ER with a patient who refused to go up alone. Long night.",
    "Sat in A&E again, third time this month with the same lad.",
    "In casualty for 5 hours now with a young person who just needed a bed.",
]
#: A general remark about emergency care, advice to a reader.
NOT_CASUALTY = [
    "In casualty, staff are stretched and people in crisis wait hours: we need better pathways.",
    "Emergency departments at night are no place for someone in crisis.",
    "In A&E for mental health? You can ask for the liaison psychiatry team.",
]


@pytest.mark.parametrize("text", CASUALTY)
def test_casualty_is_whereabouts(findings, text: str) -> None:
    assert _fired(findings, text)


@pytest.mark.parametrize("text", NOT_CASUALTY)
def test_emergency_care_remark_is_not_whereabouts(findings, text: str) -> None:
    assert not _fired(findings, text)
