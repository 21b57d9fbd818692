"""The clinical guard on one person, named by a kind, doing a therapy's own work.

"A paramedic processed a peds code" tells of a session by the client's trade
and a verb only a client does in therapy. Studies and systems that process
things, a rule about what a client might do, a colleague's disclosure and a
friend on the personal account are not a case.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

#: A client named by what they are, doing the work of a session.
STORIES = [
    "A paramedic processed a peds code and I need a minute before the next one",
    "a lighthouse keeper reprocessed the storm night with me and then asked for tea",
    "An ex-jockey worked through the fall this morning. Wow.",
    "a bus driver relived the crash in full, start to end, and came out the other side",
]

#: The same verbs where no client is meant.
GENERAL = [
    "A study processed 40,000 intake forms with a language model and found nothing new",
    "If a client processed the memory too fast, slow the sets down and check in",
    "A colleague disclosed her own diagnosis at the staff meeting and the room went quiet",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_kind_of_person_doing_session_work_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", GENERAL)
def test_studies_rules_and_colleagues_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_a_friend_disclosing_on_the_personal_account_passes(findings) -> None:
    text = "A friend disclosed something huge over coffee today and I'm still processing it"
    assert not findings(text, account=Role.PERSONAL, rule=Rule.CLINICAL, backstop=False)
