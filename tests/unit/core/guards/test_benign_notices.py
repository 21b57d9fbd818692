"""Whereabouts and phi on notices and advice: a group's night, a word's origin, a line.

Crisis-line notices, advice and announcements speak of what a kind of person
does, of words, and give the practice's own number; the author's own night,
road or a client's number still count.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Most new dads are up at 3am at some point. It's not just you.",
        "Plenty of carers find walking the dog at 5am is their only quiet hour.",
        "Stress doesn't stop at the school gate, and neither does anxiety.",
        "Rumination doesn't stop at 6pm because the clinic closes.",
        "Culture-bound syndromes deserve more than a footnote in training.",
        "Mums, if your toddler only eats with the family at weekends, that is normal.",
        "To every dad waiting in the car park before his first appointment: come in, we've "
        "got the kettle on.",
    ],
)
def test_a_groups_night_or_an_aphorism_is_no_whereabouts(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Lots of roadworks on the A64 this morning, running late to clinic.",
        "Glasgow-bound and the train is already twenty minutes late.",
        "Still up typing notes at 3am, send coffee.",
    ],
)
def test_the_authors_own_whereabouts_still_warn(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Doe Counseling has two openings this spring. Phone or text 07700 900461, or use the "
        "form on the site.",
        "Call or text 0161 496 0833 for a first chat, or use the form on the site.",
        "Book a first session: email bookings@harbourtherapy.com or ring the front desk.",
        "The word 'client' comes from Latin cliens. I prefer it to patient.",
        "'Hysteria' comes from Greek hystera, the womb. A word with a lot to answer for.",
    ],
)
def test_the_practices_line_and_a_words_origin_are_no_phi(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Note for Monday: call her mum back on 07700 900461 about the referral.",
        "My client from Harehills says her nan comes from Chapeltown.",
    ],
)
def test_a_persons_number_or_place_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text
