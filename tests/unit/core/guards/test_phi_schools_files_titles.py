"""The phi guard on schools named by their kind's letters, Spanish file words, titles, dates."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found]


#: (text, identifier): a client's school, file, name or dated discharge.
IDENTIFIERS = [
    # a Malaysian or Indonesian school by the letters of its kind
    ("Kid from SK Taman Melati keeps running out of class when the bell goes.", "SK Taman Melati"),
    ("Her daughter is in Form 3 at SMJK Chung Ling and will not go back.", "SMJK Chung Ling"),
    ("One of my students at SJKC Puay Chai drew a very dark picture today.", "SJKC Puay Chai"),
    ("Met a Year 4 girl from SJK(T) Simpang Lima this morning, so quiet.", "SJK(T) Simpang Lima"),
    ("Anak ini dari SMA Negeri Tiga, sudah tiga minggu tidak masuk.", "SMA Negeri Tiga"),
    # a file number behind a Spanish filing word
    ("Al expediente 2025-1142 le falta la firma de la mamá, otra vez.", "2025-1142"),
    ("La ficha 31-00771 sigue sin evaluación de trabajo social.", "31-00771"),
    # a Malay or Spanish honorific before a given name
    ("Puan Aishah finally told her husband about the panic attacks.", "Aishah"),
    ("Pakcik Razak came in early again just to chat, bless him.", "Razak"),
    ("Encik Hafiz cancelled again, third time this month.", "Hafiz"),
    ("Doña Lupe me trajo pasteles después de la sesión, qué dulzura.", "Lupe"),
    # a discharge or admission date in Spanish
    ("Referido de Pavía, le dieron de alta el 14/10 y ya tiene cita conmigo.", "14/10"),
    ("Referida de psiquiatría, alta el 2/12, primera cita el lunes.", "2/12"),
    ("Ingresó el 3/9 y lleva dos semanas sin hablar con nadie.", "3/9"),
]


@pytest.mark.parametrize(("text", "identifier"), IDENTIFIERS)
def test_identifier_is_found(findings, text: str, identifier: str) -> None:
    assert identifier in _spans(findings, text)


#: Look-alikes: a company, a title's words, experience, a file in general, blood pressure.
BENIGN = [
    "We will present at the SK Telecom wellness day next month.",
    "Tips for supporting teens with exam stress in secondary schools across Malaysia.",
    "Puan Sri and Datin are titles to use correctly when greeting older clients.",
    "Dear Encik, thank you for your enquiry: we reply within two working days.",
    "Exp. 12 años de experiencia en terapia de pareja.",
    "El expediente clínico es confidencial: nadie lo ve sin tu permiso.",
    "La presión alta el 5/5 no me dejó dormir, jaja, chequeo anual.",
    "El 10/10 es el Día Mundial de la Salud Mental. ¿Qué harán en sus escuelas?",
]


@pytest.mark.parametrize("text", BENIGN)
def test_lookalike_is_not_phi(findings, text: str) -> None:
    assert _spans(findings, text) == []
