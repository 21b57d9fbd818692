"""What frames the sentences of a draft: general talk, public figures, colleagues, maxims.

Kept apart from `clinical_story.py`, which looks for the shape of a story;
`Frames` answers, for any sentence of one draft, whether the person in it is
spoken of in general terms or is no client at all.
"""

from __future__ import annotations

import re
from functools import cached_property

from dualdesk.core.guards import story_anyone as ay
from dualdesk.core.guards import story_filters as sf
from dualdesk.core.guards import story_filters_quoted as sq
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import PUBLIC, Folding, Hits, lowered, sentence_bounds
from dualdesk.core.guards.substrings import holds_any

_GENERIC = Folding(sf.GENERIC_WORDS)
_PUBLIC = Folding(PUBLIC)
_NOT_CLIENT = Folding(sf.NOT_CLIENT)
_NOT_PERSON_FOLDED = compiled(sf.NOT_PERSON.pattern)  # no capitals in it: see lexicon.Folding

#: A post that opens by addressing a group ("Case managers: ...", "clinicians: what's your...")
#: or by naming a myth: advice to many, so a person in a sentence spoken to them (TO_THEM) is
#: an example; a case set out before the question ("LPC folks: 17yo client, ...") is not.
ADDRESSED_TO_MANY = compiled(
    r"\W*(?:[\w'-]+\s+)?(?!(?:thanks|news|thoughts|yes|this|plus|status|update)\b)[a-z'-]{2,}"
    r"(?<!ss)s\s*[:\u2014]\s|\W*(?:[\w'-]+\s+){0,2}?myths?\b",
    re.IGNORECASE,
)
TO_THEM = compiled(r"\b(?:you|your|you're|y'all|don't|let's)\b", re.IGNORECASE)
#: A clause that sets a case up for the reader, not the author: "when you're stuck on a case",
#: "if you ever have a client who…". Whatever it holds happens to anyone who reads it.
TO_THE_READER = compiled(
    r"\W*(?:(?:and|but|so)\s+)?(?:when|whenever|if|once|next time|every time|before|after)\s+"
    r"(?:you|u|y'all)\b",
    re.IGNORECASE,
)
#: "may" as a modal, in lower case ("May" is also a month and a name): kept out of
#: `story_filters.GENERIC_WORDS` so that pattern has no case-sensitive part and runs on
#: lower-cased text (`lexicon.Folding`).
GENERIC_MAY = compiled(
    r"\b(?<!(?i:nobody) )(?<!(?i:no one) )may\b(?!(?i:'ve| have))"
    # Tagalog's "may" (there is, has): "may dalang…", "may nagsabi", "may mga…"
    r"(?! (?:[a-z]+(?:ang|ung)|nag-?[a-z]{2,}|naka[a-z-]+|mga|isa|sakit)\b)"
)
#: A maxim that denies a kind of person exists: "There's no such thing as a difficult client".
NO_SUCH = compiled(r"\bno such (?:thing|person) as\b", re.IGNORECASE)
#: A comparison just before a person: "rode around like a 9 year old" is no one in particular.
SIMILE = compiled(r"\b(?:like|than|as if|as though)\s+(?:an?\s+|some\s+)?$", re.IGNORECASE)


