"""The family gates in front of the dialect and Tagalog readers.

A family gate may only turn away a draft each of its readers would have
turned away: on every corpus post the gate rules out, the readers find
nothing. A draft of the family passes, and a plain English one does not.
"""

from __future__ import annotations

import pytest

from dualdesk.core.guards import (
    story_patois,
    story_pidgin,
    story_scots,
    story_taglish,
    story_taglish_told,
)
from dualdesk.core.guards.language_gates import spoken_english, tagalog
from dualdesk.core.guards.lexicon import plain

ENGLISH = "Had a client today who finally said it out loud. Flying to Denver tomorrow."


@pytest.mark.parametrize(
    "text",
    [
        "one of the guys I've been working wi got his weans back for Christmas",  # Scots
        "da girl dis afternoon who cried when she wen tell me",  # Pidgin
        "Da boy came in today",  # Pidgin, the article opening the post
        "mi see one likkle yute inna di clinic",  # Patois
    ],
)
def test_a_spoken_english_draft_passes(text: str) -> None:
    assert spoken_english(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "kanina may nagsabi sakin sa clinic",
        "yung student ko kanina umiyak",
        "Sabi ni nanay sa session, okay na daw siya",
        "Yes po, Ma'am",
    ],
)
def test_a_tagalog_draft_passes(text: str) -> None:
    assert tagalog(text.lower())


def test_an_english_draft_skips_both_families() -> None:
    assert not spoken_english(ENGLISH.lower())
    assert not tagalog(ENGLISH.lower())


def test_a_draft_turned_away_is_one_every_reader_turns_away(
    corpus_texts: tuple[str, ...],
) -> None:
    posts = [plain(text) for text in corpus_texts]
    assert len(posts) > 1000
    for text in posts:
        folded = text.lower()
        if not spoken_english(folded):
            assert story_scots.reading(text) is None, text
            assert story_pidgin.reading(text) is None, text
            assert story_patois.reading(text) is None, text
        if not tagalog(folded):
            assert story_taglish.spans(text, folded) == [], text
            for professional in (True, False):
                assert story_taglish_told.spans(text, folded, professional) == [], text
