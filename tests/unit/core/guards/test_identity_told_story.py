"""The identity_link guard on a personal client story that names the clinical role.

A client story on the personal account is clinical; when its words name the
role ("in session today", "after a session", "lost a patient"), it also tells
the personal account's readers what the author does for work. A story of
"someone I see at work" names no role, the author's own therapy is no client
story, and general talk about sessions or patients tells of no one.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: Personal client stories that name the role the author plays in them.
LINKS = [
    "in session today I had to bite my tongue so hard. some parents, honestly",
    "sat in the car for ten minutes after a session today. that boy is carrying so much at 9",
    "we lost a patient last month and his sister came by to say thank you. can't stop crying",
    "in session this morning a kid told me I dress like her nan. rude but fair",
]

#: Personal posts with the same words where no client story is told.
NO_LINK = [
    "therapy session today, my therapist said I'm doing better. proud of me",
    "someone I see at work told me they hadn't eaten since monday. gave them my lunch",
    "long gym session after work, legs are jelly",
    "patients in A&E waited 9 hours last winter, the news says. it's a scandal",
    "a jam session in the park after work and I forgot every chord",
    "court was in session all morning and the juror next to me kept humming",
    "after a session today my counsellor said I should write it all down",
]


@pytest.mark.parametrize("text", LINKS)
def test_a_personal_client_story_naming_the_role_links(findings, text: str) -> None:
    assert findings(text, Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text


@pytest.mark.parametrize("text", NO_LINK)
def test_other_posts_with_those_words_do_not_link(findings, text: str) -> None:
    assert not findings(text, Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text


def test_a_patois_session_story_links(findings) -> None:
    text = "in session today mi haffi hold back mi tears. dis likkle bwoy a go through nuff"
    assert findings(text, Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text


def test_the_professional_account_is_no_link(findings) -> None:
    text = "in session today I had to bite my tongue so hard. some parents, honestly"
    assert not findings(text, rule=Rule.IDENTITY_LINK, backstop=False), text


def test_a_patois_client_story_links(findings) -> None:
    text = "one client tell mi seh mi remind har of har auntie. mi nuh know if fi laugh or cry"
    assert findings(text, Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False), text
