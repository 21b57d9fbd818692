"""The clinical guard on the author's own family, a no-show slot, a role and a trade's question.

"She" or "he" right after the author's own child or parent is that relative; a slot that
did not come, followed by the author's freed time, tells nothing of the person; "you become
the family's agony aunt" is a role the author plays; a question every clinician gets asked
is no case. A client named between, a reason told of the person, or a session narrated
beside the quote is still a story.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

NOT_CASES = [
    "Off sick with my little one today (ear infection, she's napping now). Replies tomorrow.",
    "Driving up to see my dad for his birthday. He's 85 and still fixes his own roof.",
    "Back from the paediatric ward with my son; he's fine, just a cast. Normal service Monday.",
    "my 11am was a no-show so I walked to the bakery. zero regrets",
    "Our 2pm didn't show up, so I finally cleared my inbox.",
    "Funny how once you qualify you become the unofficial counsellor at every wedding.",
    'Every therapist has been asked "are you reading my mind right now?" at a dinner party.',
]

STILL_STORIES = [
    "Visited my mum, then a client rang in crisis; she had been drinking all afternoon.",
    "my 11am was a no-show again, third week. Worried about him.",
    'Client told me today: "my dad never says sorry, he just fixes the car." Sat with that.',
    '"Can I skip the homework this week?" No, and we spent the session on why it\'s so hard.',
    "Me: 'what would you tell a friend?' Her: 'that it's not her fault.' Me: 'and you?' Silence.",
]


@pytest.mark.parametrize("text", NOT_CASES)
def test_own_people_and_slots_are_no_client(findings, text: str) -> None:
    for account in (Role.PROFESSIONAL, Role.PERSONAL):
        assert not findings(text, account, rule=Rule.CLINICAL, backstop=False), (account, text)


@pytest.mark.parametrize("text", STILL_STORIES)
def test_a_client_beside_those_words_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text
