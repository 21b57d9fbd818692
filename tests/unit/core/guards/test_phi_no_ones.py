"""Places, brands, teams and names beside a person that identify no one.

A venue's street, a kind of person's county, a show's character, a side's
fans, a brand bought by the packet, a medicine taken for months, a road
driven and a stop of the author's day are not a client's identifiers; a
client's own street, town and name still are.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

NOT_PHI = [
    "Quick coffee between sessions at the cafe on Brunswick St. Flat white, no notes.",
    "Lunch with the team at Bella Vista on King Street, then back for the 2pm group.",
    "Every teen in Logan County deserves a school counsellor. Write to your rep.",
    "A kid in Penrith should get the same wait time as a kid in Mosman. Fund it.",
    "Does anyone else think Meredith from Grey's Anatomy is a case study in burnout? The show "
    "gets supervision so wrong.",
    "Today a client told me she's been on Zoloft six months and finally feels like herself.",
    "A client told me today they cried the whole way home. I ate a sleeve of Oreos after.",
    "Heading down the Bruce Hwy after a home visit with a family I've seen since the fires.",
    "Coffee in Paddington, then back to back sessions. A teen I see told me today she's okay.",
]

PHI = [
    "A client told me today she lives on Brunswick St above the laundromat and hates it.",
    "Had a young man in group today who grew up in Logan and still can't go back.",
    "Saw Meredith from Toowong today; she's finally back at work after the accident.",
    "Kyle hit 90 days today and brought me a coffee. Told me he nearly didn't make it.",
]


@pytest.mark.parametrize("text", NOT_PHI)
def test_no_ones_identifiers(findings, text: str) -> None:
    assert not findings(text, rule=Rule.PHI, backstop=False), text


@pytest.mark.parametrize("text", PHI)
def test_a_clients_identifiers_still_fire(findings, text: str) -> None:
    assert findings(text, rule=Rule.PHI, backstop=False), text


def test_a_side_is_no_family(findings) -> None:
    text = "Reckon the Broncos are cooked this year. Don't @ me, Cowboys fans."
    assert not findings(text, account=Role.PERSONAL, rule=Rule.PHI, backstop=False)
    story = "The Hendersons finally came to session together today. Dad scored a point for that."
    assert findings(story, rule=Rule.PHI, backstop=False)