class Frames:
    """What frames the sentences of one text: general talk, public figures, colleagues.

    Each pattern runs once over the whole text and every question about a
    sentence is a binary search, so a draft with thousands of people in it
    (a pasted essay, a hostile 100,000-character paste) stays linear.
    """

    def __init__(self, text: str, lower: str | None) -> None:
        self._text = text
        self._lower = lower
        public_text, public_lower = text, lower
        folded = lower or text.lower()
        if holds_any(folded, ("news", "history", " 1")) and sq.PRIVATE_SENSE.search(
            text
        ):  # "got the news", "a long history of": their own
            public_text = sq.PRIVATE_SENSE.sub(lambda m: " " * len(m.group()), text)
            public_lower = lowered(public_text)
        self._public = _PUBLIC.hits(public_text, public_lower)
        self._not_client = _NOT_CLIENT.hits(text, lower)
        self._teaching = sf.TEACHING.match(text) is not None
        self._to_many = ADDRESSED_TO_MANY.match(text) is not None or bool(ay.TO_EVERY.match(text))
        self._not_person: dict[tuple[int, int], bool] = {}

    @cached_property
    def unquoted(self) -> str:
        """The text with quotations blanked: "must" in a client's words is theirs, not general."""
        return sq.QUOTED.sub(lambda q: " " * len(q.group()), self._text)

    @cached_property
    def _generic(self) -> Hits:
        return _GENERIC.hits(self.unquoted, lowered(self.unquoted))

    @cached_property
    def _may(self) -> Hits | None:
        return Hits(GENERIC_MAY, self.unquoted) if "may" in self.unquoted else None

    def general(self, start: int, end: int, pos: int | None = None) -> bool:
        """Whether the sentence in [start, end) speaks in general terms.

        With `pos` (where the person is), the clause holding it counts too: in
        "Residents: when you write..." the "when" starts the clause after the colon.
        A post that opens as teaching ("PSA:", "tip for trainees:") is general throughout.
        """
        text = self._text
        if self._teaching or sf.GENERIC_START.match(text, start, end):
            return True
        if self._generic.within(start, end) or NO_SUCH.search(text, start, end):
            return True
        if self._may is not None and self._may.within(start, end):
            return True
        if self._to_many and TO_THEM.search(self.unquoted, start, end):
            return True
        if pos is None:
            return False
        clause = _last_break(text, start, pos) + 1
        return clause > start and sf.GENERIC_START.match(text, clause, end) is not None

    def to_the_reader(self, pos: int) -> bool:
        """Whether `pos` is in a clause addressed to the reader ("when you're stuck on a case")."""
        start, _ = sentence_bounds(self._text, pos)
        clause = max(start, _last_break(self._text, start, pos) + 1)
        return TO_THE_READER.match(self._text, clause, pos) is not None

    def not_person(self, start: int, end: int) -> bool:
        """Whether words around [start, end) make it no person ("be patient", "mail client").

        Several readers find the same span; each span is read once.
        """
        key = (start, end)
        if key not in self._not_person:
            self._not_person[key] = self._reads_as_no_person(start, end)
        return self._not_person[key]

    def _reads_as_no_person(self, start: int, end: int) -> bool:
        low, high = max(0, start - 12), min(len(self._text), end + 16)
        if SIMILE.search(self._text, low, start):
            return True
        if self._lower is not None:  # the pattern without IGNORECASE is faster
            return _NOT_PERSON_FOLDED.search(self._lower, low, high) is not None
        return sf.NOT_PERSON.search(self._text, low, high) is not None

    @cached_property
    def _sayings(self) -> list[tuple[int, int]]:
        folded = self._text.lower()
        if not holds_any(folded, ("say", "tell", "mantra", "motto", "once")):
            return []
        if not sq.SAYING.search(self._text):
            return []
        return [q.span() for q in sq.QUOTED_SAYING.finditer(self._text)]

    def in_saying(self, pos: int) -> bool:
        """Whether `pos` is inside a quoted maxim ("my attending used to say: '...'")."""
        return any(a <= pos < b for a, b in self._sayings)

    def not_a_client(self, start: int, end: int) -> bool:
        """Whether [start, end) names a public figure, a colleague or a mentor."""
        return self._public.within(start, end) or self._not_client.within(start, end)


def _last_break(text: str, start: int, pos: int) -> int:
    """The offset of the last clause break in text[start:pos], or -1: one plain loop, asked
    once or twice per person word, where max(...) over a generator resumed it per break."""
    last = -1
    for mark in sf.CLAUSE_BREAKS:
        last = max(last, text.rfind(mark, start, pos))
    return last
