"""Dates and names that are no client's: history, a milestone, a colleague beside their job.

Our own wordings; the same dates beside a client's story still warn.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

BENIGN = [
    "Breuer's famous patient first came to him on 27 Nov 1880; she changed how we listen.",
    "Our county's warmline launched on 2 March 2021 and she now takes 300 calls a month.",
    "The Mental Capacity Act came into force on 1 October 2007; he who drafted it deserves"
    " a medal.",
    "Big thanks to Marguerite, our unit clerk, who knows where everything is. She retires"
    " June 30 and we are not ready.",
    "Broca's patient Tan, 1861: still the case I reach for when students ask where speech"
    " 'lives.'",
    "Shoutout to Bev, our ward clerk of 22 years, who knows everyone by name. She retires"
    " March 3 and we are lost.",
]

RISKY = [
    "My client told me today she was admitted on March 3, 2024 and nobody called her mum.",
    "He retires June 30 and told me in session he is terrified of the empty days.",
    "The case I saw today: she came in on 4 May after her husband died.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_historical_milestone_and_colleague_dates_raise_nothing(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", RISKY)
def test_a_clients_date_still_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text


COLLEAGUES = [
    "Huge thanks to Mr. Abara, our audiologist, who squeezed in 12 hearing screens before"
    " lunch today.",
    "Welcome back Mrs. Lindqvist, our speech-language pathologist, who has already sorted the"
    " referral backlog.",
    "Ms. Ferreira, my unit clerk, found the missing consent forms in under a minute today.",
]

NOT_COLLEAGUES = [
    "Saw Mrs. Lindqvist, our longest-serving member, today; she told me the group saved her.",
    "Mr. Abara, our new referral, told me today he has not slept since the accident.",
    "Ms. Ferreira, our longest caller, rang the line again today; she said it was the last time.",
]


@pytest.mark.parametrize("text", COLLEAGUES)
def test_a_name_beside_a_job_of_the_team_is_a_colleague(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_COLLEAGUES)
def test_a_name_beside_a_word_for_the_people_served_still_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text
