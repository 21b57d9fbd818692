"""`phi`: identifiers set in the grammar of someone's life story.

A clinician presenting a person by their life writes them in shapes a
colleague's or a public figure's mention seldom takes:

- a first name with an apposition of their past work, their diagnosis or
  the author's tie to them: "Albert, ex-bus conductor,", "Edna, vascular
  dementia,", "Stanley, who I see most weeks,";
- an age past 89 in words opening the sentence: "Ninety-three, retired ...";
- a past job with its place: "retired weaver from Oldham", "former head
  of St Wilfrid's";
- where someone lives or works by a verb in the third person or a long
  tenure: "lives alone off 63rd & Halsted", "the night manager at the Jewel
  on Broadway", "forty years on the line at Trafford Park and he ...";
- a day someone's state began: "the teen who's been boarding since 11/14";
- Tagalog's article for a person's name ("si", "ni", "kay" + Name) and its
  prefix for where someone is from ("taga-Pinyahan").

The author's own life ("I", "my", "we" in the sentence), colleagues
(mentor, supervisor, Dr ...), titled people and public names stay quiet.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import DATE, Hits, sentence_bounds
from dualdesk.core.guards.phi_places import small
from dualdesk.core.guards.phi_words import known_word, written_in_lower_case

Span = tuple[int, int, str, str]
_NAME_KIND = "a name or initial"
_PLACE_KIND = "a place smaller than a state"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
#: A past occupation: "ex-bus conductor", "retired weaver", "former head".
_PAST_JOB = r"(?i:ex-|former |retired )[a-z]+(?:[ -][a-z]+)?"
#: A condition ending an apposition: "vascular dementia", "early-onset Parkinson's".
_CONDITION = (
    r"[a-z' -]{0,30}(?:ia|osis|ism|sion|itis|disorder|syndrome|ptsd|ocd|adhd|asd|copd"
    r"|stroke|injury|cancer|parkinson's|alzheimer's|huntington's)"
)
#: A first name just before a comma (searched up to the comma).
_NAME_BEFORE = compiled(r"(?<![A-Za-z'\u2019])[A-Z][a-z]{2,14}\Z")
#: After "Name, ": what the author knows of the person, as an apposition.
_APPOSITION = compiled(
    r"(?:who (?:I|we)(?:'ve| have)? (?:see|saw|seen|visit|visited|work with|worked with|met"
    rf"|been seeing)\b|(?:an? )?{_PAST_JOB},|{_CONDITION},(?! (?:and|or|then|plus|now)\b))"
)
#: An age past 89 just before a comma, in words or digits ("Ninety-three", "93").
_AGE_BEFORE = compiled(
    rf"(?<![\w-])(?:(?i:ninety(?:[- ]{_UNITS})?|(?:a|one) hundred(?: and {_UNITS})?)"
    r"|9\d|1[01]\d)\Z"
)
#: After "Ninety-three, ": a description of the person ("retired weaver", "widower").
_AGE_APPOSITION = compiled(rf"{_PAST_JOB}|(?:widow|widower|lives|living)\b")
#: A past job and its place: "retired weaver from Oldham", "Retired head of St Wilfrid's".
_JOB_PLACE = compiled(
    rf"{_PAST_JOB} (?:from|in|at|of) (?:the )?(?P<place>(?:St\.? |Saint )?[A-Z][a-z]+"
    r"(?:['\u2019]s)?(?: [A-Z][a-z]+){0,2})"
)
_STREET = r"(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)"
#: Where someone lives, by a verb only a third person takes: "lives alone off 63rd & Halsted".
_LIVES = compiled(
    r"(?:lives|stays|sleeps)(?: (?:alone|rough|by (?:him|her|them)self|with (?:his|her|their)"
    rf" \w+))? (?:off|on|near|by|around) (?:the )?(?P<place>{_STREET}(?: (?:&|and|/) {_STREET})?)"
)
#: A venue on a street: "at the Jewel on Broadway".
_VENUE_ON = compiled(
    r"at the (?P<place>[A-Z][a-z'\u2019]+(?: [A-Z][a-z'\u2019]+){0,2}) (?:on|off) [A-Z][a-z]+"
)
#: A long tenure at a place: "forty years on the line at Trafford Park".
_TENURE = compiled(
    r"(?:years|decades) (?:(?:on|in|down) the [a-z]+ |as an? [a-z-]+(?: [a-z]+)? )?at (?:the )?"
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
    r"(?: (?:mill|works|factory|plant|yard|mine|pit|docks|depot|school|hospital)\b)?)"
)
#: Each pattern above, tried only where one of its first words is (lower case).
_KEYED = (
    (_JOB_PLACE, ("ex-", "former ", "retired ")),
    (_LIVES, ("lives ", "stays ", "sleeps ")),
    (_VENUE_ON, ("at the ",)),
    (_TENURE, ("years ", "decades ")),
)
#: A person's state since a day: "who's been boarding since 11/14".
_SINCE = compiled(
    r"\b(?:who|he|she)(?:'s|\u2019s| has| had)? been [a-z]+ (?:[a-z]+ ){0,2}since\s+$", re.I
)
#: A colleague, a teacher or a titled person: their life is no client's.
_COLLEAGUE = compiled(
    r"\b(?:mentor|supervisor|colleague|professor|prof|Dr|author|speaker|lecturer|boss)\b"
)
#: The author as the subject, or a colleague: the life told is not a client's.
_NOT_THEIRS = compiled(rf"\b(?:I|I'm|I've|(?i:me|my|we|we're|our|us))\b|{_COLLEAGUE.pattern}")
#: The third person of a story, with the clinic's shorthand for a patient ("pt").
_PERSON = compiled(rf"\b(?:pts?|{pp.PERSON_NOUN}|he|she|his|her|him)\b", re.I)
#: Tagalog's articles for a person's name: "si Kyla", "ni Kyla", "kay Kyla".
_TAGALOG_NAME = compiled(r"(?:si|ni|kay|sina|nina|kina) (?P<name>[A-Z][a-z]{2,14})\b(?! [A-Z])")
_TAGALOG_ARTICLES = ("si ", "ni ", "kay ", "sina ", "nina ", "kina ")
#: What a Tagalog name is described by: "ni Kyla, yung Grade 9", "si Jomar na taga-...".
_TAGALOG_STORY = compiled(r"\b(?:yung|ang|isang|na) (?:[\w-]+ ){0,3}?(?:grade \d|taga-)", re.I)
#: Tagalog's "from": "taga-Pinyahan", not the author's own ("taga-Cebu ako").
_TAGA = compiled(r"\btaga-(?P<place>[A-Z][a-z]+)\b(?! (?:ako|kami|tayo|po ako)\b)")


def life_identifiers(text: str, own: frozenset[str], public: Hits) -> list[Span]:
    """Spans of names, places, late ages and dates set in the shape of someone's life.

    Args:
        text: the draft, plain.
        own: lower-cased words of the user's own names and markers.
        public: where public things (organisations, helplines, years) are in the text.

    Returns:
        (start, end, kind, advice) spans.
    """
    found: list[Span] = []
    if ", " in text:
        found.extend(_apposed(text, own, public))
    low = text.lower()
    for pattern, words in _KEYED:
        starts = _starts(low, words)
        if starts:
            found.extend(_places(text, pattern, starts, public))
    if "since " in low:
        found.extend(_since(text, _starts(low, ("since ",))))
    if "i " in low or "kay " in low or "taga-" in text:
        found.extend(_tagalog(text, low, own))
    return found


def _starts(low: str, words: tuple[str, ...]) -> list[int]:
    """Where any of `words` begins a word in the lower-cased text."""
    found: list[int] = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                found.append(at)
            at = low.find(word, at + 1)
    return found


def _apposed(text: str, own: frozenset[str], public: Hits) -> list[Span]:
    """Names and late ages opening a sentence, each with an apposition about the person."""
    found: list[Span] = []
    comma = text.find(", ")
    while comma >= 0:
        tail = comma + 2
        m = _NAME_BEFORE.search(text, max(0, comma - 15), comma)
        if m and _opens(text, m.start()) and _APPOSITION.match(text, tail):
            name = m.group()
            s, e = sentence_bounds(text, m.start())
            if not (
                known_word(name, own)
                or written_in_lower_case(text, name)
                or public.within(*m.span())
                or _COLLEAGUE.search(text, s, e)
            ):
                found.append((*m.span(), _NAME_KIND, "Remove the name or initial."))
        age = _AGE_BEFORE.search(text, max(0, comma - 30), comma)
        if age and _opens(text, age.start()) and _AGE_APPOSITION.match(text, tail):
            found.append(
                (*age.span(), "an age over 89", "Say \u201c90 or older\u201d, or leave it out.")
            )
        comma = text.find(", ", tail)
    return found


def _opens(text: str, start: int) -> bool:
    """Whether `start` opens the text, a sentence or a clause after a colon."""
    return text[:start].rstrip()[-1:] in ("", ".", "!", "?", ":", "\n")


def _places(text: str, pattern: re.Pattern[str], starts: list[int], public: Hits) -> list[Span]:
    found: list[Span] = []
    for at in starts:
        m = pattern.match(text, at)
        if m is None or not _named_place(m.group("place")):
            continue
        s, e = sentence_bounds(text, m.start())
        sentence = text[s:e]
        # a tenure's sentence is the author's if it names them anywhere ("... taught me");
        # a past job or a home is theirs only when the author is its subject
        whole = pattern is _TENURE or pattern is _VENUE_ON
        mine = sentence if whole else text[s : m.start()]
        if public.within(*m.span("place")) or _NOT_THEIRS.search(mine):
            continue
        if pp.OWN_FAMILY.search(sentence) or (whole and not _PERSON.search(sentence)):
            continue
        found.append((*m.span("place"), _PLACE_KIND, ""))
    return found


def _named_place(place: str) -> bool:
    """Whether a place read after a cue is a street or a place smaller than a state."""
    if place[:1].isdigit() or place.startswith(("St ", "St. ", "Saint ")):
        return True  # "63rd & Halsted", "St Wilfrid's"
    first = place.split(" ", 1)[0]
    return small(place) and not known_word(first, frozenset())


def _since(text: str, starts: list[int]) -> list[Span]:
    found: list[Span] = []
    for at in starts:
        m = DATE.match(text, at + 6)
        if m is None or not _SINCE.search(text, max(0, at - 60), at + 6):
            continue
        s, e = sentence_bounds(text, m.start())
        if _COLLEAGUE.search(text, s, e) or pp.OWN_FAMILY.search(text, s, e):
            continue  # "Dr Okoye has been with the team since 4/2": a colleague's start
        found.append((*m.span(), "a date tied to a person", "Leave out the date."))
    return found


def _tagalog(text: str, low: str, own: frozenset[str]) -> list[Span]:
    found: list[Span] = []
    names = [m for at in _starts(low, _TAGALOG_ARTICLES) if (m := _TAGALOG_NAME.match(text, at))]
    if not names and "taga-" not in text:
        return found
    if _TAGALOG_STORY.search(text) is None:
        return found
    for m in names:
        name = m.group("name")
        if known_word(name, own):
            continue  # a title is capitalised too, and the name after it fails the match
        found.append((*m.span("name"), _NAME_KIND, "Remove the name or initial."))
    for m in _TAGA.finditer(text):
        if small(m.group("place")):
            found.append((*m.span("place"), _PLACE_KIND, ""))
    return found
