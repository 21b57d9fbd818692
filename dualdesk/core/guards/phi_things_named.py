"""Capitalised words inside a client story that name a thing, not a person or a place.

`phi_story.py` reads a capitalised word in a client story as a name or a
place. Three shapes say it is neither, whatever the word:

- a language after a verb of speaking ("her nan speaks only Gaelic", "he's
  fluent in Tagalog"): how a family talks, shared by millions;
- a food or drink the word describes ("two Eccles cakes", "a tray of Ruby's
  donuts", "Kona coffee"): a dish or a shop's wares, not where anyone lives
  (a town tied to a person comes with "from", "in", "lives");
- a landmark used as a figure of speech ("felt like scaling Kilimanjaro"): a
  feat, not a trip; a place a song is about ("sang about Muscle Shoals");
- a drink or a snack counted after a verb of having it ("me bebí dos
  Brahmas", "downed two Guinnesses"): a brand, not a person;
- a team after a verb of winning or playing ("como si hubiera ganado la
  Tri", "cuando juega la Vinotinto", "rooting for the Leafs"): a side
  millions cheer for, not anyone's name or home;
- a place the author says they are in ("so I'm in the Asda car park in
  Hexham"): theirs, which the personal account may say; a road the author
  drives ("driving the Mountain Parkway home"), a stop of the author's day
  before the next ("Coffee in Curepe, then the school visits");
- a brand bought in a pack ("a packet of Peek Freans"), a medicine taken for a
  time or at a dose ("been on Suboxone eight months"): things, not people.
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
#: A verb of winning or playing right before the run: "ganó la Tri", "juega el Nacional".
_PLAYED_BEFORE = compiled(
    r"\b(?:(?:ganó|ganado|ganar|gana|perdió|perdido|juega|jugó|jugando|golea|goleó|clasificó"
    r"|clasificado|hincha de|fan de) (?:el|la|los|las)"
    # ("beat", "lost to" may be a person: "her dad beat Tom")
    r"|(?:cheering for|rooting for|fan of) the) $",
    re.IGNORECASE,
)
#: Something eaten or drunk, counted, right before the run: "me bebí dos Brahmas", "me
#: comí dos Chokis", "downed two Guinnesses": a brand had, not a person ("a" marks one in Spanish).
_HAD_BEFORE = compiled(
    r"\b(?:(?:me )?(?:tomé|bebí|comí|pedí|eché|clavé)|tomamos|bebimos|comimos|pedimos|had|drank"
    r"|downed|ate|ordered|sank) (?:un|una|unos|unas|dos|tres|cuatro|cinco|seis|otra|otro|a|an"
    r"|two|three|four|five|six|another|\d) $",
    re.IGNORECASE,
)
#: Landmarks that stand for a feat or a fantasy in a figure of speech.
_FIGURES = frozenset({"everest", "kilimanjaro", "narnia", "hogwarts", "mordor", "disneyland"})
_NEXT_WORD = compiled(r"\s+([a-z]+)\b")
#: Someone else between the author and the place: the place may be theirs.
_SOMEONE = compiled(
    r"\b(?:client|patient|she|he|they|her|his|their|him|them|someone|kid|boy|girl|man|woman"
    r"|lady|guy|mum|mom|dad|family|son|daughter|teen|awe|of)\b",
    re.IGNORECASE,
)
#: A song or a book about the place: "sang about Muscle Shoals", "wrote a song about Galway".
_SUNG_ABOUT = compiled(
    r"\b(?:sang|sings|sung|singing|rapped|raps|wrote a (?:song|ballad|poem)|songs?|ballad)"
    r" (?:about|of) $",
    re.IGNORECASE,
)
#: The author in the place, earlier in the clause: "so I'm in the Asda car park in ", "we're
#: at the ".
_AUTHOR_IN = compiled(
    r"\b(?:i'?m|i am|we'?re|we are)(?: (?:sitting|parked|stuck|hiding|eating))?"
    r" (?:in|at|outside) [^,;:.!?\n]{0,50}$",
    re.IGNORECASE,
)


#: A pack or a serving right before the run: "a packet of Peek Freans", "a tin of Milo".
_PACKED_BEFORE = compiled(
    r"\b(?:packet|pack|box|bag|bottle|tin|can|jar|bar|slice|plate|bowl|cup|tub|carton|sleeve"
    r"|pint|glass|mug|bucket|punnet|tube|sachet|stick)s? of $",
    re.IGNORECASE,
)
#: A medicine taken, with how long or how much after it: "been on Suboxone eight months",
#: "started Sertraline last week", "taking Lithium 400mg".
_TAKEN_BEFORE = compiled(
    r"\b(?:been on|was on|is on|stays? on|started|starting|stopped|stopping|taking|takes|took"
    r"|prescribed|switched to|came off|coming off|weaned off|tapering|titrating) $",
    re.IGNORECASE,
)
_TAKEN_AFTER = compiled(
    r"\s+(?:for\s+)?(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|several|a few|few)\s+(?:days?|weeks?|months?|years?)|\d+\s?(?:mg|mcg|ml)\b"
    r"|(?:last|this) (?:week|month|year)|since\b)",
    re.IGNORECASE,
)
#: A road driven: "driving the Mountain Parkway", "down the Bruce Hwy".
_DRIVEN = compiled(
    r"\b(?:driving|drove|drive|drives|cruising|heading|headed|coming|came|going|went)"
    r"(?: (?:up|down|along|over|back along))?(?: the)? $",
    re.IGNORECASE,
)
_ROAD = compiled(
    r"(?:Parkway|Highway|Hwy|Freeway|Expressway|Motorway|Turnpike|Interstate|Pike|Bypass"
    r"|Tollway|Causeway)$"
)
#: A stop of the author's day, then the next: "Doubles in Curepe, then…", "Coffee at
#: Bean Scene, then the school run" (not a life: "grew up in Curepe, then moved").
_STOP_BEFORE = compiled(
    r"(?:^|[.!?\n]\s*)(?:(?!(?:she|he|they|her|his|their|him|them|client|patient|born|raised"
    r"|grew|lives?|lived|living|moved|stays?|staying|went|goes|works?|schooled)\b)"
    r"[A-Za-z'-]+(?<!ed)\s+){1,3}(?:in|at) $",
    re.IGNORECASE,
)
_THEN_AFTER = compiled(r",?\s+(?:then|and then|before)\b")


def thing_named(text: str, start: int, end: int) -> bool:
    """Whether the run at text[start:end] is a language, a food, a figure or the author's place."""
    if text[start:end].lower() in _FIGURES:
        return True
    before = max(0, start - 60)
    if _SPOKEN_BEFORE.search(text, before, start) or _SUNG_ABOUT.search(text, before, start):
        return True
    if _PLAYED_BEFORE.search(text, max(0, start - 24), start):
        return True  # a team: "ganó la Tri"
    if _HAD_BEFORE.search(text, max(0, start - 24), start):
        return True  # a drink or a snack had: "me bebí dos Brahmas"
    if _PACKED_BEFORE.search(text, max(0, start - 12), start):
        return True  # a brand bought: "a packet of Peek Freans"
    if _TAKEN_BEFORE.search(text, max(0, start - 16), start) and _TAKEN_AFTER.match(text, end):
        return True  # a medicine: "been on Suboxone eight months"
    if _ROAD.search(text, start, end) and _DRIVEN.search(text, max(0, start - 30), start):
        return True  # a road the author drives: "driving the Mountain Parkway home"
    if _THEN_AFTER.match(text, end) and _STOP_BEFORE.search(text, max(0, start - 40), start):
        return True  # a stop of the author's day: "Doubles in Curepe, then…"
    author_in = _AUTHOR_IN.search(text, before, start)
    if author_in and not _SOMEONE.search(text, author_in.start(), start):
        return True  # ("I'm in awe of a client from Dundee": the client's town)
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in FOODS
