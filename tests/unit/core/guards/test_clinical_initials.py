"""The clinical guard on a patient named by first name or initials, with no client word.

A clinician tells a case with the person's initials or first name as the
subject and a verb a person does about their own care ("RK finally
consented to the scan", "Gwen says the tablets make the walls hum").
Teams and roles in two letters ("ED called"), a friend's greeting, a full
name quoted and the personal account are not a case.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A patient by initials or first name, acting on their own care.
STORIES = [
    "RK finally consented to the MRI once I drew the tunnel on a napkin. small victories",
    "M.B. told me the new tablets make everything taste like pennies. changing them monday",
    "Gwen says the night nurse is 'a spy' but her sleep is better on the lower dose",
    "overnight: Tomasz wants his meds halved before the wedding. we negotiated. he won",
]

#: The same shapes where no patient is meant.
GENERAL = [
    "ED called at 3am asking for a consult on a 'vibes' question. we all agreed it could wait",
    "HR finally agreed to the rota change once I explained the night float maths",
    "Kendra says hi to everyone from the conference! she's presenting our poster at 2",
    "Brené Brown says shame needs secrecy to grow. still true in every session I teach",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_patient_by_initials_or_first_name_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_teams_friends_and_public_figures_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_friend_by_first_name_on_the_personal_account_passes(findings) -> None:
    text = "Marta says the new pills her vet gave the dog are working. good boy Rufus"
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
