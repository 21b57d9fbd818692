"""The clinical guard on the author's own day: a slot, help offered, a state, family time.

"Late for my 2pm, sorry folks" is a time on the author's day, "Need support over the
break? Ring the crisis line" offers help to any reader, and "people whose visas are
stuck" describe a kind of person, and "off with the family over Easter" is the author's
own family; none tells of a client. The same words still fire
when a client acts, when the author asks for help with a case, or when one person is
narrated.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

#: The author's day, an offer of help, a kind of person in the present.
BENIGN = [
    "Roadworks on the bypass again. Late for my 2pm, sorry folks",
    "Train cancelled, running late for my 11am - apologies in advance",
    "Ferry delayed, late for my 4pm; classic",
    "Rooms closed Boxing Day to New Year. Need support over the break? Ring the crisis line "
    "on 0800 111 222.",
    "Away next week. If you need help before I'm back, please call your GP.",
    "Need someone to talk to tonight? Text the helpline, they answer around the clock.",
    "Grief without a body to bury is still grief. It's the brother who is missing, the "
    "parents whose visas are stuck. Naming it is a start.",
    "Rooms shut over Easter while I'm away with the family. The crisis team covers urgent calls.",
    "No sessions on Diwali. I'll be home with the family cooking far too much food.",
    "Closed Friday, off for the long weekend with the family. Back Tuesday.",
]

#: A client acting after the slot, help asked for a case, one person narrated.
STORIES = [
    "Running late for my 10am, she was already in the waiting room in tears.",
    "Need advice: I've got a teen who hasn't said a word in session for a month.",
    "Need help, a 15yo client refused school again this week. Ideas?",
    "A dad I work with told me his boys are scared of him. We sat with that for a while.",
    "Home visit with the family this morning: dad finally agreed to the referral.",
    "Long session with the family today. The youngest finally spoke.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_the_authors_day_and_offers_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", STORIES)
def test_client_stories_with_the_same_words_fire(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
