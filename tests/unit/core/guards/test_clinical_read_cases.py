"""The clinical guard on a case the author read about, not one they treated."""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule


@pytest.mark.parametrize(
    "text",
    [
        "Came across an old case report of a woman who stopped eating after her twin died. "
        "Grief can look like anything.",
        "Still haunted by a case study I read in training: a boy who mapped every bus route "
        "to avoid one street.",
        "Spent the afternoon reading 1920s case books from the county asylum. One man was "
        "admitted for 'reading too many novels'.",
    ],
)
def test_a_case_read_about_passes(findings, text) -> None:
    assert not findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text


@pytest.mark.parametrize(
    "text",
    [
        # the author's own client, with reading in another sense
        "Read my notes back after session: the woman I saw today said she'd stopped eating "
        "after her twin died.",
        "A boy in my Tuesday group mapped every bus route to avoid one street. We worked "
        "on it for weeks in session.",
    ],
)
def test_the_authors_own_client_still_warns(findings, text) -> None:
    assert findings(text, Role.PROFESSIONAL, Rule.CLINICAL, backstop=False), text
