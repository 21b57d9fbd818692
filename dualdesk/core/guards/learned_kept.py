"""Clinical warnings the learned second opinion leaves standing.

`learned_second_opinion.soften` turns a rule's clinical warning into a note when the model
reads the draft as general. Two kinds of draft the model cannot judge:
- a post in Jamaican Patois (`story_patois`): the model learned from standard
  English, and "mi", "tell mi seh", "likkle" are words it never weighed, so a
  low score there means unread, not general (as with Spanish);
- a warning on someone quoted calling the author by a title, "this kid said
  'miss, ...'", "a teen asked 'sir, ...'": the words are said to the author, by
  someone in the author's care, however general the rest reads;
- a warning on a client's death told as past ("lost a patient to overdose
  this weekend", "a client of mine died last week"): one person's death,
  however much the rest of the post turns to advice for colleagues.

And a draft with none of English's commonest words ("the", "and", "my",
"was", ...) is in a language the model never learned, Portuguese or
Italian, say: once the corpus taught it some Spanish, such a draft's
articles and "paciente" count as known words without the model having read
the story.
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

#: Just before the warning: the author lost the person ("Lost a patient to", "we lost a client").
_LOST_BEFORE = compiled(r"\b(?i:lost|buried)\s+$")
#: Just after the warning: the person died ("a client of mine died", "my patient passed away").
_DIED_AFTER = compiled(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:died|passed away|passed on|took (?:his|her|their) (?:own )?life"
    r"|was killed|overdosed)\b",
    re.IGNORECASE,
)


#: English words nearly every English sentence has and no Romance language
#: shares ("a", "in", "me", "he", "do", "as" and "on" are words there too).
# fmt: off
_ENGLISH_WORDS = frozenset((
    "the", "and", "of", "to", "is", "was", "i", "i'm", "my", "you", "your", "it", "that",
    "this", "for", "with", "at", "be", "are", "have", "has", "not", "but", "just", "we",
    "our", "they", "she", "his", "her", "what", "about", "from", "by", "if", "will", "can",
    "got",
))
# fmt: on
_WORD = re.compile(r"[a-z']+")


def unread(text: str) -> bool:
    """Whether the draft is written in a language the model never learned.

    Patois ("mi", "tell mi seh"), or no English at all (Portuguese, Italian).
    """
    if _ENGLISH_WORDS.isdisjoint(_WORD.findall(text.lower())):
        return True
    return story_patois.as_english(text) is not None


def said_to_me(text: str, start: int) -> bool:
    """Whether the clinical warning at `start` is someone quoted calling the author by title."""
    return _TITLED.match(text, start) is not None


def died(text: str, start: int, end: int) -> bool:
    """Whether the clinical warning at `start`-`end` tells of that person's death, in the past."""
    return (
        _LOST_BEFORE.search(text, max(0, start - 8), start) is not None
        or _DIED_AFTER.match(text, end) is not None
    )
