"""The phi guard on a person's estate, Spanish "vive en", town and child's school."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found]


#: (text, place): where someone the author works with lives or studies.
HOMES = [
    ("La familia Ortiz de la Urb. Los Almendros me mandó una tarjeta.", "Urb. Los Almendros"),
    ("Su hija vive en el Residencial Las Gladiolas y no llega a las citas.",
     "Residencial Las Gladiolas"),
    ("Got a voicemail from the auntie from Blok C PPR Seri Pantai about her son.",
     "Blok C PPR Seri Pantai"),
    ("Texto de la abuela a las 10pm: viven en Villa Palmeras y el nene no duerme.",
     "Villa Palmeras"),
    ("Se mudaron a Trujillo Alto y ahora el nene cambia de escuela a mitad de año.",
     "Trujillo Alto"),
    ("A la de Cayey que faltó hoy: te guardé el espacio del jueves, sin presión.", "Cayey"),
    ("Nena de 9 en una elemental de Cidra que no quiere hablar en clase. ¿Ideas?", "Cidra"),
    ("Un chamaco de la intermedia en Naranjito me preguntó si estaba loco.", "Naranjito"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), HOMES)
def test_home_is_found(findings, text: str, place: str) -> None:
    assert place in _spans(findings, text)


#: The author's own family, the practice's own rooms, a group, a general topic.
BENIGN = [
    "Mi mamá vive en Ponce y la visito cada domingo.",
    "Nueva oficina: Urb. Santa Rosa, Calle 5, Bayamón. Mismo teléfono de siempre.",
    "Mucha gente que vive en Loíza no tiene acceso a servicios de salud mental.",
    "Las familias que viven en residenciales públicos merecen servicios cerca de casa.",
    "Hablamos de ansiedad en la escuela elemental de hoy: los niños sienten mucho.",
    "Looking for a flat in Taman Tun, any landlords to recommend? The commute is killing me.",
    "Mis hijos se criaron en Guaynabo y todavía extrañan la playa de Isla Verde.",
    "Taller para maestras de escuela elemental: cómo notar la ansiedad en clase.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_own_or_general_place_is_not_phi(findings, text: str) -> None:
    assert _spans(findings, text) == []
