"""Inside a client story, a stop on a ride and a named storm counted from place no one.

A client's progress on a train or bus route says nothing of where they live
or work, and "two years after Harvey" counts from a storm a whole city lived
through; a client's name, their school reached by bus, a person named after
"since" with more to say, and a home town still do.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule, Severity


def _spans(findings, text: str) -> list[str]:
    found = findings(text, rule=Rule.PHI, backstop=False)
    return [text[f.start : f.end] for f in found if f.severity is not Severity.INFO]


#: (text, the capitalised words that are no one's identifier)
PASSED = [
    (
        "So proud of my client this week. In March she couldn't take the tube past Victoria. "
        "Today she rode it all the way to Stratford on her own.",
        ("Victoria", "Stratford"),
    ),
    (
        "A young man I see got on the subway to Brooklyn yesterday, first time since the "
        "attack. Huge.",
        ("Brooklyn",),
    ),
    (
        "A client told me today the house still smells of mould, two years after Harvey.",
        ("Harvey",),
    ),
    (
        "A teen I work with drew the flood line on her wall in session, six months since Ida.",
        ("Ida",),
    ),
]

#: (text, an identifier still found)
STILL_FOUND = [
    ("My client Priya finally rode the train to the city on her own today.", "Priya"),
    (
        "A boy I see took the bus to Hillside School today, first time alone in a year.",
        "Hillside School",
    ),
    ("A woman I see moved to Kowloon Tong last month and the panic came back.", "Kowloon Tong"),
]


@pytest.mark.parametrize(("text", "words"), PASSED)
def test_a_stop_on_a_ride_or_a_storm_is_no_identifier(findings, text, words) -> None:
    found = _spans(findings, text)
    assert not any(word in span for span in found for word in words), found


@pytest.mark.parametrize(("text", "span"), STILL_FOUND)
def test_names_schools_and_homes_are_still_found(findings, text, span) -> None:
    assert span in _spans(findings, text), text


def test_a_drink_by_its_brand_is_no_one(findings) -> None:
    text = (
        "Up at 3am after a client's crisis call this evening, so going to make Horlicks and "
        "try again."
    )
    assert not any("Horlicks" in span for span in _spans(findings, text))
