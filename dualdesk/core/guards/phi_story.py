"""`phi` inside a client story: proper nouns, late ages and record shapes.

A post the clinical rule already reads as a story about a client is told
about one person; in such a post a capitalised word in the middle of a
sentence is nearly always a name or a place (the client's first name, the
town, the school, the workplace), whatever the writer's vocabulary. What is
not one is known by its shape: a sentence start (unless the word is a name
acting there, `phi_story_openers.py`), an acronym, a word joined
to an acronym ("DQ Blizzard"), a mid-word capital ("TikTok"), a title's
name ("Dr. Lee", "Pastor Ann"), the user's own names and markers, and a
short list of capitalised common words (`phi_words.py`: months, days,
states, countries, kin words used as names, holidays, faith words, public
programmes), and a noun the word describes ("a Dari song"; but "a Ballymun
lad" is a person by their town, and "out Hunterville way" a place).

Likewise the story's numbers (`phi_story_numbers.py`): an age over 89, a
dated day, initials with an age, a record number. These run only when
clinical fired (see review.py), so a benign post full of names, places and
numbers is never read this way.
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_lookalikes as pl
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards import phi_story_openers as openers
from dualdesk.core.guards import phi_story_passing as ride
from dualdesk.core.guards import phi_things_named as things
from dualdesk.core.guards import whereabouts_others as others
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import plain, public_hits, sentence_bounds
from dualdesk.core.guards.phi_countries import COUNTRIES, PLACE_NOT_SMALL
from dualdesk.core.guards.phi_places import about_someone
from dualdesk.core.guards.phi_spanish_own import own_thing
from dualdesk.core.guards.phi_story_numbers import story_numbers
from dualdesk.core.guards.phi_story_words import SPANISH_NEXT, not_a_clients_place
from dualdesk.core.guards.phi_words import COLLEAGUE, COMMON, FUNCTION_WORDS, PERSON_WORD, US

Span = tuple[int, int, str, str]

#: A run of capitalised words: "Dorothy", "Le Mars", "Boyden-Hull Elementary".
CAPITALS = compiled(
    r"(?<![\w@#&'\u2019.-])[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e][a-z\u00df-\u00ff\u0101-\u017f]+"
    r"(?:'[a-z]+)?(?:[\s-][A-Z][a-z\u00df-\u00ff\u0101-\u017f]+(?:'[a-z]+)?){0,5}(?![\w@])"
)
#: What may come before a sentence's first word: nothing, a stop, a colon, a dash, a quote.
_OPENS = frozenset(".!?:;\"'()[]-\u2013\u2014\u2026\u201c\u2018*\u2022>|/")
#: An acronym or a mid-word capital just before: the word is part of a brand or a body.
_ACRONYM_BEFORE = compiled(r"(?:\b[A-Z]{2,}[\w&]*|\b[a-z]+[A-Z]\w*)\s+$")
#: A comparison or choice beside the run: "X or Y", "X vs Y".
_COMPARED = compiled(
    r"\s+(?i:or|vs\.?|versus)\s+(?=[A-Z])|(?<=[A-Za-z])\s+(?i:or|vs\.?|versus)\s+$"
)
#: A run whose last word names a workplace or school stays a candidate after "the".
_INSTITUTION = compiled(
    r"(?:plant|mill|factory|works|yard|depot|store|mart|farm|ranch|mine|elementary|primary"
    r"|academy|school|high|middle|college|estate|home|manor|court|lodge|centre|center)$",
    re.IGNORECASE,
)
#: An article before the run: a thing or a brand ("a Coke", "the Centra"), not a person.
_ARTICLE_BEFORE = compiled(r"(?:^|[^\w'])(?i:a|an|the|some|any|his|her|their|my|our)\s+$")
#: A title or address before the run: "Doctor Night", "Coach Bill", "Pastor Ann".
_TITLE_BEFORE = compiled(
    r"(?:^|\b)(?i:doctor|doc|nurse|coach|pastor|father|fr|sister|brother|rabbi|imam|reverend"
    r"|officer|teacher|professor|judge|aunty|auntie|uncle|miss)\.?\s+$"
)
#: A place of no one in particular: "someone in Ottawa", "people from Leeds".
_ANYONE_IN = compiled(
    r"\b(?i:someone|somebody|anyone|anybody|everyone|nobody|people|folks)\s+(?i:in|from|at)\s+$"
)
#: A lower-case word right after the run (not after a comma or a possessive).
_MODIFIES = compiled(r" ([a-z]+)\b")
#: What follows a name or place that is not the noun it describes: a function word, a time,
#: a verb ("Dorothy in", "Harold tonight", "Ray drives", "Vern said").
_PERSON_NEXT = compiled(
    r"(?:in|at|on|from|to|with|and|or|but|for|of|by|is|was|has|had|does|did|will|would|can"
    r"|could|who|this|that|these|today|tonight|yesterday|now|again|too|last|next|said|told|being"
    r"|came|went|got|took|made|gave|saw|left|sat|ran|brought|thought|knew|felt|kept|let|put"
    r"|says|asks|wants|just|still|finally|always|never|when|because|after|before|since|about"
    r"|until|till|all|every|here|there|back|home)$|\w+(?:ed|s)$|\w{3,}ing$"
)
#: Diseases named after a person: "Alzheimer's", "Parkinson's".
_EPONYM = compiled(r"(?i:alzheimer|parkinson|huntington|asperger|tourette|down|crohn|lewy)'?s?$")
#: A made-up name the post gives itself: "let's call him Ray".
_PSEUDONYM = compiled(r"(?i:let'?s|let us|we'll|i'll) call (?i:him|her|them) ([A-Z][a-z]+)")
#: Small words capitalised only inside a title ("The Body Keeps the Score", "Out of Office").
_TITLE_WORDS = frozenset({"the", "of", "a", "an", "and", "in", "to", "for", "on", "at", "with"})
#: Before the run, any of: an acronym, a title, "someone in", a colleague's role, "by".
_NOT_CLIENT_BEFORE = (_ACRONYM_BEFORE, _TITLE_BEFORE, _ANYONE_IN, pp.TITLED, pp.AUTHOR)
_SPLIT = compiled(r"[\s-]").split
#: A number right after the run: "Form 3"; a line's number: "Samaritans on 116 123".
_NUMBER_NEXT = compiled(r"(?:\s?|\s+on\s+|:\s*)\d")
#: Quoted speech or a title in quotes: names inside are the speaker's, not the post's.
_QUOTED = compiled(r'"[^"\n]{1,200}"|(?<![\w])\'(?:[^\'\n]|(?<=\w)\'(?=\w)){1,200}\'(?![\w])')


def own_words(profile_text: str) -> frozenset[str]:
    """Lower-cased words of the user's names, handles and markers (camel case split)."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", profile_text)
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", spaced) if len(w) > 1)


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n" or text[i] in _OPENS:
        return True
    if text[i].isalpha() and text[i] not in "aAI" and not text[i - 1 : i].isalnum():
        return _sentence_start(text, i)  # "é Had a client": a stray letter, not a word
    return not text[i].isascii() and not text[i].isalpha()  # an emoji or symbol before


