"""The clinical model holds back on a personal draft about the author taken for another role.

Being taken for the doctor, the nurse or the receptionist at work is a
story about the author, not a client ("me confundieron con la enfermera");
the model needs its wider margin there. A client story that only mentions
a doctor keeps the model's own threshold.
"""

from __future__ import annotations

import pytest

from dualdesk.core.guards.learned_own_people import OWN_PEOPLE_MARGIN, personal_clinical_margin

TAKEN_FOR = [
    "En el hospital me confundieron con la enfermera y me pidieron suero. Soy psicóloga, tía.",
    "Otra vez me confunden con el médico en la guardia. Yo solo traigo pañuelos y preguntas.",
    "Someone mistook me for the receptionist today and asked me to validate parking.",
    "keep getting mistaken for a nurse on the ward. i have no idea where the gloves are",
]


@pytest.mark.parametrize("text", TAKEN_FOR)
def test_the_author_taken_for_another_role_needs_the_wider_margin(text: str) -> None:
    assert personal_clinical_margin(text) == OWN_PEOPLE_MARGIN, text


def test_a_client_story_naming_a_doctor_keeps_the_threshold() -> None:
    text = "una paciente me contó hoy que el médico le dijo que era 'puro estrés'. Qué rabia."
    assert personal_clinical_margin(text) == 0.0
