"""The clinical guard on one named person's news: a heading, an aside, a bare clock slot.

"update on Priya: ..." heads one person's news; "Tomasz (he's fine with me
sharing this) finished ..." names a person with an aside before the verb;
"The 4:15 was ... him" makes an appointment slot the subject. A heading about
a policy, a published case with its year, and a train time must pass.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

STORIES = [
    "update on Priya: SHE DID IT. ordered her own coffee at the counter, no script!!",
    "Ines (she said I could tell this one) got her first paycheque and bought the group cake.",
    "The 4:15 was hard work - forty minutes of him refusing to sit down.",
]

NOT_STORIES = [
    "Update on Medicare: the new billing codes start in January. Read the notice.",
    "Bowlby (1969) described attachment as a lasting bond. Still worth reading.",
    "The 7:15 was cancelled again, so the team meeting starts late.",
]


@pytest.mark.parametrize("text", STORIES)
def test_one_named_persons_news_is_flagged(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", NOT_STORIES)
def test_policy_news_a_cited_case_and_a_train_pass(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text


def test_the_heading_and_the_aside_are_read_as_one_named_person() -> None:
    from dualdesk.core.guards.story_named import NAMED
    from dualdesk.core.guards.story_present import _updates

    assert _updates("update on Dani: SHE DID THE EXPOSURE.") == [(0, 15)]
    assert _updates("Update on Medicare: new codes in January.") == []
    aside = NAMED.match("Declan (he said I could use his name) got his 90 day chip")
    assert aside is not None and aside.group("name") == "Declan"
    assert NAMED.match("Bowlby (1969) described attachment") is None
