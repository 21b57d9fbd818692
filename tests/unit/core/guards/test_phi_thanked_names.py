"""The phi guard on a client named where the author thanks, praises or addresses them."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _names(findings, text: str, account: Role) -> list[str]:
    found = findings(text, account=account, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found]


#: (text, name): thanks or praise to a person for their own care.
THANKED = [
    ("Thank you Wiremu for the letter you gave me at our final session. Framed.", "Wiremu"),
    ("To Imogen, who walked out of detox this morning: I told you so.", "Imogen"),
    ("Congratulations Dmitri on a year sober. You did the hard part, every single day.",
     "Dmitri"),
    ("Dear Soraya, thank you for trusting me with all of it. Go gently.", "Soraya"),
]  # fmt: skip

#: Thanks to colleagues, speakers, public figures, kin or things.
NOT_THANKED = [
    "Thanks Grace for covering the phones while I ran our last session of the day.",
    "Thanks Dr. Oduya for the talk on trauma treatment at the conference yesterday.",
    "Congrats Hannah on the podcast episode about life after rehab, a great listen.",
    "Thank you Spotify for getting me through a day of back-to-back sessions.",
    "Proud of Mum for finishing her cancer treatment today. Tough woman.",
]


@pytest.mark.parametrize(("text", "name"), THANKED)
@pytest.mark.parametrize("account", [Role.PROFESSIONAL, Role.PERSONAL])
def test_a_client_thanked_for_their_own_care_is_named(
    findings, text: str, name: str, account: Role
) -> None:
    assert name in _names(findings, text, account)


@pytest.mark.parametrize("text", NOT_THANKED)
def test_thanks_to_colleagues_authors_things_and_kin_pass(findings, text: str) -> None:
    assert _names(findings, text, Role.PERSONAL) == []
    assert _names(findings, text, Role.PROFESSIONAL) == []
