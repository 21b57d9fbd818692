"""The clinical guard on shapes that look like one person but are no case, and on
stories told on the personal account with no clinical word at all.

A parent's old job, a staffing ratio and advice addressed to peers in the
imperative name people who are nobody's client; someone the author has been
visiting for months, or a young person presented with an age who then spoke
to the author, is one person from the work even without "client" or "ward".
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: The author's own relative, described by a job; a ratio; peers told what to do.
NO_CASE = [
    "My grandad was a lighthouse keeper for forty years. Never once talked about the storms.",
    "Our mam was a district nurse in the seventies and she still tells the best stories.",
    "Midwifery is short-staffed everywhere. One midwife to 12 labouring women on a bad night.",
    "Ward managers: ask the family what a good day looked like before admission. "
    "'He loved crosswords' tells you more than any scale.",
    "Fellow counsellors: write the client's exact phrase in the notes, not your summary of it.",
]

#: Someone the author has been visiting or nursing, or a presented young person who spoke.
PERSONAL_STORIES = [
    "a man I've been sitting with every Tuesday passed away last night. Quiet. Peaceful.",
    "somebody I've been visiting since June finally let me meet his cat. Huge day.",
    "thinking about a lad, barely 15, who asked me today if anyone had ever liked him.",
    "young mum, only 19, twins, no family nearby. she told me she hasn't slept since March.",
]

#: The same shapes that stay quiet: a partner being dated, a friend, a presented colleague.
PERSONAL_QUIET = [
    "My nan, who I have been visiting every Sunday, told me she wants a tattoo. Iconic."
    "My sister, 34 today, told me she's finally learning to drive. Proud of her.",
    "New intern, 22, asked me where the good coffee is. Pointed her at the machine upstairs.",
]


@pytest.mark.parametrize("text", NO_CASE)
def test_family_jobs_ratios_and_advice_to_peers_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", PERSONAL_STORIES)
def test_a_story_from_the_work_on_the_personal_account_is_flagged(findings, text: str) -> None:
    assert findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", PERSONAL_QUIET)
def test_a_partner_relative_or_colleague_on_the_personal_account_is_quiet(
    findings, text: str
) -> None:
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False), text


def test_a_relative_described_by_a_job_keeps_a_client_story_flagged(findings) -> None:
    text = "My client was a firefighter. Today he told me he still smells smoke at night."
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


#: A case in the shorthand of a case note: initials or "pt" with an age in brackets, or an
#: age-and-sex code ("38F", "16M") followed by what is wrong.
SHORTHAND = [
    "Consult q: R.B. (70s, COPD) keeps refusing the nebuliser and his daughter wants us to "
    "insist. Thoughts?",
    "pt (38F) with postnatal psychosis, second admission. anyone used clozapine while "
    "breastfeeding?",
    "16M, first episode psychosis, family refusing meds. How do you all approach this?",
    "Brain's still on a 52 yo F w/ recurrent falls and nobody listening to her. Long shift.",
]

#: Brackets and codes that are no case: a public figure's age, an age band, a road, a count.
NOT_SHORTHAND = [
    "Our new group for teens (13-17) starts Monday. Referrals through the front desk.",
    "The M25 was a car park again. Podcast got me through it.",
    "That reel on burnout passed 5M views overnight, which says a lot about all of us.",
]


@pytest.mark.parametrize("text", SHORTHAND)
def test_a_case_in_case_note_shorthand_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_SHORTHAND)
def test_ages_in_brackets_and_codes_that_are_no_case_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: The author's own time spent for one person or family, and the same words in general.
TIME_FOR_ONE = [
    "Spent the whole morning on the phone to housing for a family who lost everything in the "
    "fire. Still no bed for tonight.",
    "Two hours waiting at the pharmacy counter for a gentleman who can't afford his inhaler.",
]
TIME_IN_GENERAL = [
    "Being on hold with benefits is exhausting for anyone, let alone for families in crisis.",
    "Spent the weekend repainting the fence. For a man who hates DIY, I'm quite proud.",
]


@pytest.mark.parametrize("text", TIME_FOR_ONE)
def test_time_spent_for_one_family_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", TIME_IN_GENERAL)
def test_time_spent_in_general_or_on_oneself_is_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


#: Someone the reader might spot (the author, usually), and a titled public figure.
READER_OR_PUBLIC = [
    "Landed in Leeds for the rural health summit last night. Wave if you spot a tired bloke "
    "with a lanyard and a flat white.",
    "Sir Michael Rutter showed us resilience is a process, not a trait. Still shapes my week.",
]


@pytest.mark.parametrize("text", READER_OR_PUBLIC)
def test_someone_the_reader_may_spot_or_a_titled_figure_is_not_flagged(findings, text) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
