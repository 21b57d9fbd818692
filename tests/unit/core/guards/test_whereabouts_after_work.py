"""The whereabouts guard on a stop at a named place told by the work it came after."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


def _fired(findings, text: str) -> bool:
    return bool(findings(text, account=Role.PROFESSIONAL, rule=Rule.WHEREABOUTS, backstop=False))


#: A dish in any language at a named street or place, after or between the day's work.
AFTER_WORK = [
    "Kopi peng at Ah Seng between clients. Needed that.",
    "Tteokbokki in Koreatown after clinic, no regrets.",
    "Cold noodles on Vermont after a long day of intakes.",
    "Bún chả on Kingsland Road after back-to-back appointments.",
]


@pytest.mark.parametrize("text", AFTER_WORK)
def test_stop_after_work_is_whereabouts(findings, text: str) -> None:
    assert _fired(findings, text)


#: Someone else's stop, a general claim, a practice's arrangement.
NOT_OWN = [
    "Clients in Sheffield after sessions often report feeling lighter.",
    "We meet in Room 4 after sessions for peer supervision.",
    "She waits on Olympic after sessions for her bus.",
    "Groups in Leeds between sessions are a great idea for peer support.",
    "Walks on Hampstead Heath between clients really help me reset.",
]


@pytest.mark.parametrize("text", NOT_OWN)
def test_not_the_authors_stop(findings, text: str) -> None:
    assert not _fired(findings, text)
