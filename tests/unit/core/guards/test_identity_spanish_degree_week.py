"""The identity_link guard on the personal account: the degree, the week's count, a session.

Spanish tells the job by the degree the author holds ("recibida de
psicóloga"), the week counted in clients ("semana de 35 pacientes"),
someone in the author's session ("en sesión una nena me…") and fees
charged as at the practice. The author's own therapy, a photo session,
a relative's degree and fees the author was charged stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

LINKED = [
    "Hace cinco años me recibí de psicóloga y todavía me cuesta creerlo.",
    "Egresado de psicología en 2015, y sigo sin saber cocinar arroz.",
    "Jornada de 11 pacientes y después la feria. Mis pies no existen.",
    "Ayer vi 9 pacientes seguidos. Hoy no contesto mensajes, perdón.",
    "En sesión una nena me corrigió la pronunciación de un Pokémon. Humillada.",
    "A mis primos les voy a cobrar como en mi consulta si siguen pidiendo consejos.",
]

QUIET = [
    "Hoy en sesión mi terapeuta me preguntó por mi abuela y lloré todo el camino.",
    "En la sesión de fotos el fotógrafo me pidió que no sonriera tanto.",
    "Mi prima se recibió de psicóloga el viernes, la familia entera fue a aplaudir.",
    "En la consulta del kine me cobraron el doble que el año pasado.",
    "Semana de 3 cumpleaños y 2 asados. Mi hígado pide vacaciones.",
]


@pytest.mark.parametrize("text", LINKED)
def test_the_job_told_on_the_personal_account_warns(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize("text", QUIET)
def test_own_therapy_and_others_degrees_pass(findings, text: str) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text