def _name_words(words: list[str], own: frozenset[str]) -> bool:
    """Whether some word of a capitalised run is not a known non-identifier."""
    for word in words:
        low = word.lower().split("'", 1)[0]
        if (low.endswith("s") and (low[:-1] in COMMON or pp.NOT_NAMES.match(low[:-1]))) or (
            low == "weds"
        ):
            continue  # "on Tuesdays", "with Legos"
        if low in COMMON or low in own or low in COUNTRIES or PLACE_NOT_SMALL.match(low):
            continue
        if pp.NOT_NAMES.match(low):
            continue
        return True
    return False


def _follows_name(word: str) -> bool:
    """Whether a lower-case word after a capitalised run can follow a name or a place.

    A function word, a verb or "way" ("out Hunterville way") can; a noun the run describes
    ("a Dari song") cannot, nor a time ("flying to Denver tomorrow": the author's trip).
    """
    return (
        word in FUNCTION_WORDS
        or word in SPANISH_NEXT
        or word == "way"
        or _PERSON_NEXT.match(word) is not None
        or PERSON_WORD.match(word) is not None
    )


def _skipped(text: str, start: int, end: int, words: list[str], own: frozenset[str]) -> bool:
    """Whether a capitalised run is, by its shape or neighbours, not a name or place."""
    if not _name_words(words, own) or _NUMBER_NEXT.match(text, end) or pl.pet_name(text, start):
        return True  # known words; "Form 3", "Lifeline on 0808": a number's label; a pet's name
    if things.thing_named(text, start, end):
        return True  # "speaks Gaelic", "Eccles cakes", "scaled Kilimanjaro": no one's name
    after = _MODIFIES.match(text, end)
    works = after is not None and _INSTITUTION.match(after.group(1)) is not None
    if after and not (words[-1].endswith("'s") or works or _follows_name(after.group(1))):
        return True  # "a Dari song", "the Geelong side": a word describing the next word
    if _TITLE_BEFORE.match(words[0] + " "):
        return True  # "Coach Mulvey", "Pastor Ann": someone's title and name, not a client's
    window = max(0, start - 30)
    if _ARTICLE_BEFORE.search(text, window, start) and not (
        works or _INSTITUTION.search(words[-1])
    ):
        # "a Coke", "the Lions": things; "the Dearborn Truck Plant" is a workplace and
        # "a Ballymun lad" a person known by their town
        return not (after and PERSON_WORD.match(after.group(1)))
    if pp.watched_title(text, start, end) or own_thing(text, start, end):
        return True  # "Finally watched Skins.", "yo comiendo Doritos": no client's name
    return any(p.search(text, window, start) for p in _NOT_CLIENT_BEFORE)


