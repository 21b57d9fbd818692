"""The clinical guard on marks of one patient's care written in passing on a ward or round.

A record number, a test owned by "him" or "her", a clinical act on a person
given by age, the end of one person's stay, a case head after a question, a
patient known by one initial, and a first name turning 90-odd on a ward all
single out a patient with no client word. A place named for a saint or a
road beside "he told me" is no public figure, so the pronoun stays a
patient. The author's own family, a trainee leaving, a colleague's birthday,
objects and studies given by age, and friends on the personal account are
not a case.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: One patient, marked by a ward's or a round's way of writing.
STORIES = [
    "UR 0048812 still has no bed upstairs and her family have been in reception since noon",
    "HRN 5520917 - who do I chase for the transfer letter? third day of asking",
    "her MoCA went from 19 to 24 once the infection cleared. delirium, not dementia",
    "Assessing a 91 year old in the morning, pray for my hearing",
    "Assessed a 101-year-old at home today. Sharper than the whole team put together",
    "Finally discharged today after eleven weeks on the ward. Shortbread all round.",
    "Bed manager wants a summary. 15 year old girl, voices for a month, no insight yet",
    "Saw R again this morning. Eating more, talking about the boat.",
    "Maeve turns 98 on Sunday and the unit has ordered a cake the size of a door",
    "Her nephew at St Brigid's posted in a photo of the dog. She told me its name twice.",
    "Moved into a unit on Fenwick Rd last month and he told me he sleeps through now",
]

#: The same shapes where no patient is meant.
GENERAL = [
    "My mum's bloods came back fine today and she's already planning the garden again",
    "Our registrar left us after 6 weeks on the ward and the cake was enormous",
    "A 120-year-old hospital building is being knocked down to make way for flats",
    "Guidance: send the discharge summary to the GP within 48 hours of the person leaving",
    "Plan B for Friday: lunch with C and the team if the training runs late",
    "My nan Maeve turns 98 on Sunday and the care home is throwing a party",
    "Our ward clerk Noreen turns 60 today and the unit is full of balloons",
    "Read Bessel van der Kolk on the ward break; he told me nothing new but said it well",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_patient_marked_in_passing_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_own_family_staff_objects_and_guidance_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_lone_initial_is_a_friend_on_the_personal_account(findings) -> None:
    text = "saw M at the beach this morning, we swam out to the buoy and back"
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
