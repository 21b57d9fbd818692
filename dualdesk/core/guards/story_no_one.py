"""Readings that show a span in a story names no client, gathered for the clinical rule.

Each module reads one way a person word in a post is not someone the author
treats: anyone in a saying or an instruction, a case read in a book, a claim
about a kind of person, a teacher and their saying, a question put to the
author, the end of a hyphenated thing ("po-boy"), a slot that only cancelled, the
author at another age. `clinical.py` asks them all
through `told_of_no_one`, after its own checks for public figures, colleagues and
the author's family.
"""

from __future__ import annotations

from dualdesk.core.guards import (
    story_anyone,
    story_asides,
    story_book_cases,
    story_general_claims,
    story_mentors,
    story_not_cases,
    story_read_cases,
    story_role_words,
)
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.story_frames import Frames

#: A word joined before the span by a hyphen: "po-boy", "poster-boy", "it-girl" are things or
#: types, not people; "ex-client" is still one.
_COMPOUND_BEFORE = compiled(r"(?<![\w-])(?!(?i:ex)-)[A-Za-z]{1,10}-$")


def told_of_no_one(text: str, start: int, end: int, frames: Frames) -> bool:
    """Whether any gathered reading finds that [start, end) names no client.

    Args:
        text: the draft, plain.
        start: where the span starts.
        end: where it ends.
        frames: the draft's frames (`story_frames.Frames`), read once per draft.
    """
    unquoted = frames.unquoted
    if start > 1 and text[start - 1] == "-" and _COMPOUND_BEFORE.search(text, 0, start):
        return True
    return (
        story_anyone.no_one_told_of(text, unquoted, start, end)  # "somebody's dad"
        or frames.not_person(start, end)
        or story_asides.no_case(text, start, end)
        or story_read_cases.read_case(text, start)  # a published case
        or story_general_claims.nobody_told_of(text, start, end)  # a cited work, a kind
        or story_mentors.not_a_case(text, unquoted, start, end)  # a teacher's saying, a FAQ
        or story_role_words.role_not_person(text, start, end)  # "makes you the person who"
        or story_book_cases.book_case_post(text)  # "Teaching case: Freud's 'Little Hans'"
        or story_not_cases.not_a_case(text, start, end)  # "my 4pm cancelled", "10-year-old me"
    )
