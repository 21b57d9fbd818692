"""The clinical guard on one person named in a relative clause of the author's care.

"Miss Dolores, who I care for at work, turned 101" ties one person to the
author's care at work. Someone the author worked or trained with is no one in
their care.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def test_a_person_cared_for_at_work_is_flagged_on_the_personal_account(findings) -> None:
    text = "Miss Dolores, who I care for at work, turned 101 and asked for wine. She got lemonade."
    assert findings(text, rule=Rule.CLINICAL, account=Role.PERSONAL, backstop=False)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas, who I worked with at my first clinic, just opened a bakery. Go buy bread!",
        "Jo, who I support as her clinical mentor, presented at the conference today. Brilliant.",
        "Mrs Lim, who I supported through her training, is now our newest colleague!",
        "Rosa, who I trained with in 2009, just got her first consultant post. So proud of her!",
    ],
)
def test_colleagues_and_classmates_are_not_flagged(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
