"""The clinician's own outings told by shape: a named place, a time, and no one else.

Earlier whereabouts patterns read set phrases ("on my way to", "with my
husband"); writers from other places tell the same day by its shape:
"Team dinner tonight at a restaurant in Sarpsborg", "Rode the Don Valley
trail before clinic", "Tram 96 packed again", "come say hi, I'll be in lane
3" (not to a blog or a channel), "Daughter graduates in Durham on
Thursday", and in Taglish "Nasa Iloilo po ako", "Lunch break sa Jollibee",
"hindi ako makatulog". Each shape needs
the sentence to be nobody else's (`OTHER`: he, she, a client, "si"), and
the capitalised ones a place that is not a month, a day or a pronoun. Each
pattern is bounded and run only when a key string is in the lower-cased
text, so matching stays linear and cheap.
"""

from __future__ import annotations

from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import DAY_WORDS, sentence_bounds
from dualdesk.core.guards.whereabouts_own_shapes import (
    ALL_NEEDS,
    BARE,
    KIN_DAY,
    LED,
    LINK_VERB,
    NAMED,
    OPENERS,
    OTHER,
    PLACE_END,
    SELF,
    STOP,
    WHEN,
    WORKDAY,
)

#: A place on the web the draft invites readers to: "come say hi" there finds no one.
_ONLINE = compiled(
    r"\b(?:blog|newsletter|substack|podcast|youtube|channel|instagram|tiktok|discord|twitch"
    r"|livestream|dms?|comments|subreddit|forum)\b"
)


def own(text: str, low: str | None) -> Iterator[tuple[int, int]]:
    """Yield spans where `text` tells the author's own outing by its shape.

    Args:
        text: The draft, with plain quotes.
        low: `text` lower-cased, or None when that would move offsets.

    Yields:
        Start and end offsets of each outing.
    """
    hay = low if low is not None else text.lower()
    present = {need for need in ALL_NEEDS if need in hay}
    if not present:
        return
    for needs, pattern in BARE:
        if not _has(present, needs):
            continue
        invite = pattern is BARE[0][1]
        if invite and _ONLINE.search(hay):
            continue
        for m in pattern.finditer(text):
            if not _other_before(text, m.start(), third_only=invite):
                yield m.span()
    for needs, mode, pattern in NAMED:
        if not _has(present, needs):
            continue
        for m in pattern.finditer(text):
            if mode == "led" and PLACE_END.match(text, m.end()) is None:
                continue
            if not _other_in(text, m.start()) and _placed(text, m.start(), mode):
                yield m.span()
    openers = [p for needs, p in OPENERS if _has(present, needs)]
    if not openers:
        return
    for start in (0, *(m.end() for m in STOP.finditer(text))):
        for pattern in openers:
            hit = pattern.match(text, start)
            if hit is None or _other_in(text, hit.end()):
                continue
            s, e = sentence_bounds(text, start)
            day = DAY_WORDS.search(text, s, e) is not None
            if pattern is KIN_DAY:
                placed = day
            else:
                placed = (day or WHEN.search(text, s, e) is not None) and SELF.search(
                    text
                ) is not None
            if placed:
                yield hit.span()


def _has(present: set[str], needs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `present` (the key strings in the text) holds one string of each group."""
    for group in needs:  # a plain loop: cheaper than all(...) over a generator
        if present.isdisjoint(group):
            break
    else:
        return True
    return False


def _placed(text: str, pos: int, mode: str) -> bool:
    """Whether the sentence around `pos` holds what `mode` asks for (see `NAMED`)."""
    s, e = sentence_bounds(text, pos)
    if mode == "workday":
        return WORKDAY.search(text, s, e) is not None
    if mode == "led":
        return _led(text, s, pos)
    timed = WHEN.search(text, s, e) is not None or DAY_WORDS.search(text, s, e) is not None
    if mode == "timed":
        return timed
    self_ = SELF.search(text, s, e) is not None
    if mode == "timed_or_self":  # the author right after the place: "Nasa Iloilo po ako"
        return timed or SELF.search(text, pos, min(e, pos + 25)) is not None
    return timed and (self_ or SELF.search(text) is not None)


def _led(text: str, start: int, pos: int) -> bool:
    """Whether a doing opens the sentence at `start` and leads to the place at `pos`.

    The place must come within a few words, with no "is" or colon between
    ("Swimming blog is over at ...") and not right after a name ("Rereading
    Durie on Te Whare": a name on a topic).
    """
    lead = LED.match(text, start)
    if lead is None or pos - lead.end() > 30:
        return False
    between = text[lead.end() : pos].split()
    # an object between the doing and the place ("Eating pho on Argyle"); with none, the
    # preposition belongs to the verb and names a topic ("Looking at Bowlby")
    if not between or between[-1][:1].isupper():
        return False
    return LINK_VERB.search(text, lead.end(), pos) is None


def _other_in(text: str, pos: int) -> bool:
    """Whether the sentence around `pos` is about someone else."""
    s, e = sentence_bounds(text, pos)
    return OTHER.search(text, s, e) is not None


def _other_before(text: str, pos: int, third_only: bool = False) -> bool:
    """Whether someone else is named in the sentence before `pos`: its subject, not the author.

    With `third_only`, "you" does not count: an invitation is addressed to the reader.
    """
    s, _ = sentence_bounds(text, pos)
    for m in OTHER.finditer(text, s, pos):
        if not (third_only and m.group().lower().startswith("you")):
            return True
    return False
