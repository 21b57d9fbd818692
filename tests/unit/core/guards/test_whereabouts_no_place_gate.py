"""The cheap test before PASSIVE_BEFORE never turns away a text the pattern would match."""

from __future__ import annotations

import pytest

from dualdesk.core.guards.whereabouts_no_place import PASSIVE_BEFORE, _ends_passive


@pytest.mark.parametrize(
    "text",
    [
        "Most forms are usually sent to the lab",
        "Referrals get given  back to the GP",
        "Files were TAKEN\nto the archive",
        "Leaflets have been put out in the lobby",
        "Kids often get discharged home on a Friday",
        "I went to the lake",
        "we sent",
        "Flying out to Denver tomorrow",
    ],
)
def test_the_gate_passes_every_position_the_pattern_matches_at(text: str) -> None:
    for start in range(len(text) + 1):
        if PASSIVE_BEFORE.search(text, max(0, start - 40), start):
            assert _ends_passive(text, start)


def test_the_gate_turns_away_a_position_after_no_participle() -> None:
    text = "Flying out to Denver tomorrow"
    assert not _ends_passive(text, text.index("Denver"))
    assert not _ends_passive(text, 0)
