"""Capitalised words inside a client story that name a thing, not a person or a place.

`phi_story.py` reads a capitalised word in a client story as a name or a
place. Three shapes say it is neither, whatever the word:

- a language after a verb of speaking ("her nan speaks only Gaelic", "he's
  fluent in Tagalog"): how a family talks, shared by millions;
- a food or drink the word describes ("two Eccles cakes", "a tray of Ruby's
  donuts", "Kona coffee"): a dish or a shop's wares, not where anyone lives
  (a town tied to a person comes with "from", "in", "lives");
- a landmark used as a figure of speech ("felt like scaling Kilimanjaro"): a
  feat, not a trip.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

#: A verb of speaking right before the run: "speaks Gaelic", "spoke only Farsi", "fluent in Twi".
_SPOKEN_BEFORE = compiled(
    r"\b(?:speak|speaks|spoke|speaking|spoken|understands?|fluent in)"
    r"(?: (?:only|mostly|mainly|just|some|broken|fluent|little))?\s+$",
    re.IGNORECASE,
)
_FOOD_WORDS = """
    bun buns donut donuts doughnut doughnuts coffee coffees pizza pizzas taco tacos burger
    burgers fries cookie cookies cake cakes chai tea biscuit biscuits bagel bagels sandwich
    sandwiches curry chips wings noodles dumplings beer beers pie pies pastry pastries scone
    scones samosa samosas dosa dosas biryani chocolate chocolates fudge muffin muffins
    croissant croissants sushi ramen kebab kebabs burrito burritos barbecue bbq ribs fried
    chicken pancakes waffles brownies cupcakes gelato icecream sweets candy cheesecake tart
    tarts
"""
#: Foods and drinks a capitalised word may describe ("Eccles cakes", "Dino's pizza").
FOODS = frozenset(_FOOD_WORDS.split())
#: Landmarks that stand for a feat or a fantasy in a figure of speech.
_FIGURES = frozenset({"everest", "kilimanjaro", "narnia", "hogwarts", "mordor", "disneyland"})
_NEXT_WORD = compiled(r"\s+([a-z]+)\b")


def thing_named(text: str, start: int, end: int) -> bool:
    """Whether the capitalised run at text[start:end] names a language, a food or a figure."""
    if text[start:end].lower() in _FIGURES:
        return True
    if _SPOKEN_BEFORE.search(text, max(0, start - 30), start):
        return True
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in FOODS
