"""A pupil known by their school year, or a "wee one", whom the author sees.

"A Year 10 I see", "a Grade 8 from the high school down the road I see", "a wee one
I see" single out one young client as surely as "a teen I see". An exam timetable or
a class as a whole is no one.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Worried about a Year 9 I see - he's stopped eating lunch since the trip.",
        "Proud of a Grade 8 at the big school on the hill I see, she spoke up in class today.",
        "A wee one I see told me her teddy is 'the only one who gets it'. Noted, teddy.",
        "Thinking about a Year 12 from the high school I work with. Exams are crushing her.",
    ],
)
def test_a_pupil_by_their_year_is_a_client(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Year 10 exams start Monday. Good luck to every student out there!",
        "Grade 6 transition is a big deal for kids. Talk about it early at home.",
        "The Year 11 timetable is out and the mock exams are in two weeks.",
    ],
)
def test_school_years_in_general_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
