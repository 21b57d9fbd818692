"""The identity_link guard on the trade shown in passing on the personal account.

Fellow clinicians addressed with where they are ("psych friends in Leeds, ..."), a
relative's words introducing the author by the job ("introduces me as 'my son the
therapist'"), the practice run as a business ("my practice's website", "anyone else's
practice hired ..."), and a client talked through at consult in a personal client story.
A yoga or band practice, friends studying psychology, and a client of someone else's
trade are not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

LINKS = [
    "Psych friends in Leeds, who's going to the trauma conference in May?",
    "psych peeps around Brisbane: anyone know a good hiking club?",
    "Dad introduces me to every neighbour as 'my son the psychologist, ask him anything'.",
    "Grandma keeps introducing me at church as 'our girl the therapist'. Help.",
    "Spent all weekend fixing my practice's website and now I hate computers.",
    "Has anybody else's practice hired a receptionist who actually answers the phone?",
    "our practice's office dog ate a whole box of tissues today",
    "Peer consult this morning, we talked through a client who keeps cancelling and "
    "she finally said why. Heavy.",
]

NOT_LINKS = [
    "Psych friends from uni came over for dinner and we played charades till 2.",
    "my yoga practice's new studio has a sauna and I am never leaving",
    "Band practice moved to Thursdays, our practice room is being painted.",
    "My practice has changed so much since I started meditating daily.",
    "My sister talked about a client at her salon who tipped in gold coins.",
]


@pytest.mark.parametrize("text", LINKS)
def test_the_trade_in_passing_links_the_accounts(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize("text", NOT_LINKS)
def test_other_practices_and_friends_do_not(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text
