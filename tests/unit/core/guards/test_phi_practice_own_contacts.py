"""The phi guard on the practice's own mailboxes and number, beside a client's."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found]


#: A mailbox at the practice's own website (a profile marker), a Spanish role's mailbox,
#: the practice's number in a post that names the practice and no one else.
PRACTICE_OWN = [
    "Buscamos recepcionista bilingüe a tiempo parcial. Envía tu CV a empleos@doecounseling.com",
    "Send your CV to jane.recruiting@doecounseling.com if you'd like to join Doe Counseling.",
    "Para citas escribe a citas@consultoriolaluz.pr, respondemos en 48 horas.",
    "Doe Counseling has moved! New rooms at the old mill. Same number: 617-555-0199.",
    "Estamos contratando en Doe Counseling. Llamen al 787-555-0142 para más información.",
]


@pytest.mark.parametrize("text", PRACTICE_OWN)
def test_practice_own_contact_is_not_phi(findings, text: str) -> None:
    assert _spans(findings, text) == []


#: Someone else's contact details, even in a post naming the practice.
SOMEONE_ELSES = [
    ("Doe Counseling update: a client asked me to share her number, 617-555-0123.",
     "617-555-0123"),
    ("Mi paciente me dio su número, 787-555-0142, para emergencias.", "787-555-0142"),
    ("Email the client at tom.r@gmail.com if you're covering.", "tom.r@gmail.com"),
    ("Doe Counseling: la mamá dejó su número, 787-555-0111, llámenla hoy.", "787-555-0111"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "identifier"), SOMEONE_ELSES)
def test_someone_elses_contact_is_phi(findings, text: str, identifier: str) -> None:
    assert identifier in _spans(findings, text)


#: The practice's new address after an abbreviation a sentence split would cut at.
PRACTICE_MOVES = [
    "Big news: our clinic relocates to No. 7 Harbour Road, Tema, from the 3rd of March.",
    "From Monday the team is based at Apt. 4, 18 Maple Street, above the pharmacy.",
    "Reminder: the office has moved to No. 31 Spintex Road. Same hours as before.",
]


@pytest.mark.parametrize("text", PRACTICE_MOVES)
def test_the_practices_address_after_no_is_its_own(findings, text: str) -> None:
    assert _spans(findings, text) == []


def test_a_clients_address_after_no_is_still_phi(findings) -> None:
    text = "Home visit this morning: she lives at No. 9 Kofi Annan Street with her aunt."
    assert any("Kofi Annan Street" in span for span in _spans(findings, text))
