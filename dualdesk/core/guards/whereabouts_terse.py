"""Terse day notes, no subject and no capitals: "snowed in at the lodge", "skied the ridge".

Clinicians far from cities (and anyone posting from a phone) write their
day in lower case, with no "I" and often no place name a capital would
mark. The other readers key on a capital or a first person; these key on
the shape of the remark instead:
- held where one is by the weather, or waiting in a terminal ("fogged in
  at the airstrip", "weather hold, day 3", "in the terminal again", "by
  gate 12"), and everyone on board ("the whole bus turned to look");
- an afternoon or a day taken off ("took the afternoon off to ...");
- an outdoor sport in the past tense opening the sentence, its subject the
  author ("hiked the ridge before clinic", "paddled the bay at dawn");
- a town and a span of days opening the sentence ("in fairbanks all week
  for the ...", "in town till friday for a training");
- a venue and a span of hours ("at the ice rink all weekend");
- a highway or a road with where it goes ("parks hwy to town this morning");
- a hired ride home or across town ("took a tuk-tuk home from the market");
- a sport every week on a day, somewhere ("squash every monday at the club");
- an office one queues at, opening the sentence ("at the passport office again");
- an emergency department one sits in ("in casualty at the General with a client").
Someone else's ("she took the day off", "if you're snowed in") is skipped here, and the
ownership reading in `whereabouts` checks each span again. Each
pattern runs on the lower-cased text and only when its key word is there.
"""

from __future__ import annotations

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any
from dualdesk.core.guards.whereabouts_errands import third_before
from dualdesk.core.guards.whereabouts_outings import NOT_OWN

