"""One person named or slotted as the subject of a sentence: a story, whatever the wording.

A clinician who narrates a case often names the person by a first name
("Doreen hasn't known what year it is…"), presents them with an age
("Beryl, late 80s, mixed dementia, …"), calls them by their appointment
("The 3pm wore me out") or describes them in an indefinite noun phrase that
acts on their own body or words ("A retired wharfie from Port Adelaide
described his delirium…"). The shapes are structural: a capitalised word at
a clause start that is not a function word, a weekday or a common noun by its
ending, followed by a verb in the singular or by an age in apposition. A word
the post also writes in lower case is a common noun, not a name.
`clinical_story.py` then applies its usual filters (general talk, colleagues,
public figures, narration nearby). Every pattern is anchored or bounded, so
matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import MONTH, WEEKDAY
from dualdesk.core.guards.story_patterns import IRREGULAR, NOT_MISSED, ONE_PERSON_NAMED, SETTING
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: Capitalised words at a clause start that are never a person's first name.
_NOT_A_NAME = compiled(
    rf"(?:{MONTH}|{WEEKDAY}|the|this|that|these|those|there|here|then|what|which|who|when"
    r"|where|why|how|and|but|not|nor|yet|also|just|still|even|only|never|always|today|tonight"
    r"|yesterday|tomorrow|everyone|everybody|anyone|anybody|someone|somebody|nobody|nothing"
    r"|something|everything|anything|each|every|some|most|many|much|all|any|one|none|she|her"
    r"|his|him|they|them|their|our|your|its|you|mine|ours|yours|please|thanks|thank|same|such"
    r"|other|another|both|either|neither|few|more|less|lots|plenty|day|week|month|year|life"
    r"|work|god|lord|twitter|instagram|facebook|google|reddit|tiktok|nhs|wine|coffee|lunch"
    r"|dinner|breakfast|bed|home|love|hope|grief|burnout|trauma|therapy|research|science|data"
    r"|evidence|supervision|medicine|psychiatry|psychology|dementia|delirium|anxiety"
    r"|depression|capacity|consent|recovery|language|nature|silence|time|sleep|people|family"
    r"|friends|care|rest|boundaries|reminder|update|note|tip|psa|fyi|question|answer|plot"
    r"|spoiler|midnight|noon|sometimes|often|usually|again|yes|okay|sorry|sadly|really|oddly|only|experience"
    r"|evidence|patience|science"
    r"|brain|body|mind|heart|gut|soul|head|insomnia)",  # "Brain insists on…": the author's own
    _I,
)
#: What a family calls its own: "Mum turned 80" is the author's mother, not a client.
_KIN = compiled(r"(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandpa|papa|mama|pop)", _I)
#: Endings of common nouns and adjectives, never of a first name ("Research", "Burnout" aside).
_COMMON_ENDING = compiled(
    r".*(?:ing|tion|sion|ness|ment|ity|ism|ist|ogy|ics|ance|ence|ship|hood|ful|less|ous|ive"
    r"|ible|[^aiuy]s)|[a-z]{5,}ly",
    _I,
)
#: An age in apposition after a name: "Beryl, late 80s,", "Jim, 84,", "Ana (72)".
_AGE = r"(?:,\s+|\s+\()(?:(?:late|early|mid)[- ]?)?\d{1,3}(?:s|yo|y/o|f|m)?(?=[,)])"
#: A verb in the singular right after the name: an auxiliary, a past tense, a habit.
_VERB = (
    r"\s+(?:(?:just|finally|actually|still|then|suddenly|literally|always|never)\s+)?"
    r"(?:has(?:n't)?|had(?:n't)?|was(?:n't)?|is(?:n't)?|does(?:n't)?|did(?:n't)?|won't|can't"
    rf"|couldn't|wouldn't|keeps|refuses|refused|told|asked|said|{IRREGULAR}|[a-z]{{3,}}ed)\b"
)
#: A capitalised word at a clause start (a surname may follow: "Maria Lopez"), then an age
#: in apposition or a verb in the singular.
NAMED = compiled(
    rf"(?-i:(?P<name>[A-Z][a-z]{{2,14}})(?P<surname> [A-Z][a-z]{{1,20}})?)"
    # an aside about that person may come between: "Declan (he said I could use his name) got"
    r"(?:\s+\((?=[^()]*\b(?:he|she|they|his|her|name)\b)[^()]{1,80}\))?"
    rf"(?:(?P<age>{_AGE})|{_VERB})"
)
#: Speech or writing after a full name: "Harvey Milk said 'you gotta give them hope'" quotes
#: a known person. A client is spoken of by a first name; a full name is a client's only
#: when the sentence sets it in the work ("Maria Lopez missed her appointment").
_QUOTES = compiled(r"\s+(?:said|says|wrote|writes|put it|asked|told us)\b")
#: The author saw a named person for that person's own appointment: "Saw Maria Lopez for her
#: intake", "met Tom for his first session". One of the two words after "her" must set it
#: in the work (an intake, a session, a review), not in the author's life ("her birthday").
SEEN_FOR = compiled(
    r"\b(?:saw|seen|met|met with|assessed|reviewed|admitted|discharged|visited)\s+"
    r"(?-i:(?P<name>[A-Z][a-z]{2,14})(?: [A-Z][a-z]{1,20})?)\s+for\s+(?:her|his|their)\s+"
    r"(?P<setting>[a-z-]+(?:\s+[a-z-]+)?)",
    _I,
)
#: Who but a person could do this: a pronoun for them, or speech, after the name.
_PERSON_CUE = compiled(
    r"\b(?:she|he|her|his|him|herself|himself|said|says|told|tells|asked|asks)\b", _I
)
#: An appointment slot as the subject: "The 3pm wore me out", "the 3:30 was… him" ("my 2pm"
#: is in ONE_PERSON_WORD).
SLOT = compiled(
    r"\b(?:the|our|this|that|today's)\s+(?:\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)"
    # a bare "3:30" is a slot only when a person follows in the sentence (not "the 7:15 train")
    r"|\d{1,2}:\d\d(?=[^.!?\n]*\b(?:him|her|his|she|he)\b))(?:'s)?(?=\s+"
    rf"(?:(?:just|finally|actually)\s+)?(?:was|is|has|had|told|said|asked|{IRREGULAR}"
    r"|[a-z]{3,}ed|[a-z]{3,}\s+(?:me|us))\b)",
    _I,
)
#: A person described in an indefinite noun phrase at a sentence start, who did something to
#: their own body, words or life ("A retired wharfie from Port Adelaide described his delirium").
DESCRIBED = compiled(
    r"(?:an?|one)\s+(?!(?:lot|few|bit|couple|study|paper|review|trial|reminder|friend"
    r"|colleague|student|trainee|registrar|resident\s+doctor)\b)(?:[\w'-]+\s+){0,6}?"
    rf"(?:{IRREGULAR}|[a-z]{{3,}}ed)\s+(?:his|her)\s+(?:own\s+)?[a-z]{{3,}}",
    _I,
)
#: A title and a surname or an initial: "Mrs Okafor", "Mr. Doyle", "Mr H", "Mdm R".
_TITLED = compiled(
    r"(?-i:M(?:r|rs|s|x|dm|me)\.?\s+[A-Z](?:[a-z]{2,}|\b)"
    rf"|Miss\s+(?!{NOT_MISSED})[A-Z][a-z]{{2,}})"
)
#: One of several recent cases, counted: "Third referral this month where…", "fourth DNA in
#: a row from someone…". The count and the time make each of them someone on the caseload.
COUNTED_CASES = compiled(
    r"\b(?:second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+(?!(?:time|day|night"
    r"|week|month|year)s?\b)(?:[\w-]+\s+){0,2}?(?:this (?:week|month|morning|afternoon|year)|today"
    r"|in a row)\s+(?:where|from|with|who|whose|in which)\b",
    _I,
)
#: The key of COUNTED_CASES, looked for first on lower-cased text.
_COUNT = compiled(r"(?<![\w-])(?:second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th)) ")
_COUNT_WORDS = ("second ", "third ", "fourth ", "fifth ", "sixth ")
_DIGIT_COUNT = compiled(r"\d(?:st|nd|rd|th) ")
#: Initials explained by a full name in brackets or dashes: "H.M. (Henry Molaison)", a case
#: in the books.
UNMASKED = compiled(
    r"\s*(?:\(|[\u2014\u2013-]\s)\s*(?-i:[A-Z][a-z]+\s+){1,3}(?-i:[A-Z][a-z]+)\s*(?:\)|[\u2014\u2013-])"
)
#: A pronoun given an age: "She's 83 and holding it together" is one person, present or past.
_AGED_PRONOUN = compiled(r"(?:she|he)(?:'s| is| was) (?:[a-z]+ )?\d{1,2}", _I)
#: A first name with their family: "on the phone with Josefina's daughter". Not after another
#: capitalised word ("Anna Freud's father", a public figure).
KIN_OF_NAMED = compiled(
    r"\b(?-i:(?P<name>[A-Z][a-z]{2,14}))'s\s+(?:daughter|son|mum|mom"
    r"|mother|father|dad|wife|husband|partner|kids|children|family|carer|grandson|granddaughter"
    r"|sister|brother)\b",
    _I,
)
_CAPITAL_BEFORE = compiled(r"(?-i:[A-Z][\w.]*) $")
#: Where a sentence starts: DESCRIBED is tried only there.
_SENTENCE_START = compiled(r"[.!?:]\s+")
#: Where a sentence or a clause after a colon starts: NAMED is tried only there.
_CLAUSE_START = compiled(r"[.!?:;\n\u2014]\s*")


def named_subjects(text: str) -> Iterator[re.Match[str]]:
    """First names at clause starts acting or presented with an age (see NAMED), or seen
    for their own appointment (see SEEN_FOR)."""
    for pos in chain((0,), (m.end() for m in _CLAUSE_START.finditer(text))):
        if not text[pos : pos + 1].isupper():
            continue
        m = NAMED.match(text, pos)
        if m is None:
            continue
        if not is_first_name(m.group("name"), text):
            continue
        if m.group("surname") and (
            _QUOTES.match(text, m.end("surname"))
            or not SETTING.search(text, m.end(), _end(text, pos))
        ):
            continue  # a known person quoted or acting by full name, outside the work
        if m.group("age") is None and not _PERSON_CUE.search(text, m.end("name"), _end(text, pos)):
            continue  # "Practice closed Monday": nothing in the sentence says a person acts
        yield m
    if " for her " in text or " for his " in text or " for their " in text:
        for m in SEEN_FOR.finditer(text):
            if SETTING.search(m.group("setting")) and is_first_name(m.group("name"), text):
                yield m


def is_first_name(word: str, text: str) -> bool:
    """Whether a capitalised word may be a first name: no function word, common noun, kin.

    A word the post also writes in lower case is a common word, not a name.
    """
    if _NOT_A_NAME.fullmatch(word) or _COMMON_ENDING.fullmatch(word) or _KIN.fullmatch(word):
        return False
    return re.search(rf"\b{word.lower()}\b", text) is None


def _end(text: str, pos: int) -> int:
    """Where the sentence holding `pos` ends (its stop, or the end of the text)."""
    ends = [i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0]
    return min(ends, default=len(text))


def counted_cases(text: str, folded: str) -> Iterator[re.Match[str]]:
    """Counted recent cases (see COUNTED_CASES) whose count names the work ("referral").

    Tried only with a word for a count; "second conference this year where…" counts no one.
    """
    if not holds_any(folded, _COUNT_WORDS) and _DIGIT_COUNT.search(folded) is None:
        return
    for count in _COUNT.finditer(folded):
        m = COUNTED_CASES.match(text, count.start())
        if m and SETTING.search(text, m.start(), m.end()):
            yield m


def kin_of_named(text: str, folded: str) -> Iterator[re.Match[str]]:
    """First names with their family (see KIN_OF_NAMED), tried only on a draft with "'s "."""
    if "'s " not in folded:
        return
    for m in KIN_OF_NAMED.finditer(text):
        name = m.group("name")
        if _NOT_A_NAME.fullmatch(name) or _COMMON_ENDING.fullmatch(name):
            continue
        if m.start() > 0 and text[m.start() - 1] not in " (\n":
            continue
        if _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Anna Freud's father": a full name, a public figure
        yield m


def slots(text: str, folded: str) -> Iterator[re.Match[str]]:
    """Appointment slots that act: tried only on a draft with a clock time in it."""
    if "am " in folded or "pm " in folded or "o'clock" in folded or ":" in folded:
        yield from SLOT.finditer(text)


def described(text: str, folded: str) -> Iterator[re.Match[str]]:
    """Indefinite noun phrases at sentence starts that acted on their own (see DESCRIBED)."""
    if " his " not in folded and " her " not in folded:
        return
    for pos in chain((0,), (m.end() for m in _SENTENCE_START.finditer(text))):
        if text[pos : pos + 1] not in ("A", "a", "O", "o"):
            continue
        m = DESCRIBED.match(text, pos)
        if m and "," not in m.group() and "." not in m.group():
            yield m


def presented(m: re.Match[str]) -> bool:
    """Whether a match shows one person without more narration: an age, a title, a slot acting.

    "Beryl, late 80s", "Mrs Okafor's son", "The 3pm wore me out", "She's 83".
    """
    if m.re is SLOT or m.re is SEEN_FOR:
        return True
    if m.re is NAMED:
        return m.group("age") is not None
    if m.re is ONE_PERSON_NAMED:
        return _TITLED.match(m.group()) is not None
    return _AGED_PRONOUN.fullmatch(m.group()) is not None


def is_named(m: re.Match[str]) -> bool:
    """Whether a match names one person or slot: never a kind of person ("Mrs Okafor is…")."""
    return m.re in (NAMED, SEEN_FOR, SLOT, ONE_PERSON_NAMED, COUNTED_CASES, KIN_OF_NAMED)
