"""`phi` inside a client story: a name that opens a sentence as the one acting in it.

Every sentence's first word is capitalised, so `phi_story.py` cannot tell a
name there by its capital alone. It can by the grammar around it: a first
name is the subject of a person's act ("Hemi rang to say he…", "Doreen
hasn't known…", "Little Brody finally drew his dad…"), or owns a relative
("Tyler's mom finally…"), and is no word of a closed class (pronoun,
determiner, number, conjunction, adverb, greeting), no role, kin or common
word ("Judge gave him…", "Referral bounced…", "Mum rang…") and has no
common noun's ending. A word the post also writes in lower case is a common
word. A past tense first ("Saw Maria…") is the author's act, with the "I"
left out, and the name after it is read as inside the sentence. This runs
only inside a post already read as a client's story.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.phi_words import known_word, written_in_lower_case
from dualdesk.core.guards.story_patterns import IRREGULAR

#: A person's act right after the opening words: a past tense, speech, a habit, a negated
#: auxiliary, an auxiliary before a participle or an age ("has finally", "is 16"), or their
#: family beside them ("Hohepa and his mum"), or their place among the author's clients
#: ("Yesenia from my newcomer group", "Bilal in my Tuesday group"), or a milestone of
#: their recovery ("Kyle hit 6 months").
_ACTS = compiled(
    r"\s+(?:(?:just|finally|actually|still|then|suddenly|literally|always|never|also|really"
    r"|only|even)\s+)?(?:(?:has|had|was|is)\s+(?:\d|been|got|gone|not|never|finally|just|still"
    r"|always|now|back|[a-z]{3,}(?:ed|en)\b)|hasn't|hadn't|wasn't|didn't|won't|couldn't"
    r"|wouldn't|(?:turns|turned|turning)\s+\d|and\s+(?:his|her)|says|asks|tells|rings|texts|wants"
    r"|keeps"
    rf"|refuses|{IRREGULAR}|[a-z]{{3,}}ed"
    # one of the author's clients: "Yesenia from my newcomer group got her...", "Bilal in my
    # Tuesday anger group brought..."
    r"|(?:from|in)\s+(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?:group|caseload|class|program(?:me)?|clinic)"
    r"|(?:hit|hits|reached|reaches|marked|marks)\s+\d{1,3}\s+(?:days?|weeks?|months?|years?))\b"
)
_MILESTONE = compiled(r"\s+(?:hit|hits|reached|reaches|marked|marks)\s+\d")
#: After a possessive or "'s": a relative ("Tyler's mom") or "has" ("Hemi's been").
_OWNS = compiled(
    r"\s+(?:(?:just|finally|still|never)\s+)?(?:mum|mom|mam|dad|mother|father|nan|nana|gran"
    r"|granny|grandma|grandad|grandpa|sister|brother|wife|husband|partner|boyfriend"
    r"|girlfriend|son|daughter|kids|children|baby|family|whanau|carer|foster|teacher|been|got"
    r"|gone|back|\d)\b"
)
#: Someone acting or spoken of after the verb: the opener is a person, not a thing.
_PERSON_AFTER = compiled(r"\b(?:she|he|her|his|him|me|said|says|told|asked)\b", re.I)
_STOP = compiled(r"[.!?\n]")
#: A past tense opening a note with its "I" left out: "Saw Maria for…", "Assessed Tom".
_AUTHOR_ACTS = compiled(rf"(?:{IRREGULAR}|[a-z]{{3,}}ed)", re.IGNORECASE)


def author_acts(words: list[str]) -> bool:
    """Whether a sentence's first two capitalised words are the author's act and its object.

    In "Saw Maria for her intake" the capital of "Saw" is the sentence's, and
    "Maria" is read like any capitalised word inside a sentence.
    """
    return len(words) == 2 and _AUTHOR_ACTS.fullmatch(words[0]) is not None


def opening_name(
    text: str, start: int, end: int, words: list[str], own: frozenset[str]
) -> tuple[int, int] | None:
    """Return the span of a name among the words opening a sentence, or None.

    Args:
        text: the draft, plain.
        start: where the capitalised run opening the sentence starts.
        end: where it ends.
        words: its words (one or two; "Wee Caoimhe").
        own: lower-cased words of the user's own names and markers.

    Returns:
        (start, end) of the words no list knows, when the run is the subject of a person's
        act or owns a relative; None otherwise.
    """
    possessive = words[-1].endswith("'s")
    acts = (_OWNS if possessive else _ACTS).match(text, end)
    if acts is None:
        return None
    stop = _STOP.search(text, acts.end())
    until = stop.start() if stop else len(text)
    # "Priya in my grief group": a client; "Kyle hit 6 months": a milestone of recovery
    member = acts.group().lstrip()[:2] in ("fr", "in") or _MILESTONE.match(text, end) is not None
    if not (possessive or member) and not _PERSON_AFTER.search(text, acts.start(), until):
        return None  # "Practice closed early": nothing says a person acts
    spans, at = [], start
    for word in words:
        bare = word.split("'", 1)[0]
        if not known_word(bare, own) and not written_in_lower_case(text, bare):
            spans.append((at, at + len(bare)))
        at += len(word) + 1
    return (spans[0][0], spans[-1][1]) if spans else None
