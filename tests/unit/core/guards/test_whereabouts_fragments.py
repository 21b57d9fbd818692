"""The whereabouts guard on a day told in fragments, and on family days of the author's own."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

# The author's day with no "I", in wordings of our own, each with the part that must be flagged.
FRAGMENTS = [
    # a movement or a posture opening the sentence, reaching a place
    ("Cycled along the towpath before work, frost on every gate.", "Cycled along the towpath"),
    ("Hiked Mount Wellington on Saturday and my calves have filed a complaint.", "Hiked Mount"),
    ("Stuck on the Coast Road for 40 minutes behind a tractor.", "Stuck on the Coast"),
    ("Waiting at Schiphol for a connection that keeps moving gates.", "Waiting at Schiphol"),
    ("Dropped off the dry cleaning at the place on Dunmore Street, finally.", "Dropped off"),
    # a name opening the sentence, then a time or an errand's purpose
    ("Sainsbury's Local at 9pm is a social experiment.", "Sainsbury's Local at 9pm"),
    ("Ikea Tempe on a Sunday afternoon. Why do I do this to myself.", "Ikea Tempe on a"),
    ("Post Office in Morningside to collect my passport. Queue out the door.", "Post Office"),
    # a short opening phrase, then a named place, with a time
    ("Choir rehearsal in Portobello every Tuesday, come hear us murder Handel.", "in Portobello"),
    # a named venue with its common noun, with a time
    ("Coffee and a scone by the Dunlaoghaire pier this morning, sea like glass.", "pier"),
    # a ride by its clock, a hold-up between named stops, on call, heading out
    ("The 7.42 from Haarlem was cancelled so I'm late for everything.", "7.42 from Haarlem"),
    ("Northern line stuck between Angel and Bank for 15 minutes.", "stuck between Angel"),
    ("On call at the infirmary tonight, send snacks.", "On call at"),
    ("On call from home all weekend, so replies will be short.", "On call from"),
    ("In Aberdeen until Friday for a training block, replies will be slow.", "In Aberdeen until"),
    ("In the train to Utrecht for the congress, slides still unfinished.", "In the train to"),
    ("School visits all day, heading out now with a boot full of forms.", "heading out now"),
    # a small-hours clock with the author still at it
    ("12:20am and still finishing the court report.", "12:20am and still"),
]
KIN_DAYS = [
    ("My brother gets married in Rotorua on Saturday, so I'm off Friday.", "My brother"),
    ("Nephew's passing-out parade at Catterick tomorrow, very proud auntie.", "Nephew's"),
    ("Driving down to my mum's in Ayr first thing tomorrow.", "my mum's in Ayr"),
    ("Mi hijo's graduation tonight at the civic centre. Tissues packed.", "Mi hijo's"),
    ("My daughter starts school today so no replies from me until Monday.", "My daughter"),
]
NOT_OURS = [
    # someone else's movement or journey: a client, a student, "he"
    "Walked a client through the Stages of Change model this morning.",
    "He drives in from Kinross, 90 minutes each way, because he won't do video.",
    "Dad works nights at Grangemouth so mum does every school run. Exhausting for her.",
    # a title, a topic, a service, a statistic: no day of the author's
    "Running Club at Lakeside is our new peer-support group, referrals open.",
    "Youth in Ontario can also call the helpline at 1-800-668-6868.",
    "Group Session at 10am on Thursdays is full; the waitlist is open.",
    "Grief in Scotland looks different after the pandemic, a new study says.",
    "In Scotland this week, the government announced new money for CAMHS.",
    "In Glasgow, waiting lists for adult ADHD assessment are the longest.",
    # a client's or a student's family, a kin's past, a quoted kin
    "A client's son graduates in Dundee on Friday and she is terrified of the crowd.",
    "My mum grew up in Paisley and today would have been her 80th.",
    "'You're not my mum' shouted across the room at the foster carer today.",
    "Our family therapy clinic in Galway opens on Monday for referrals.",
]


@pytest.mark.parametrize(("text", "phrase"), FRAGMENTS + KIN_DAYS)
def test_authors_day_in_fragments_warns(findings, text: str, phrase: str) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS, backstop=False)
    assert found, text
    assert any(phrase.lower() in text[f.start : f.end].lower() for f in found), found


@pytest.mark.parametrize("text", NOT_OURS)
def test_someone_elses_day_or_no_day_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


def test_family_day_on_the_personal_account_passes(findings) -> None:
    text = "My brother gets married in Rotorua on Saturday, so I'm off Friday."
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False, account=Role.PERSONAL)


# Advice to the reader and scenes from a past year: no one's whereabouts now.
NOBODYS = [
    "Moving to Dundee for your training post and knowing no one there is hard, even if it's fun.",
    "Bolt stepping back in Beijing in 2008 was the quiet lesson nobody noticed.",
    "Relocating to Hobart for your partner's job and leaving every friend behind is grief too.",
]
# With a day or a "now", the same shapes stay the author's.
STILL_OURS = [
    ("Flying to Belfast on Thursday, say hello if your team is there too.", "Flying to Belfast"),
    ("Driving to Cork tomorrow, your emails will wait.", "Driving to Cork"),
    ("Back in Denver since 2019 and this week it finally feels like home.", "Back in Denver"),
]


@pytest.mark.parametrize("text", NOBODYS)
def test_advice_and_past_years_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(("text", "phrase"), STILL_OURS)
def test_a_day_keeps_the_trip_the_authors(findings, text: str, phrase: str) -> None:
    found = findings(text, rule=Rule.WHEREABOUTS, backstop=False)
    assert any(phrase.lower() in text[f.start : f.end].lower() for f in found), found
