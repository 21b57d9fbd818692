"""The link scan's gate: a draft is skipped only when no link can be in it."""

from __future__ import annotations

import pytest

from dualdesk.core.guards.lexicon import URL, links


@pytest.mark.parametrize(
    "text",
    [
        "slides at http://localhost:8000/talk",
        "notes on WWW.SOMEPLACE.ORG later",
        "worksheet: calmkit.co.uk/sheets",
        "ask at Front-Desk.CLINIC tomorrow",
        "see www.12-3.45 for the hours",
        "https://intranet/notes",
    ],
)
def test_every_kind_of_link_is_still_found(text: str) -> None:
    assert links(text) == tuple(m.span() for m in URL.finditer(text))
    assert links(text)


@pytest.mark.parametrize(
    "text",
    [
        "No link here. Just a thought, and another one... okay!",
        "Rest is productive. Your worth is not your output.",
        "3.5 hours of notes; 2.0 cups of tea",
        "email me at someone@ nowhere",
    ],
)
def test_a_draft_without_a_domain_ending_has_no_links(text: str) -> None:
    assert links(text) == ()
    assert URL.search(text) is None
