"""The clinical guard on a patient written in shorthand, with no client word.

Clinicians in any specialty write "pt" for the patient: owned by the author
("my pt"), as the subject of a sentence ("pt sells fish at the market and
says…"), or after a determiner with a verb or a relative clause ("the pt who
texts me memes"). Plural "pts" (patients in general), a chart phrase in
quotes, a general frame ("when the pt…") and "PT" (physical therapy) are no
one in particular.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: One patient in shorthand, told by the clinician who met them.
STORIES = [
    "pt sells fish at the harbour market and swears the tremor only started with the new job",
    "my night-shift pt from the coast finally got her transfer home and I almost cried",
    "the quiet pt in bay 7 was humming hymns at 3am. turned out she was just scared of the dark",
    "Curious what others do: a pt on the ortho floor who keeps pulling her drain wants to leave",
    "pt telling me about his dog for 20 minutes before he would say a word about the overdose",
    "Pt refused breakfast, then ate two puddings once her daughter arrived. we take those wins",
]

#: The same shorthand where no one in particular is meant.
GENERAL = [
    "if a pt tells you they're fine three times, ask a fourth. that's the whole tip",
    "never chart 'pt is difficult'. chart what happened. future you will thank you",
    "rural pts drive two hours for a 15 min med check. telehealth is not a luxury out here",
    "reminder: the pt should get the discharge summary in plain language, not just the GP",
    "pts on the waitlist average 11 weeks here. we need two more prescribers, not a new logo",
]


@pytest.mark.parametrize("text", STORIES)
def test_one_patient_in_shorthand_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_shorthand_in_general_talk_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_the_authors_own_physio_appointment_is_no_patient(findings) -> None:
    text = "moved my pt appt to friday so I can make the school concert"
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
