"""The identity_link guard on the personal account: the book of clients, the slot, the role.

Spanish tells the job on the personal account by the book of clients ("la
agenda llena de pacientes"), the hour slot as a person ("mi 3pm canceló"),
the clinician's way of seeing ("cerebro de psicóloga", "psych brain") and a
client story naming the role ("una clienta del consultorio me…", "en
sesión…"). A hairdresser's or a doctor's agenda, a class or a flight at an
hour, and a story with no role named stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

LINKED = [
    "Diciembre y yo con la agenda de consultantes hasta el tope, ni el árbol he puesto.",
    "Tengo la agenda llena de pacientes hasta el 20 y todavía no compro un regalo.",
    "Mi 3pm cancelo y me fui directo por un ceviche. Sin remordimiento.",
    "Mi 11am faltó, así que aproveché para ir al banco por fin.",
    "El de las 4 no vino otra vez, así que siesta. No me juzguen.",
    "Agenda full de consultantes hasta el 22 y yo sin un solo regalo comprado.",
    "El cerebro de psicóloga no descansa ni en la boda de mi prima.",
    "Modo on el psych brain en la reunión familiar, ni modo, no se apaga.",
    "Ayer una clienta del consultorio me trajo pan de su pueblo. Qué detalle.",
    "Una paciente hoy me preguntó si yo también lloro. Le dije que sí, y me fui pensando.",
]

QUIET = [
    "Mi peluquera tiene la agenda llena hasta enero, tuve que rogarle.",
    "Mi 6pm es la clase de salsa y de ahí no me mueve nadie.",
    "Mi 7am sonó y la apagué tres veces, lo confieso.",
    "La de las 8 es la mejor función del cine, la de las 10 siempre se llena.",
    "Mi peluquera tiene la agenda full hasta Navidad, tuve que rogarle.",
    "Cerebro de pollo el mío: dejé las llaves adentro otra vez.",
    "Hoy una amiga me dijo que estoy más tranquila. Será la playa.",
    "En la sesión de fotos del matrimonio el fotógrafo me pidió no sonreír.",
]


@pytest.mark.parametrize("text", LINKED)
def test_the_job_told_in_spanish_on_personal_warns(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_other_spanish_agendas_and_hours_pass(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text
