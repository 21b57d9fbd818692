"""The identity guard on a personal Spanish post that puts the author at work as the clinician.

A day or a week at the consultorio with no one else's in it ("toda la
semana en el consultorio"), and the profession with an article after "soy"
("Soy la terapeuta, señora"), link the personal account to the practice. A
visit to someone else's consultorio, a wait as a patient and the
profession of someone in the author's family stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

LINKED = [
    "por fin viernes. toda la semana en el consultorio y hoy solo quiero mi cama",
    "Hoy en el consultorio fue un día de esos. Me voy a comer tacos y a no pensar.",
    "Me preguntaron si era la enfermera. No, soy la psicóloga, pero gracias por el ascenso.",
    "En la fila del banco alguien me pidió consejo. Soy el terapeuta, no el adivino, jaja.",
]

QUIET = [
    "Hoy en el consultorio del dentista casi me duermo con la anestesia.",
    "Toda la mañana en el consultorio esperando al pediatra con el peque. Qué paciencia.",
    "Mi hermana dice que soy la psicóloga de la familia porque todos me cuentan todo.",
]


@pytest.mark.parametrize("text", LINKED)
def test_the_author_at_work_as_the_clinician_is_linked(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_someone_elses_consultorio_and_family_roles_pass(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text
