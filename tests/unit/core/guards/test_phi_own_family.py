"""The phi guard on the author's own family's dates and towns, beside a client's."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _spans(findings, text: str, account: Role = Role.PROFESSIONAL) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found]


#: The author's own kin: their dates and towns are no client's identifiers.
OWN_FAMILY = [
    "I'm away 3-7 May to settle my son into his new halls, back on the 8th.",
    "Off 12-14 March: my sister is having her baby and I'll be on auntie duty.",
    "Staying with my mother in Alnwick this week so replies will be slow. She's 81 and sharp.",
    "Visiting my mam in Whitley Bay this weekend. She's 74 and still asks what I do all day.",
    "Away 2-4 June for my brother's wedding; he finally proposed after nine years.",
]


@pytest.mark.parametrize("text", OWN_FAMILY)
def test_own_family_is_not_phi(findings, text: str) -> None:
    assert _spans(findings, text) == []


#: A client's relative or a client: still identifiers.
CLIENTS = [
    ("My client's daughter was discharged on 14 March and she is terrified.", "14 March"),
    ("Her mum died on 3 May, and she says my office is the only place she can cry.", "3 May"),
    ("A teen I see lives with his uncle in Blyth and hates the bus ride in.", "Blyth"),
    ("My patient's brother was admitted on 9 April, and my own sister works on that ward.",
     "9 April"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "identifier"), CLIENTS)
def test_clients_kin_is_phi(findings, text: str, identifier: str) -> None:
    assert identifier in _spans(findings, text)


def test_place_the_author_shares_with_a_client_is_phi(findings) -> None:
    """The author's own whereabouts, but a client is there too: the place is theirs as well."""
    text = "In casualty at Groote Schuur with a client who refused to be admitted on her own."
    assert "Groote Schuur" in _spans(findings, text + " Third hour now.")


def test_place_the_author_shares_with_family_is_not_phi(findings) -> None:
    text = "Away next week walking in Jämtland with the family. No wifi in the cabin, bliss."
    assert _spans(findings, text) == []
