"""A meal of the author's own, placed: "Laksa at the hawker centre after clinic."

Clinicians often post their lunch as a fragment with no subject and no verb:
"Pierogi at the milk bar on Starowiślna", "Fish tacos at Rosa's after a
long intake day", "Meal deal in a lay-by between visits", "Chips on the
quay in Conwy". A fragment like that is the author's own, and it says
where they are and when. The shape is read by its parts:
- it opens the sentence, in at most five words holding a meal or food
  word, with no person in them (no pronoun, no "client", no name before it);
- then a place: "at"/"on"/"in"/"by" and a proper name or a place word
  ("the canteen", "a lay-by", "the quay");
- then either its clause ends within three words ("... in Conwy, a gull
  took..."), or it goes on to what the place is near ("... across from the
  station"), or a when follows ("after", "between", "before", "today", a
  clock time).

Not the author's, or no place: "Breakfast at Tiffany's is the film I...",
(no when, and the sentence goes on), "Lunch at your desk is not a break" (a
pronoun), "Her lunch at the canteen" (a person). A dish the lists do not know
still places the author when the work it came after follows the place
("Naengmyeon on Olympic after back-to-back sessions"). Runs only when a meal
word or " at ", " on the ", " in the " or " from the " is in the lower-cased text.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE
_FOOD = (
    r"(?:lunch|breakfast|brunch|dinner|supper|tea|coffee|snack|meal(?: deal)?|sandwich"
    r"|sarnie|butty|roll|pie|pies|chips|rice|noodles|ramen|pho|laksa|soup|curry|burger"
    r"|tacos?|burrito|pizza|kebab|muffin|pastry|donut|doughnut|bagel|toastie|pierogi|dumplings"
    r"|chicken|fish|dosa|idli|biryani|kacchi|jollof|suya|gimbap|bibimbap|sushi|bento"
    r"|samosas?|empanadas?|pasty|pasties|scones?|cake|ice cream|gelato|smoothie|chai|kopi"
    # drinks ordered by name, and plates of the places clinicians write from
    r"|flat white|latte|cappuccino|cortado|espresso|americano|long black|mocha|macchiato"
    r"|caf[eé] au lait|caf[eé] con leche|matcha|bubble tea|boba|cuppa|sisig|adobo|silog"
    r"|tapsilog|lugaw|pancit|halo-halo|paratha|nihari|haleem|chaat|bun kebab|pho|banh mi"
    r"|karak|doodh patti|cutting chai|teh tarik|kahwa|qahwa)"
)
_PLACE_WORD = (
    r"(?:canteen|cafeteria|caf[eé]|food court|hawker cent(?:re|er)|car park|parking lot"
    r"|lay-?by|quay|harbou?r|pier|beach|market|markets|roadhouse|servo|gas station|petrol station"
    r"|drive-?thru|diner|deli|bakery|milk bar|chippy|chipper|food truck|stall|bench|park"
    r"|carinderia|karinderya|eatery|turo-turo|dhaba|kopitiam|spot|joint|kiosk|cart|stand)"
)
#: The fragment up to the place; the opening words are checked for people separately.
_MEAL_PLACED = compiled(
    rf"\b{_FOOD}\b(?:\s+[\w'&-]+){{0,2}}?\s+(?:at|on|in|by|from) (?:the |a |that |this )?"
    rf"(?:(?-i:[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){{0,3}})(?: {_PLACE_WORD}\b)?"
    rf"|(?:[\w-]+ )?{_PLACE_WORD}\b)",
    _I,
)
#: A when right after the place (a few words may sit between).
_WHEN_AFTER = compiled(
    r"(?:\s+[\w'&.-]+){0,4}?\s+(?:after|between|before|while|during|today|tonight|this morning"
    r"|this afternoon|rn|right now|on my (?:lunch|break)|at \d"
    r"|\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm))\b"
    r"(?:(?:\s+(?:a|an|the|my|our))?\s+[\w'-]+)?",  # and what it is after or between
    _I,
)
#: Words that make the opening someone else's or a general statement.
_PERSON = frozenset(
    (
        "i", "we", "you", "your", "she", "he", "they", "her", "his", "their", "our", "my",
        "client", "clients", "patient", "patients", "mum", "mom", "dad", "kid", "kids",
        "people", "everyone", "nobody", "no", "never", "don't", "do", "skip", "skipping",
        "eat", "have", "grab", "take",
    )
)  # fmt: skip
#: Where the place's clause ends: "at the milk bar on Starowiślna, pierogi..." ends at the comma.
_CLAUSE_END = compiled(r"[,;:!?\n]|\.(?:\s|$)|\s[-–—]\s")
_MEAL_KEYS = ("lunch", "breakfast", "brunch", "dinner", "supper", "meal", "tea", "coffee")
#: The place told by what it is near: "at the stall across from the station".
_NEAR = compiled(
    r"\s*(?:across(?: from)?|opposite|near|next to|beside|behind|outside|in front of"
    r"|(?:round|around) the corner from|down the (?:road|street) from)\s"
)


#: A fragment opening a sentence, a named place, then the work it came after: "Naengmyeon on
#: Olympic after back-to-back sessions", "Kopi at Ah Seng between clients". The opening may
#: be any dish, named in any language: the end of the work day makes the stop the author's.
_AFTER_WORK = compiled(
    r"(?:^|(?<=[.!?\n] )|(?<=\n))(?P<what>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:at|on|in)\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,2})\s+(?:after|between)\s+"
    r"(?:[\w-]+\s+){0,4}(?:sessions?|clinic|clients|appointments|shifts?|work|intakes?"
    r"|visits|rounds)\b(?!\s+(?:is|are|was|were|can|could|should|may|might|will|would|often"
    r"|usually|really|make|makes|help|helps|tend|work|works|feel|feels)\b)",  # a general claim
    _I,
)
_WORK_KEYS = ("session", "clinic", "client", "appointment", "shift", "work", "intake", "visit")


def _opening(text: str, start: int) -> tuple[int, int] | None:
    """The sentence of `start` if the words before it are at most four and name no one."""
    s, e = sentence_bounds(text, start)
    words = text[s:start].split()
    if len(words) > 4 or any(w.lower().strip(",:;-") in _PERSON for w in words):
        return None
    if words and words[0][:1].isupper() and words[0].endswith("'s"):
        return None  # "Ana's lunch at..."
    return s, e


def meal_places(text: str, low: str) -> list[tuple[int, int]]:
    """Return spans of the author's placed meals.

    Args:
        text: the draft (plain quotes).
        low: `text` lower-cased (same offsets).

    Returns:
        (start, end) spans; empty when no meal word and no food before " at " is present.
    """
    found: list[tuple[int, int]] = []
    if (" after " in low or " between " in low) and holds_any(low, _WORK_KEYS):
        found.extend(
            m.span()
            for m in _AFTER_WORK.finditer(text)
            if _opening(text, m.end("what")) is not None
        )
    if not (
        holds_any(low, _MEAL_KEYS)
        or " at " in low
        or " on the " in low
        or " in the " in low
        or " from the " in low
    ):
        return found
    for m in _MEAL_PLACED.finditer(text):
        bounds = _opening(text, m.start())
        if bounds is None:
            continue
        clause = _CLAUSE_END.search(text, m.end(), bounds[1])
        rest = text[m.end() : clause.start() if clause else bounds[1]]
        when = _WHEN_AFTER.match(text, m.end(), bounds[1])
        if when is not None:
            found.append((m.start(), when.end()))  # the place and its when
        elif len(rest.split()) <= 3 or _NEAR.match(rest):
            found.append(m.span())
    return found
