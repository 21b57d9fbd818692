"""The clinical guard when a client is compared with the author's colleagues.

"Than most of my colleagues" measures a client against the team; it does not make
the post about a colleague, so the client's story is still flagged. A post that
is about a colleague or supervisor still passes.
"""

from __future__ import annotations

import pytest

from dualdesk.core.findings import Rule

STORIES = [
    "Mrs Hale, 91, remembered more of the story than most of my colleagues did. Sharp as a tack.",
    "the man I assessed this morning knew more drug names than any of my colleagues. retired, ha",
]

COLLEAGUES = [
    "One of my colleagues told me she's leaving for private practice. Gutted.",
    "Lunch with my supervisor today, she's retiring next month and I'm a mess.",
    "My supervisor told me she was proud of how I handled the week.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_client_compared_with_colleagues_is_still_a_case(findings, text: str) -> None:
    assert findings(text, rule=Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize("text", COLLEAGUES)
def test_a_post_about_a_colleague_passes(findings, text: str) -> None:
    assert not findings(text, rule=Rule.CLINICAL, backstop=False), text
