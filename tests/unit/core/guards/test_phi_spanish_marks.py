"""The phi guard on an ID's last digits, a practice's plural call, a school talk and a drink had.

The tail of an identity document or record is an identifier in any
country's words; a practice telling its public to call ("Llamen al…",
"Comuníquese al…") gives its own number; a school where the author gives a
talk is the author's own day, not a client's school; a counted drink or
snack after a verb of having it is a brand, not a name.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Consulta de una colega: mujer de 38, DNI que termina en 5120, no quiere volver a casa.",
        "El señor del martes dejó la carpeta; su RUT terminado en 7734 quedó en la recepción.",
        "Me pasaron la derivación con los últimos cuatro dígitos de su cédula, 3390, en el mail.",
        "Referral came in for a teen, Medicare number ending in 44190, still no callback.",
        "Her chart says SSN ending 6623, which the intake form repeated. Shred it.",
    ],
)
def test_the_tail_of_an_id_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Una etapa que terminó en 2019 y otra que empezó en pandemia. Así es la vida.",
        "Nunca publiques el número de documento de nadie, ni siquiera los últimos dígitos.",
        "The NHS number is ten digits long; never post it, not even the last few.",
        "La sesión terminada en 50 minutos exactos es un mito: a veces hacen falta 60.",
    ],
)
def test_talk_about_ids_or_a_year_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Aviso: desde el lunes aceptamos nuevos seguros médicos. Llamen al 787-555-0190 para"
        " saber si su plan cubre terapia.",
        "Agenda abierta para enero. Comuníquese al 55 5555 0134 y pida su primera cita.",
        "Para cambios de horario, escríbanos al 0981 555 210 con su nombre completo.",
    ],
)
def test_a_practice_telling_its_public_to_call_is_not_phi(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


def test_a_clients_number_given_to_call_is_still_flagged(findings) -> None:
    text = "Intenté llamar al 829-555-0147, el número de la mamá del niño, y nunca contesta."
    assert findings(text, rule=Rule.PHI, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "Mañana doy una charla sobre ansiedad en el Colegio Santa Teresita para los de quinto.",
        "Ayer di un taller de autocuidado en la Escuela Normal Superior. Qué docentes tan lindos.",
        "Giving a talk on exam stress at Colegio San Ignacio this week. Wish me luck.",
    ],
)
def test_a_school_the_author_speaks_at_is_not_phi(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


def test_a_clients_school_is_still_flagged(findings) -> None:
    text = (
        "Mi paciente de 12 va al Colegio Santa Teresita y ahí nadie sabe lo que vive en su casa."
    )
    assert findings(text, rule=Rule.PHI, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "La señora de los jueves me contó de su hijo. Llegué a casa y me bebí dos Brahmas.",
        "Mi paciente de las 6 me dijo que ya no quiere vivir así. Después me comí tres Chokis.",
    ],
)
def test_a_drink_had_after_a_story_is_no_name(findings, text: str) -> None:
    found = findings(text, account=Role.PERSONAL, rule=Rule.PHI, backstop=False)
    assert not found, text
