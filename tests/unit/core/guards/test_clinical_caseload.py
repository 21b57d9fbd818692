"""The clinical guard on one person picked out of the author's caseload.

"One of my <any plural>" followed by what that person did, a client "of
mine" with or without an article, someone the author has been worried
about or followed "for a year": each picks one person out of the people
the author serves, whatever the writer calls them. The same shapes for a
favourite book, the author's own family, or advice to the reader are not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: One person picked out of a group named in the author's own words, then an event.
ONE_OF_MY = [
    "one of my year 10s has started coming to the lunchtime club again. huge.",
    "One of my long-stay residents finished the whole jigsaw today and made me check it.",
    "One of my oldest regulars turned 88 on Tuesday and brought me cake.",
]

#: A client "of mine", with no article or with another determiner.
OF_MINE = [
    "Client of mine passed her driving test this morning and texted me the photo.",
    "That patient of ours from the spring rang to say the new job is going well.",
]

#: Followed for one year, not only for "years".
FOLLOWED_A_YEAR = [
    "A bloke I've been seeing for a year finally rang his brother. Big day.",
]

#: The same shapes about no client.
NOT_A_CLIENT = [
    "One of my favourite books on grief is back in print. Worth every page.",
    "One of my daughters turned 12 today and informed me I am embarrassing.",
    "One of my goals this year: fewer webinars, more walks.",
    "One of my go-to books for new parents just got a second edition.",
    "One of my new year resolutions failed by January 3rd, as usual.",
    "One of my old lecturers published a brilliant paper on rural CAMHS this month.",
    "A colleague of mine ran the Dublin marathon on Sunday. Legend.",
]


@pytest.mark.parametrize("text", ONE_OF_MY)
def test_one_of_my_anything_then_an_event_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", OF_MINE)
def test_a_client_of_mine_without_an_article_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", FOLLOWED_A_YEAR)
def test_someone_followed_for_a_year_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_A_CLIENT)
def test_the_same_shapes_about_no_client_are_not_flagged(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_patient_of_mine_on_the_personal_account_is_flagged(findings) -> None:
    text = "Patient of mine just got picked for the county team and I'm beaming."
    assert findings(text, Role.PERSONAL, Rule.CLINICAL, backstop=False)


#: An appointment slot heading the post, or a referral, sets a story in the work.
SLOT_OR_REFERRAL = [
    "3pm: uncle brings his niece in because 'she's gone off her food'. He was right.",
    "10:40: mum brings her boy in because 'he's not himself'. She was spot on.",
    "Following up a referral for a 7yo - school ref 22-114 - still nothing since March. Her dad "
    "is at the end of his tether.",
]

#: The same settings with nobody in particular.
SLOT_OR_REFERRAL_NOBODY = [
    "2pm: free webinar on sleep and screens, link below.",
    "Referrals for the January group are open. Waits are about six weeks at the moment.",
    "10am: team meeting. 11am: more team meeting. Send biscuits.",
]


@pytest.mark.parametrize("text", SLOT_OR_REFERRAL)
def test_a_slot_heading_or_a_referral_sets_a_story(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", SLOT_OR_REFERRAL_NOBODY)
def test_a_slot_or_a_referral_with_nobody_in_particular_is_not_flagged(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: One person calling the author by their title; one person as they were when "we" began.
BETWEEN_THE_TWO = [
    "\u201cMiss, are you sad today?\u201d asked across the art table. Kids see everything.",
    "'Doctor, you never write anything down.' I do, later. In the car.",
    "A woman who would not sit down when we first met brought her knitting this week.",
]

#: The same words with no one from practice: a joke, a novel, something the author began.
NOT_BETWEEN_THE_TWO = [
    "Old joke: 'Doctor, you have to help me, I think I'm a pair of curtains.'",
    "Favourite line in the novel: 'Doctor, you cannot cure a city.' Read it twice.",
    '"Doctor, you\'re late," my daughter said when I got home at 8. Fair.',
    "A friend who ran the bakery when we started the practice still sends scones on Fridays.",
    "When we began the waitlist audit, nobody expected the numbers we found.",
]


@pytest.mark.parametrize("text", BETWEEN_THE_TWO)
def test_a_title_said_to_the_author_or_a_start_shared_is_flagged(findings, text) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_BETWEEN_THE_TWO)
def test_the_same_words_with_no_one_from_practice_are_not_flagged(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