def story_identifiers(
    draft_text: str, own: frozenset[str], away: list[tuple[int, int]]
) -> list[Span]:
    """Return identifier spans in a post already known to tell a client's story.

    Args:
        draft_text: the draft as written.
        own: lower-cased words of the user's names and markers (`own_words`).
        away: spans of the author's own whereabouts: places in those sentences are the
            author's, not the client's.

    Returns:
        (start, end, kind, advice) spans: names or places, ages over 89, record numbers.
    """
    text = plain(draft_text)
    away_sentences = [sentence_bounds(text, start) for start, _ in away]
    public = public_hits(text)
    made_up = {m.group(1) for m in _PSEUDONYM.finditer(text)} if " call " in text else set()
    quoted = [m.span() for m in _QUOTED.finditer(text)] if "'" in text or '"' in text else []
    found: list[Span] = []
    for m in CAPITALS.finditer(text):
        start, end = m.span()
        words = _SPLIT(m.group())
        first = _sentence_start(text, start)
        opener = first and len(words) < 3 and not openers.author_acts(words)
        if opener:  # "Gladys", "Al Green": a name only as the one acting in the sentence
            if (span := openers.opening_name(text, start, end, words, own)) is None:
                continue
            start, end = span
            words = _SPLIT(text[start:end])
        elif first:
            start += len(words[0]) + 1
            words = words[1:]
        if (
            words[0] in made_up
            or _EPONYM.match(words[-1])
            or not_a_clients_place(text, start, words)
        ):
            continue  # "let's call her Ray"; "Alzheimer's"; "her mum in Estados Unidos"
        if any(a < start < b for a, b in quoted) or (
            not opener and _skipped(text, start, end, words, own)
        ):
            continue
        bounds = sentence_bounds(text, start)
        if (
            bounds in away_sentences and not about_someone(text, bounds[0], start, end)
        ) or public.within(*bounds):
            continue  # the author's own whereabouts, unless about someone not their family
        if others.figure_recalled(text, *bounds):
            continue  # "Can't stop thinking about Serena Williams pulling out in Paris": news
        if any(w.lower() in _TITLE_WORDS for w in words) or COLLEAGUE.search(text, *bounds):
            continue  # "The Anxious Teen": a title; "supervision with Ingrid": a colleague
        if US.search(text, *bounds) and not pp.THIRD_PERSON.search(text, *bounds):
            continue  # "we don't talk about it enough in Naija": ours, no one's in particular
        if (
            _COMPARED.search(text, max(0, start - 8), start)
            or _COMPARED.match(text, end)
            or ride.places_no_one(text, start, end)  # "the MTR past Central", "make Milo"
        ):
            continue  # "Outkast or Goodie Mob", "Dravid vs Laxman": things compared
        found.append((start, end, "a name or place", "Leave out names and places."))
    found += story_numbers(text, away_sentences)
    return found
