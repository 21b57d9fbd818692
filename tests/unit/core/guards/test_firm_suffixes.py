"""A firm's suffix ("S.A.", "S.L.") is no client's initials, in the clinical and phi guards.

Insurers, banks and clinics in Spanish, French and Portuguese carry "S.A."
or "S.L." after their name; a practice listing the insurers it bills is
practice news. A person's dotted initials still warn, an age beside them too.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

FIRMS = [
    "Trabajamos con reembolso de Seguros Andinos S.A., Vida Plena y Previsora. Pregunten.",
    "Aceptamos la póliza de Clínica del Valle S.A. para psicoterapia individual.",
    "Facturamos a nombre de Centro Aurora S.L. desde enero; el resto no cambia.",
]

PEOPLE = [
    "Hoy S.R. me contó que por fin durmió toda la noche sin pastillas.",
    "Ayer J.M., 17, me dijo en sesión que ya no quiere vivir con su papá.",
    "Esta semana R.T., 52 años, volvió a manejar después del accidente. Orgullo.",
]


@pytest.mark.parametrize("text", FIRMS)
def test_a_firms_suffix_is_not_initials(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", PEOPLE)
def test_a_persons_initials_still_warn(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
