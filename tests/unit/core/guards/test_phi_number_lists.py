"""The phi guard on an organisation's line given as a list of numbers."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Youth crisis line: 0917-555-0142 or 0998-555-0187, open all night.",
        "Suicide prevention helpline 0161 496 0500 (24 hours), 0161 496 0501 (text only).",
        "Kids helpline 0412 555 019 / 0412 555 020, staffed by trained volunteers.",
    ],
)
def test_every_number_of_a_listed_line_passes(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # a person's number after the line, in another sentence or clause
        "Crisis line: 0917-555-0142. Her sister's mobile is 0998-555-0187, she keeps calling.",
        "Hotline 0161 496 0500 is busy, so I gave him my own mobile 07700 900 482.",
    ],
)
def test_a_persons_number_after_a_line_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # a line's name of a few words between the line word and its number, in any language
        "En crisis, llame a la Línea de Apoyo Emocional de Cali (602) 555 0142, todo el día.",
        "Ligne d'écoute jeunesse de Montréal (514) 555 0199, ouverte jour et nuit.",
        "The Youth Crisis Support Line for Greater Vancouver (604) 555 0123 never closes.",
    ],
)
def test_a_named_line_in_several_words_passes(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "La línea estaba caída, así que la mamá del paciente me dio su celular (604) 555 0177.",
        "The practice line was down so her dad rang from his mobile (604) 555 0177 instead.",
    ],
)
def test_a_persons_number_near_a_line_word_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # shared-cost and free national prefixes, and a star code, with a Spanish cue
        "Si te sientes sin salida, marca *4141 o llama a la Fono Ayuda 600 222 3344.",
        "En Santiago, orientación en salud todo el día: 600 555 0101. Es gratis.",
        "Para emergencias emocionales: 01 8000 555 123, atienden a cualquier hora.",
        "Urgencias de salud mental: 809 555 0144, también por WhatsApp.",
        "¿Necesitas hablar con alguien? Llama al 212 555 0188 esta misma noche.",
    ],
)
def test_a_spanish_crisis_line_passes(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "La hija de mi consultante me dejó su celular 212 555 0188 para avisarle si falta.",
        "Llamé a urgencias y después la pareja del paciente me dio su número: 809 555 0144.",
    ],
)
def test_a_persons_number_in_spanish_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Marca *4141 o al (604) 555 0177 si no tienes saldo, atienden toda la noche.",
        "Text #741 or (604) 555 0177 any time, it's free and confidential.",
    ],
)
def test_a_number_listed_after_a_star_code_passes(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


def test_a_persons_number_after_a_code_to_hide_it_still_warns(findings) -> None:
    text = "Su mamá, que marca *31# para ocultar su número, me llamó del (604) 555 0177."
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        # the practice's own number, in Spanish: the same after a move, ours, call us
        "Nos cambiamos de piso en el mismo edificio. Mismo número, 0991 555 017, y mismo horario.",
        "Para agendar, nuestro WhatsApp es (786) 555-0192. Respondemos de 9 a 6.",
        "Cualquier duda, llámanos al 02 555 0123 o escríbenos por aquí.",
    ],
)
def test_the_practices_own_number_in_spanish_passes(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


def test_a_clients_number_in_spanish_still_warns(findings) -> None:
    text = "Mi paciente me dejó el celular de su hermana por si no llega: (786) 555-0131."
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text
