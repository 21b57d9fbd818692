"""Posts about something on screen: a show the author watched, its characters and families.

A clinician often writes about a series or a scene ("finally caught up on
<Title>", "the season of <Title> where ...", "best school staff ever put on
TV"). The people in such a post are characters and the proper nouns are
titles, so neither the clinical story reading nor the identifier reading
applies. `story_filters_quoted.FICTION` holds the words of genres ("film",
"sitcom", "k-drama"); this module holds the shape of watching: a verb of
watching before a title in capitals, the telly as a place, a season or a
web series.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: Words that must be in the lower-cased text before `SCREEN` is run at all.
GATE = (
    "tv", "telly", "series", "season", "watch", "caught up", "catching up", "binge", "writer",
    "netflix", "streaming", "showrunner", "television",
)  # fmt: skip

#: The shape of watching something on screen. "Watched" counts only before a title of two
#: or more capitalised words (not an honorific: "watched Mrs K walk out" is a session), so
#: "watched her face drop" stays a story; a binge or catching up is of a show whatever follows.
SCREEN = compiled(
    r"\b(?i:on|off) (?i:tv|telly)\b"
    r"|\b(?i:web|tv|streaming|limited|mini|netflix|hbo|bbc) ?-?(?i:series|show)\b"
    r"|\b(?i:the|last|new|latest|final) (?i:season|series) of [A-Z]"
    r"|\b(?i:season|series) (?i:finale|premiere)\b"
    r"|\b(?i:tv|telly|television|netflix|streaming)\s+(?:[\w-]+\s+){0,2}?(?i:dramas?|sitcoms?)\b"
    r"|\b(?i:(?:drama|tv|script|screen) ?writers?|showrunners?)\b"
    r"|\b(?i:(?:re)?watch(?:ed|ing)|finished watching|started watching)\s+"
    r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Nurse|Dad|Mum|Mom)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+"
    r"|\b(?i:binged|binge-?watched|bingeing|binging|caught up on|catching up on)\s+"
    r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Nurse|Dad|Mum|Mom)\b)[A-Z]"
)


#: A client or a working day in the post: "my client ... watched TV all day", "in group
#: today". The show is then part of a client's story, and its names are no titles.
_CLIENT_CUES = compiled(
    r"\b(?:(?:my|our) (?:[\w-]+ )?(?:client|patient|pt)s?|today|tonight|this (?:morning"
    r"|afternoon)|in (?:session|group)|told me|on the ward)\b",
    re.IGNORECASE,
)


def on_screen(text: str, folded: str) -> bool:
    """Whether `text` speaks of watching a show (`folded` is its lower-cased form).

    Not when the post also speaks of a client or of the author's working day: then a
    name beside "watched" may be a client's.
    """
    if not holds_any(folded, GATE):
        return False
    return SCREEN.search(text) is not None and _CLIENT_CUES.search(text) is None
