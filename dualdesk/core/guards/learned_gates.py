"""When the learned whereabouts model holds back: practice notices and client stories.

The model reads a bag of words, and two kinds of professional post share
the words of a day out without saying where the clinician is:
- a practice notice: the rooms have moved or are about to ("we've moved,
  now at Level 2", "from March the clinic will be at 4 Hill St"), the
  practice's hours or online reach ("opening hours: ...", "video sessions
  available across the region"), slides or recordings are up, a link to
  the practice's site. The address of a practice is public, its hours are
  a timetable rather than a day out, and a link is a place on the web;
- an attributed quotation ('"I will be the river." - Dr Ada Obi'): its
  words ("I will be", "I am") are the quoted writer's, not the author's day;
- a pointer to the personal account the identity rule already warns about
  ("Hill walks and bad puns live over at @...", "this account's for the work
  stuff"): the hobbies are topics of the other account, not a day out;
- a client story the rules already warn about: the client's places and
  times ("in the car park", "this afternoon", "out in the village") are
  the story's, and the clinical warning already asks the author to
  confirm. There the model needs a clearer margin (`STORY_MARGIN`) before
  it adds a whereabouts warning of its own: an author who tells a story
  from the hospital car park still scores well above it.
The clinical model, too, needs a margin (`READER_MARGIN`) on a draft that
speaks to the reader ("you", "your") with no "I", "my" or "we" outside its
quotations: psychoeducation walks the reader through a scene ("then you
break down in the shop because you saw his biscuits") that the bag of words
reads as a session; a case told as "you" still scores well above it.
The rules are not gated here: they read who is where by grammar.
"""

from __future__ import annotations

import re

from dualdesk.core.findings import Rule
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import links

#: A practice's own notice: moved rooms, material put up, hours (a link is checked apart).
NOTICE = compiled(
    # (rooms that moved, not a household: "we've moved house")
    r"\b(?:(?:we'?ve|we have) moved(?! (?:house|home|in|out|back|countries|cities)\b)"
    r"|our new (?:address|rooms|office|premises"
    r"|location|clinic)|new address|now (?:up|live|available|open) (?:at|on)"
    r"|(?:slides|recordings?|resources|handouts?) (?:are|is) (?:now )?(?:up|live|available"
    r"|online))\b"
    # a move announced ahead: the practice, not the author, "will be at" the new rooms
    r"|\b(?:we'?re|we are|practice is|clinic is) moving\b(?! (?:house|home|in|out|back)\b)"
    r"[^\n]{0,80}?\b(?!i |i'll |we )\w+ (?:will be|moves|relocates) (?:at|to)\b"
    r"|\bmoving day\b[^\n]{0,60}?\b(?:practice|clinic|rooms|office|centre|center) will be at\b"
    # the practice's timetable and reach, not the author's day
    r"|\b(?:practice|opening|office|clinic) hours\s*:"
    r"|\b(?:online|video|phone|telehealth) (?:sessions|appointments|consultations|therapy)"
    r" (?:are )?(?:available|offered) (?:anywhere|across|throughout|to clients|nationwide)\b",
    re.IGNORECASE,
)
#: A quotation, then a dash and the name it is attributed to: "'...' — Prof. Ada Obi".
ATTRIBUTED = compiled(
    r"[\"“‘'][^\"“”‘’\n]{8,200}[\"”’']\s*[—–-]{1,2}\s*"
    r"(?:(?:Prof|Dr|Fr|Sr|Rev|Sir|Dame)\.?\s+)?(?-i:[A-Z])[\w'’.-]+"
)
#: A pointer to the other account: "... live over at @", "find me on @", "this account's for".
POINTER = compiled(
    r"\b(?:live|lives|living|over|find me|follow me|head|hop|come)\s+(?:over\s+)?(?:at|on|to)"
    r"\s+@\w|\bthis account(?:'s|’s| is) (?:for|just for|only for)\b",
    re.IGNORECASE,
)
_DASHES = ("\u2014", "\u2013", "-")
#: What a notice cannot be without (NOTICE runs only when one is in the lower-cased text).
_NOTICE_KEYS = (
    *("mov", " now ", "new address", "our new", " up", " live", " online"),
    *("hours", "available", "offered"),
)
#: Log-odds above its threshold the whereabouts model needs on a draft the rules read as a
#: client story. On the tuned corpus the model's own whereabouts catches in such drafts
#: scored at least 1.1 above the threshold, mostly over 4, and its false alarms (20 in
#: the tuned parts and the RA-RF round) all under 2.3.
STORY_MARGIN = 2.5


def whereabouts_margin(text: str, fired: set[Rule]) -> float | None:
    """Return the extra log-odds the whereabouts model needs on a draft, or None to skip it.

    Args:
        text: the professional draft.
        fired: the rules the pattern guards reported on it.
    """
    low = text.lower()
    if links(text) or (any(k in low for k in _NOTICE_KEYS) and NOTICE.search(text)):
        return None  # a notice, or a link: a place on the web, not where the author is
    if any(d in text for d in _DASHES) and ATTRIBUTED.search(text):
        return None
    if Rule.IDENTITY_LINK in fired and POINTER.search(text):
        return None  # "Sea swims and cake live over at @...": the other account's topics
    return STORY_MARGIN if Rule.CLINICAL in fired else 0.0


#: Log-odds above its threshold the clinical model needs on a draft told to the reader with
#: no author in it. Over the tuned corpus and the held-out rounds, the one such draft the
#: model alone caught scored 4.7 above the threshold; the one false alarm 0.01.
READER_MARGIN = 1.0
#: The author, and the reader, as words (looked up in a set, outside quotations).
_AUTHOR = frozenset(("i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself"))
_AUTHORS = frozenset(("we", "we're", "we've", "our", "us"))
_READER = frozenset(("you", "your", "you're", "you've", "yourself"))
_QUOTED = compiled(r"[\"“‘'][^\"“”‘’\n]{1,200}[\"”’']")
_PUNCT = "\"'“”‘’()[],.;:!?…*_-—–"


def clinical_margin(text: str) -> float:
    """Return the extra log-odds the clinical model needs on a professional draft.

    Args:
        text: the professional draft.
    """
    words = {w.strip(_PUNCT) for w in _QUOTED.sub(" ", text).lower().replace("’", "'").split()}
    if words.isdisjoint(_READER) or not words.isdisjoint(_AUTHOR | _AUTHORS):
        return 0.0
    return READER_MARGIN
