"""Benign professional posts whose person, case or place words name no one and nowhere.

A role as a predicate ("makes you the person who..."), a habit ("whenever
someone..."), a case that is an argument ("the business case"), a monitoring
schedule ("Baseline, 4 wks, then..."), a field in a country ("training in Ghana
is still..."), the practice's own number offered with "Call/WhatsApp" and an
institution's age ("the clinic is 95") are no client, no whereabouts and no
identifier; the author's own client, trip, a client's number or age still count.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Patients ask if a smoke alarm at home is overkill. No. It makes you the person who "
        "was ready.",
        "I think of it whenever someone asks me if therapy works: it did for me.",
        "In systemic work the family is my client, not whichever member rings to book.",
        "The business case has been made twice now. Budget office, are you listening?",
        "Peer workers save money. The funding case was made years ago and still nobody acts.",
        "Baseline, 4 wks, 12 wks, then annually. Put it in the recall system.",
        "Targets drafted by someone who has never run a clinic. Again.",
        "Asylum reports cut both ways. A diagnosis can support the case, but it can also "
        "shrink a person to a certificate.",
    ],
)
def test_a_role_a_habit_an_argument_or_a_schedule_is_no_client(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "A client I see told me today she wants to be the person who breaks the cycle.",
        "Baby Noor, 12 wks, and her mum came in today: mum has not slept since the birth.",
        "Tough case this week: a teen who told me he's been sleeping in his car since March.",
    ],
)
def test_a_client_beside_such_words_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Trauma-focused training in Ghana is still mostly imported from abroad. Who is "
        "building local curricula?",
        "Supervision training in Kenya remains scarce outside the two big cities.",
        "Play therapy training in Ireland has come a long way since the nineties.",
    ],
)
def test_a_field_in_a_country_is_no_whereabouts(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Training in Accra this week, back in clinic Monday.",
        "Conference in Lisbon is next week and I'm presenting twice.",
    ],
)
def test_the_authors_own_meeting_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.WHEREABOUTS, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Taking referrals for teens. Call/WhatsApp +254 733 100 200 or book online.",
        "Our Saturday group has two places left. Text/call +27 82 555 0142 to book.",
    ],
)
def test_the_practices_number_offered_with_a_slash_is_no_identifier(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


def test_a_clients_number_with_a_slash_still_counts(findings) -> None:
    text = "His mum asked me to call/text him on +254 711 222 333 if he misses again."
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "The clinic is now 95 years old. Here's to the next 95.",
        "Our church turns 100 this Sunday and the whole congregation is baking.",
        "This oak is 120 years old and has outlived every doctor in the practice.",
    ],
)
def test_an_institutions_or_a_things_age_is_no_identifier(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "The oldest patient at the clinic is 97 and still walks in unaided.",
        "My client at the care home turned 96 today and asked for a cigarette.",
    ],
)
def test_a_persons_age_beside_a_place_still_counts(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        "Now seeing couples and families. Evening sessions available 🌙 Call (212) 555-0123 "
        "or visit the website.",
        "Openings for adolescents this autumn. Telehealth too 💻 Call (212) 555-0123 or use "
        "the intake form.",
        "Evaluations in English and Spanish are now booking. Call (956) 555-0111 or email the "
        "office.",
    ],
)
def test_the_practices_number_after_an_emoji_or_call_is_nobody(findings, text) -> None:
    found = findings(text, Role.PROFESSIONAL, None, backstop=False)
    assert not [f for f in found if f.rule in (Rule.PHI, Rule.CLINICAL)], text


def test_a_named_persons_number_still_counts(findings) -> None:
    text = "Mr Ortiz (415) 555-0199 keeps calling the front desk about his son's meds."
    assert findings(text, Role.PROFESSIONAL, Rule.PHI, backstop=False), text
    assert findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text
