"""The whereabouts guard on services, timetables and manners of going, told of no one."""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: No one's comings and goings, in wordings of our own.
NOBODYS = [
    # a timetable told of a service
    "The 7am ferry from Stornoway gets into Ullapool at 9:45. No wonder morning appointments"
    " fail.",
    "Every train from the coast arrives after clinic opens, so nobody can make a 9am slot.",
    # a service run by others
    "The warmline is open 6pm-2am, run by volunteers with lived experience. Save the number.",
    # a manner of going, not a place
    "No national data on perinatal OCD. We're flying blind and guessing.",
]

#: The author's own moves in the same shapes still warn.
OWN = [
    "I'm on the 7am ferry from Stornoway, back in clinic at noon.",
    "Run by the river before clinic, legs heavy.",
    "We're flying to Dublin on Friday for the conference.",
]


@pytest.mark.parametrize("text", NOBODYS)
def test_services_and_manners_are_no_ones_whereabouts(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize("text", OWN)
def test_the_authors_own_trip_still_warns(findings, text: str) -> None:
    assert findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


def test_a_remark_about_the_readers_own_person_is_general(findings) -> None:
    text = "When your son stops eating with the family, say so early. Ring the practice nurse."
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False)
