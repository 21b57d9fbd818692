"""The whereabouts guard in more voices: delays, Tagalog, small hours, "da" for "the"."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule
from dualdesk.core.guards.spoken_english import as_english


@pytest.mark.parametrize(
    "text",
    [
        # a hold-up on the road, the author in it
        "Crawling behind a gritter on the M8, running about 15 mins late for everyone today.",
        "Stuck behind a tractor near Ballymena, go ahead and start group without me.",
        "The Bruce Hwy is one giant car park this morning. Audiobook time.",
        "Bridge traffic at a standstill and I'm nowhere near the clinic yet.",
        "Pulled in at the roadhouse: I'm parked up until the flood goes down.",
        # away, in South Asian English and plain English
        "Out of station for a family function, back at the chamber on Tuesday.",
        "Long weekend with the fam at the lake, emails can wait.",
    ],
)
def test_delays_and_away_idioms_warn(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # someone else's lateness, therapy stuck, and work with families
        "When clients are running 20 minutes late, do you still end on time?",
        "Progress at a standstill for months can still be progress. Hold steady.",
        "Clients often feel stuck behind a wall of shame; name the wall first.",
        "Our intake team now offers weekend sessions with family members present.",
    ],
)
def test_others_delays_and_family_work_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Isang oras na ako sa SLEX, wala pang galaw. Sorry sa 3pm ko!",
        "Nasa Baguio kami ngayong long weekend, balik Lunes 🌲",
        "Papunta ako sa Alabang para sa conference, traffic pa rin.",
        "Nag-grab ako pauwi kasi umuulan, finally makakapagpahinga.",
        "Uuwi kami ng Pampanga sa Pasko, kaya sarado muna ang clinic.",
    ],
)
def test_tagalog_author_placed_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # thanks, feelings and rooms at work are no whereabouts
        "Nagpapasalamat ako sa Diyos sa lahat ng natutunan ko this year.",
        "Napaiyak ako sa CR after ng session, ang bigat.",
        "Natuto ako sa Mama ng isang client: minsan presence lang kailangan.",
        "Pag umuuwi ang mga bata galing school, kumustahin muna bago assignments.",
    ],
)
def test_tagalog_without_the_author_placed_passes(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "2:15am na, nagsusulat pa rin ng progress notes. Tulog na kayo.",
        "I'm proofreading a grant by lamplight at 3:10am, send help.",
        "We're finishing the audit spreadsheet at 1am because of course we are.",
    ],
)
def test_small_hours_of_the_author_warn(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Teens: phones out of the bedroom. Walang scrolling hanggang 1am na ha.",
        "I'm seeing more students who game until 3am on school nights.",
        "I'm noticing parents who wake at 4am worrying about rent. Sleep is a money issue.",
    ],
)
def test_small_hours_of_others_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Right now at da airport, flight delayed again 🙃",
        "At da beach wit my boys dis afternoon, no emails ok.",
        "Currently at da DOE office downtown waiting for one form.",
    ],
)
def test_spoken_spelling_of_the_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # a reader's family doings listed as examples, in either spelling
        "Want your kid to open up? Try car talks. Driving, walking da dog, baking.",
        "Try talking side by side with your teen. Cooking, walking the dog, fixing the bike.",
        "Da kids who talk story at lunch are the ones who check on each other.",
    ],
)
def test_examples_and_spoken_spelling_without_whereabouts_pass(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


def test_the_standard_reading_points_back_at_the_draft() -> None:
    text = "Stuck at da DMV"
    standard, starts, ends = as_english(text) or ("", [], [])
    assert standard == "Stuck at the DMV"
    at = standard.index("the DMV")
    assert text[starts[at] : ends[at + len("the DMV") - 1]] == "da DMV"
    assert as_english("No spoken spelling here") is None


def test_my_da_is_a_father_not_an_article() -> None:
    # Irish and Scots "da" is dad: the whereabouts guard does not read "my da" as "my the".
    assert as_english("my da's at the match") is None


def test_chamber_closure_with_dates_warns(findings) -> None:
    text = "Chamber will remain closed 3-5 March for a family wedding. Serials resume on the 6th."
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False)
