"""The shapes `whereabouts_own` reads: a named place, a time, an invitation, a Taglish locative.

Each shape comes with the key strings the lower-cased text must hold for
its pattern to run (`BARE`, `NAMED`, `OPENERS`), so a draft without them
costs one look per key string (`ALL_NEEDS`). Capitalised places are read
case-sensitively: the capital is the point. Each pattern is bounded, so
matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.whereabouts_outings import KIN

_I = re.IGNORECASE
#: A capitalised word that names a place: not a month, a day, a pronoun, a title or an app.
PLACE = (
    r"(?!(?:I|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|Mr|Mrs|Ms|Dr|Grade|Zoom|Teams"
    r"|Google|Instagram|YouTube|TikTok|Netflix|Spotify|LinkedIn|Facebook)\b)[A-Z][^\W\d_]+"
)
#: A named place: a capitalised word, "O'Hare" too.
NAME = rf"(?:[A-Z]'(?=[A-Z]))?{PLACE}"
#: A title-case place (no acronyms: "on ACT", "at APA" are topics and meetings).
PLACE_TITLE = PLACE.replace("[A-Z][^\\W\\d_]+", "[A-Z][a-z]+")
#: A venue named at a sentence start: "Huddersfield Town Hall on Saturday".
VENUE_START = compiled(
    r"(?:[A-Z][\w'-]+ ){1,3}(?:Hall|Arena|Stadium|Theatre|Theater"
    r"|Park|Beach|Market|Markets|Gardens|Centre|Center|Cathedral|Pool|Oval|Ground)\b"
)
#: Someone else as the sentence's subject or owner: then the outing is theirs, not the author's.
OTHER = compiled(
    r"\b(?:he|she|his|her|him|they|their|them|client|clients|patient|patients|student"
    r"|students|families|parents|people|you|your|si|siya|niya|nila|sila|anak)\b",
    _I,
)
#: A time that pins the outing: a day word, part of a day, or a meal, in English or Taglish.
WHEN = compiled(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening|weekend)|(?:before|after) (?:work"
    r"|clinic|school|my shift|shift)|lunch|dinner|breakfast|brunch|merienda|mamaya|kanina"
    r"|ngayon)\b",
    _I,
)
#: The author as a subject or object ("my" is left out: "my year 9s" are clients).
SELF = compiled(r"\b(?:i|i'm|i'll|i've|me|ako|kami)\b", _I)

#: Shapes that say where the author is with no subject needed, each with a string the
#: lower-cased text must hold for the pattern to run.
BARE: tuple[tuple[tuple[tuple[str, ...], ...], re.Pattern[str]], ...] = (
    # an invitation to find the author: "come say hi", "come say g'day"
    (
        (("come say", "come and say"),),
        compiled(r"\bcome (?:and )?say (?:hi|hello|hey|g'?day|kia ora)\b", _I),
    ),
    # a numbered or named service ridden: "Tram 96", "LRT2 from Cubao", "Blue Line home"
    (
        (("tram", "bus", "lrt", "mrt", " line "),),
        compiled(
            r"\b(?:[Tt]ram|[Bb]us|LRT|MRT) ?-?\d{1,3}[A-Z]?\b"
            r"|\b[A-Z][a-z]+ [Ll]ine (?:home|into|in to|to work)\b"
        ),
    ),
    # held up on a numbered road: "Stuck on the E6", "queuing on the A1(M)"
    (
        (("stuck on", "sitting on", "crawling on", "queuing on", "queueing on"),),
        compiled(
            r"\b(?:stuck|sitting|crawling|queuing|queueing) on the [A-Z]{1,2}-?\d{1,4}\b", _I
        ),
    ),
    # a journey's length: "4 hr drive each way", "a 3-hour train each way"
    (
        (("each way",),),
        compiled(
            r"\b\d{1,2}(?:\.\d)? ?-?(?:hr|hour|h)s? (?:drive|flight|train|trip) each way\b", _I
        ),
    ),
    # errands told as a list of shops: "post-shift errands: Costco, CVS"
    ((("errands",),), compiled(r"\berrands\s*[:–—-]\s*[A-Z]")),
    # a meal by the author's own workplace: "pho across the street from the clinic for lunch"
    (
        (("corner from", "street from", "road from"),),
        compiled(
            r"\b(?:across the (?:street|road)|around the corner|round the corner|down the road)"
            r" from (?:the|my|our) (?:clinic|office|practice|hospital|school|work)\b"
            r"(?=[^.!?\n]{0,30}\b(?:lunch|coffee|breakfast|dinner)\b)",
            _I,
        ),
    ),
    # a meal in the car: "lunch eaten in the car", "ate in the car again"
    (
        (("in the car", "in my car"),),
        compiled(r"\b(?:eaten|ate|eating|lunch|dinner|breakfast) in (?:the|my) car\b", _I),
    ),
    # Taglish: cannot sleep, still awake, heading home, "I'm here"
    (
        (("makatulog", "gising pa", "pauwi", "papunta", "ako"),),
        compiled(
            r"\b(?:(?:hindi|di) (?:(?:pa|rin|din|na|ako|talaga) ){0,3}makatulog|gising pa(?: rin)?"
            r"|pauwi na|papunta (?:na )?(?:ako )?sa|(?:nandito|andito|nandito na) ako"
            r"|na ako (?:dito|rito))\b",
            _I,
        ),
    ),
    # a greeting from a vehicle or a place: "Good morning po from the jeep!"
    (
        (("morning", "evening", "night", "hello", "hi "), ("from the", "from my", "from our")),
        compiled(r"\b(?:morning|evening|night|hello|hi)\W*\s+(?:po\s+)?from (?:the|my|our)\b", _I),
    ),
    # Taglish closure word order: "closed ang guidance office Dec 19 to Jan 5"
    (
        (("closed",),),
        compiled(
            r"\bclosed (?:po )?(?:ang|the) (?:[\w-]+ )?(?:office|clinic|practice)\b"
            r"(?=[^.!?\n]{0,20}?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            r"[a-z]*\.? \d)",
            _I,
        ),
    ),
)

#: A place named after a preposition, each with what else its sentence must hold: a time
#: ("timed"), a time or the author ("timed_or_self"), both ("timed_and_self"), "before work"
#: ("workday"), or a doing that opens the sentence ("led").
NAMED: tuple[tuple[tuple[tuple[str, ...], ...], str, re.Pattern[str]], ...] = (
    # "at a restaurant in Sarpsborg", "at the garage in Halden"
    (
        (("at a ", "at the "), (" in ",)),
        "timed_and_self",
        compiled(rf"\bat (?:a|the) (?:[a-z]+ ){{0,2}}?[a-z]{{3,}} in {PLACE}"),
    ),
    # Taglish locative: "Nasa Iloilo", "sa Jollibee Katipunan", "sa SM North"
    ((("sa ",),), "timed_or_self", compiled(rf"\b(?:[Nn]a)?sa {PLACE}")),
    # "before clinic" with a named place in the sentence: "Rode the Don Valley trail"
    (
        ((" before ", " after "), ("work", "clinic", "shift")),
        "workday",
        compiled(
            rf"\b(?:on|at|along|sa) {PLACE}(?: [A-Z][\w'-]+)?"
            # "the Don Valley trail", not "the Guardian": a named path, shore or market
            rf"|\bthe {PLACE}(?: [A-Z][\w'-]+)? (?:trail|path|loop|track|river|creek|park|beach"
            r"|market|markets|lake|hill|pool|[Tt]rail|[Pp]ath|[Ll]oop|[Ww]ay|[Tt]rack)\b"
        ),
    ),
    # "opened for me this weekend at Sjusjøen"
    (((" at ",),), "timed_and_self", compiled(rf"\bat {PLACE}")),
    # "Eating pho on Argyle": a doing that opens the sentence, at a title-case place
    ((("ing ",), (" on ", " at ")), "led", compiled(rf"\b(?:on|at) {PLACE_TITLE}")),
)
LINK_VERB = compiled(r"\b(?:is|are|was|were)\b|[:;]")
WORKDAY = compiled(r"\b(?:before|after) (?:work|clinic|my shift|shift)\b", _I)
#: What follows a place after a doing: a stop, a name, or a small word, not a noun that makes
#: the capital an adjective of a topic ("Focusing on Indigenous health").
PLACE_END = compiled(
    r"\s*(?:$|[^\w\s]|[A-Z]|(?:like|for|with|and|this|today|tonight|before|after|then|again"
    r"|in|on|at|to|till|until)\b)"
)
LED = compiled(r"\s*(?!(?:Thing|During|Morning|Evening|Spring|Bring)\b)[A-Z][a-z]+ing\b")

#: A kin's occasion at a sentence start with a day: "Daughter graduates in Durham on Thursday",
#: "My daughter's konfirmasjon on Sunday".
KIN_DAY = compiled(
    rf"(?:(?:my|our) )?{KIN}(?:'s [\w-]+|s? [a-z]+s (?:in|at) (?-i:{PLACE}))",
    _I,
)
#: The shapes that open a sentence, each with the strings the lower-cased text must hold.
OPENERS: tuple[tuple[tuple[tuple[str, ...], ...], re.Pattern[str]], ...] = (
    ((("'s ", "s in ", "s at "),), KIN_DAY),
    (
        (
            (
                " hall",
                " arena",
                " stadium",
                " theat",
                " park",
                " beach",
                " market",
                " gardens",
                " centre",
                " center",
                " cathedral",
                " pool",
                " oval",
                " ground",
            ),
        ),
        VENUE_START,
    ),
)
#: Every key string any shape needs, looked for once per text.
ALL_NEEDS = tuple(
    sorted(
        {
            need
            for needs in (
                *(n for n, _ in BARE),
                *(n for n, _, _ in NAMED),
                *(n for n, _ in OPENERS),
            )
            for group in needs
            for need in group
        }
    )
)
#: Where a sentence starts: the text's start and after a stop (the shapes above open one).
STOP = compiled(r"[.!?\n]\s*")