_START = r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[:—–]\s))[\"“(]?"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SPAN = r"(?:morning|afternoon|day|evening|night|weekend|week|month)"

_HELD = compiled(
    r"\b(?:weathered|fogged|iced|snowed|socked|stormed|flooded) in\b"
    r"|\bweather (?:hold|delay|day)s?\b(?! (?:policy|policies|plan|plans|protocol|guidance)\b)"
    r"|\b(?:in|at) the (?:terminal|departure lounge|departures lounge|gate area|transit lounge)\b"
    rf"|\b(?:by|near|outside|from) gate [a-z]?\d{{1,3}}\b|{_START}(?:long |another )?layover\b"
)
#: Everyone on board, the author among them: "the whole bus turned to look".
_ABOARD = compiled(
    r"\bthe whole (?:bus|train|carriage|coach|tram|jeep|jeepney|danfo|matatu|plane|flight|ferry"
    r"|cabin)\b(?! (?:of|is|was|system|network|industry|route)\b)"
)
_OFF = compiled(
    # ("Taking a day off is not selfish" is advice: a bare "taking" needs "the", "this", a day)
    rf"\b(?:(?:took|(?:i'?m|i am|we'?re|i'?ll|we'?ll) (?:taking|take))"
    rf" (?:the|a|this|tomorrow|{_DAY})"
    rf"|taking (?:the|this|tomorrow|{_DAY})) ?"
    r"(?:afternoon|morning|arvo|day|half-day|half day|week|evening)? off\b"
    r"(?! (?:the (?:table|list|agenda)|social media|work email)\b)"
)
_OUTDOORS = compiled(
    rf"{_START}(?:skied|hiked|biked|paddled|kayaked|canoed|fished|snowshoed|summited"
    r"|skated|sledded|cycled|jogged|swam|trail-?ran|xc skied|skinned|rafted|sailed) "
    r"(?!(?:a|an|it|that|this|these|those|them|him|her|my|your|our|their|out|over|into|through"
    r"|past|for|blind)\b)[a-z'-]+"
)
_IN_TOWN = compiled(
    rf"{_START}in (?!(?:meetings?|sessions?|supervision|trainings?|therapy|court|clinic|bed"
    r"|appointments?|assessments?|reports?|notes|admin|recovery|session|treatment|groups?"
    r"|the|a|my|our|this|that|person|school|class|care|crisis|pain|tears|limbo|charge|denial"
    r"|shock|awe|love|trouble|touch|mourning|grief|survival|flux|demand|progress|review"
    r"|transition|theory|practice|general|short|total)\b)"
    rf"[a-z'-]+ (?:all {_SPAN}|this {_SPAN}|till {_DAY}|until {_DAY}"
    r"|for (?:the|a) (?:[\w-]+ ){0,3}?(?:conference|summit|training|workshop|congress"
    r"|convention|retreat|wedding|funeral|meeting|course))\b"
)
_VENUE_HOURS = compiled(
    r"\bat (?:[\w'-]+ ){1,3}?(?:arena|rink|stadium|fieldhouse|field|fields|pool|park|center"
    rf"|centre|complex|gym|hall|grounds|track|courts) all {_SPAN}\b"
)
_ROAD = compiled(
    r"\b(?:hwy|highway|fwy|freeway|pkwy|parkway|expressway|motorway|turnpike|tpke) (?:\d+ )?"
    r"(?:to|into|out to|from|north|south|east|west|northbound|southbound)\b"
    r"(?=[^.!?\n]{0,40}\b(?:this morning|this afternoon|this evening|today|tonight|again"
    r"|at \d|\d ?(?:am|pm))\b)"
)
_RIDE = compiled(
    r"\b(?:took|taking|grabbed|caught|got|hopped (?:in|on|into)|flagged down) (?:a|an|the) "
    r"(?:rickshaw|tuk-?tuk|auto|cab|taxi|uber|lyft|grab|jeep|jeepney|tricycle|trike|matatu"
    r"|boda|okada|keke|water taxi|shuttle|ferry|night bus|last bus|last train) "
    r"(?:home|back|across|to|from|into|over)\b"
)
_WEEKLY = compiled(
    rf"{_START}(?:badminton|tennis|squash|padel|pickleball|volleyball|basketball|football"
    r"|futsal|soccer|cricket|golf|bowling|climbing|bouldering|swimming|yoga|pilates|spin"
    r"|crossfit|boxing|karate|judo|salsa|choir|rowing|netball|hockey|run club|book club)"
    rf" every {_DAY}(?: (?:morning|afternoon|evening|night))? (?:at|in) "
    # (a class the practice runs: "free for clients", "book at the desk")
    r"(?![^.!?\n]*\b(?:free|book|booking|sign up|register|clients|members|spaces|join us)\b)"
)
_OFFICE = compiled(
    rf"{_START}(?:at|in line at|waiting at|stuck at|queuing at|queueing at) the (?:dmv|bmv|mvd|rmv"
    r"|passport office|licensing office|tag office|social security office|post office|bank"
    r"|courthouse|town hall|city hall|registry office)\b"
    r"(?=\s*(?:[.!—–]|$)|\s+(?:on|in|by|near|off|again|for|since|with|downtown)\b)"
)
#: The author sitting in an emergency department, opening the sentence: "in casualty at
#: Baragwanath with a client", "sat in A&E again", "in the ER since 6".
_CASUALTY = compiled(
    rf"{_START}(?:sat |sitting |waiting |stuck |back |still )?(?:in|at) (?:casualty|a&e|a and e"
    r"|the er|er|the ed|emergency|the emergency (?:room|department|dept)|resus)"
    r" (?:at|with|again|since|all|till|until|waiting|for (?:\d|an? |hours|the night))"
)
#: (key words, pattern): each runs only when one of its key words is in the lower-cased text.
_READERS = (
    ((" in", "weather", "gate", "layover"), _HELD),
    (("whole",), _ABOARD),
    ((" off",), _OFF),
    (("ed ",), _OUTDOORS),
    (("in ",), _IN_TOWN),
    ((" all ",), _VENUE_HOURS),
    (("hwy", "way", "pkwy", "pike"), _ROAD),
    (("took", "taking", "grabbed", "caught", "got", "hopped", "flagged"), _RIDE),
    (("every",), _WEEKLY),
    (("at the",), _OFFICE),
    (("casualty", "a&e", "a and e", " er ", " ed ", "emergency", "resus"), _CASUALTY),
)


def terse(low: str) -> list[tuple[int, int]]:
    """Return spans of terse day notes that place the author.

    Args:
        low: the draft lower-cased.

    Returns:
        (start, end) spans, possibly overlapping.
    """
    found: set[tuple[int, int]] = set()
    for keys, pattern in _READERS:
        if holds_any(low, keys):
            found.update(m.span() for m in pattern.finditer(low))
    return sorted(
        (s, e)
        for s, e in found
        if not (NOT_OWN.search(low, max(0, s - 24), s) or third_before(low, s))
    )
