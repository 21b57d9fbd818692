"""Clinical warnings the learned second opinion leaves standing.

`learned.soften` turns a rule's clinical warning into a note when the model
reads the draft as general. Two kinds of draft the model cannot judge:
- a post in Jamaican Patois (`story_patois`): the model learned from standard
  English, and "mi", "tell mi seh", "likkle" are words it never weighed, so a
  low score there means unread, not general (as with Spanish);
- a warning on someone quoted calling the author by a title, "this kid said
  'miss, ...'", "a teen asked 'sir, ...'": the words are said to the author, by
  someone in the author's care, however general the rest reads.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import story_patois
from dualdesk.core.guards.alternation_trie import compiled

#: One person, then their words opening with the author's title: "this kid said 'miss,".
_TITLED = compiled(
    r"(?:this|that|a|one|the|my)\s+(?:[\w-]+\s+)?(?:kid|kiddo|teen|boy|girl|student|client"
    r"|patient|lad|lass|youth|child|man|woman|guy|lady|gent)\b[^.!?\n]{0,24}?"
    r"\b(?:said|says|asked|asks|told me|tells me|goes|went)\b[,:]?\s*['\"\u2018\u201c]"
    r"(?:miss|sir|doc|ma'am|maam|mam|dr|doctor|teacher|coach|nurse)\b",
    re.IGNORECASE,
)


def unread(text: str) -> bool:
    """Whether the draft is written in a language the model never learned (Patois)."""
    return story_patois.as_english(text) is not None


def said_to_me(text: str, start: int) -> bool:
    """Whether the clinical warning at `start` is someone quoted calling the author by title."""
    return _TITLED.match(text, start) is not None
