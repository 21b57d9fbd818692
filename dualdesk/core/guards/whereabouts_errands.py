"""Errands, queues, held-up transit and days off: where the clinician is, in many voices.

An errand is told by what it is, not by "I'm at": "Costco run after work",
"Two hours at the Bürgeramt", "Queued 25 min for chicken rice", "Lunch break
spent at the passport office", "In the checkout line", "Pediatrician's
waiting room". Held-up transit names a road, a line or two stops ("Stuck on
the BQE", "stuck between Yishun and Khatib", "Third Mainland Bridge has held
me for an hour"). `third_before` tells someone else's doing ("her mum was
sitting in the waiting room", "she'd run through a wall"). Each pattern is
bounded, so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Folding
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE
_COUNT = r"(?:\d+(?:\.\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half an?)"
_SPAN = r"(?:hours?|hrs?|minutes|mins?|min)"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

#: Errands and waits that need no subject and no capital, each with a word it cannot match
#: without (the pattern runs on the lower-cased text only when the word is there).
_ERRANDS = (
    # an errand run: "Costco run", "pharmacy run", "big shop run"
    (
        " run",
        r"\b(?:costco|target|walmart|aldi|lidl|tesco|asda|sainsbury'?s|coles|woolies|woolworths"
        r"|kmart|grocery|groceries|supermarket|market|shops?|shopping|store|pharmacy|chemist"
        r"|bank|post office|hardware store|dump|tip|bottle-?o|liquor store|bakery|library|ikea"
        r"|sam'?s club|big shop|food shop) run\b",
    ),
    # time spent at a place: "spent two hours at the", "Lunch break spent at ICA"
    (
        "spent",
        rf"\b(?:(?:spent|another) {_COUNT} ?{_SPAN} (?:at|in) the\b"
        r"|(?:lunch(?: break)?|morning|afternoon|evening|day|weekend|saturday|sunday) spent"
        r" (?:at|in) (?!(?:the |my )?(?:phone|zoom|calls|meetings?|bed|desk)\b)"
        rf"|spent (?:(?:all|this|last) )?{_DAY}(?: (?:morning|afternoon|evening|night))? (?:at"
        r"|in|on) (?!(?:the |my )?(?:phone|zoom|calls|notes|admin|paperwork|meetings?|desk)\b))",
    ),
    # a queue: "Queued 25 min for chicken rice", "Queue number 287"
    (
        "ue",
        rf"\b(?:(?:queued|queuing|queueing) (?:for )?(?:over |nearly |about |almost )?{_COUNT}"
        rf" ?{_SPAN}\b|queue number \d)",
    ),
    # a line one waits in: "checkout line", "pickup line", "the drive-thru"
    (
        "ine",
        r"\b(?:checkout|check-out|till|pick-?up|drop-?off|carpool|car pool|security) line\b"
        r"(?! (?:can|is|are|may|might|often|becomes?)\b)",
    ),
    ("red light", r"\bat (?:a|the|every) red light\b"),
    (
        "drive",
        r"(?:\b(?:the|a)|(?<=')s) drive[- ]?(?:thru|through)\b(?! (?:therapy|care|model"
        r"|culture))",
    ),
    # a meal after a service or a game: "Sunday lunch after church at the diner"
    (
        "fore",
        r"\b(?:lunch|breakfast|brunch|dinner|supper|coffee|drinks) before (?:church|mass"
        r"|service|prayers|shul|temple|mosque|the game|practice|the match) (?:at|in|with)\b",
    ),
    (
        "after",
        r"\b(?:lunch|breakfast|brunch|dinner|supper|coffee|drinks) after (?:church|mass"
        r"|service|prayers|shul|temple|mosque|the game|practice|the match) (?:at|in|with)\b",
    ),
    # still at the clinic till late: "Still at the polyclinic till 8 tonight"
    ("still", r"\bstill (?:at|in) (?:the|my|our) [\w'-]+(?: [\w'-]+)? (?:till|until|at) \d"),
)
_ERRAND_LOW = tuple((word, Folding.of(pattern, _I)) for word, pattern in _ERRANDS)
#: At a sentence start, with no subject: "Dentist's waiting room, 3% battery", "Two hours at
#: the Bürgeramt", "Drove 2.5 hrs of dirt road" ("a farmer drove two hours to see me" is his,
#: "I drove 20 minutes to get it" a story; "clients who wait three hours in the ED" teaching).
_OPENING = (
    r"(?:(?:[Ii]n (?:the|a) )?[\w'’]+(?:'s|s'|’s) waiting room\b"
    rf"|(?i:{_COUNT}) ?(?i:{_SPAN}) (?:at|in) (?:the )?[A-Z][\w'’-]*"
    rf"|(?i:drove|driving|flew|rode|cycled|biked|hiked) (?i:{_COUNT}) ?(?i:{_SPAN}|miles|mi|km"
    r"|kilomet(?:re|er)s)\b"
    # watching a match at a venue in a named place: "Watching the Super Eagles at a viewing
    # centre in Ojuelegba" (a capital after "in": "at a desk in an open-plan office" is none)
    r"|[Ww]atching (?:the|a|an|my|our) [^.!?\n]{0,30}? at (?:a|an|the) (?:[\w'’-]+ ){0,2}?"
    r"[\w'’-]+ in [A-Z]"
    # resting or eating in a named park or room: "Sitting in the Tiergarten", "Eating lunch in
    # the Punggol polyclinic pantry" (a capital, then a small letter: "the DSM" is no place)
    r"|(?i:sitting|lying|lounging|relaxing|picnicking|standing|wandering|queu(?:e)?ing|waiting"
    r"|eating|drinking) (?:[\w'-]+ ){0,3}?(?:in|on|by|at) the [A-Z][a-z][\w'’-]*"
    # a wait or a meal at a plain noun, told by how long or what it is next to: "Sitting in
    # the bank for 3 hours", "Eating amala at the buka behind the hospital"
    r"|(?i:(?:just |finally |still |now )?(?:sitting|sat|waiting|standing|stuck|queu(?:e)?ing"
    r"|eating|having|grabbing))\b"
    r"[^.!?\n]{0,24}? (?:in|at) (?:the|a) [\w'’-]+(?: [\w'’-]+)? (?:for (?:over |nearly |about"
    rf" |almost )?(?i:{_COUNT}) ?(?i:{_SPAN}|hours)|(?:behind|near|opposite|outside|across from"
    r"|next to) (?:the|my|our) )"
    # the post itself written somewhere: "Typing this on the trotro home", "in traffic on"
    r"|(?i:typing|writing|posting|tweeting) this (?:from|in|on|at) (?!(?:the |a )?(?:hope"
    r"|spirit|light|memory|honou?r|response|solidarity|case|moment|context|way)\b)"
    # home from a gathering: "Home from the shiva house." ("Home from the hospital is" teaches)
    r"|(?:[Jj]ust |[Ff]inally )?[Hh]ome from (?:the|a|my|our) [\w'’-]+(?: [\w'’-]+)?"
    r"(?=[.!;]|,?\s+(?:and|now|finally|at last)\b))"
)
_OPENING_FIRST = compiled(_OPENING)
_OPENING_NEXT = compiled(rf"[.!?…\n]\s*{_OPENING}")
#: Stuck on an acronym road or between two named stops, or behind a slow vehicle on a road.
_STUCK = compiled(
    # (not "in": "patients stuck in the ED for days" wait for a bed)
    r"[Ss]tuck (?:(?:on|at|behind|between) (?:the )?[A-Z]{2,5}"
    r"(?=[.,!;:?]|\s+(?:for|again|since|this|near|by|at|between|in|till|until|and|right|now)\b"
    r"|$)"
    r"|between [A-Z][\w'’-]+ and [A-Z]"
    r"|behind (?:a|an|the|some) [a-z ]{1,30}? on (?:the )?(?:[A-Z]|\d{1,3}\b))"
)
#: A road or a line that holds one up ("Third Mainland Bridge has held me"), a named line's
#: delays, a distance at a named place ("10km at East Coast Park").
_HELD = compiled(
    r"(?:Bridge|Road|Highway|Expressway|Tunnel|Line|Bypass|Motorway|Freeway|Parkway|Street)"
    r" (?:has|have|had) (?:held|kept|trapped|had) me\b"
    r"|[Ll]ine (?:delays?|disruption|breakdown|fault)\b"
    r"|(?<![0-9])[0-9]+(?:[.][0-9])? ?(?:miles|mi|km|k)\b (?:at|in|around|round) [A-Z]"
)
_HELD_WORDS = (" me", "ine ", "km", "mi ", "miles", "k at ", "k in ", "k around ", "k round ")
#: An errand at a named chain, inside a sentence: "a Costco run", "Flagstaff Costco run".
_NAMED_RUN = compiled(r"(?<=[A-Za-z] )[A-Z][a-z]+(?:'s)? run\b")


def errands(text: str, low: str | None) -> Iterator[re.Match[str]]:
    """Matches of errands, queues and held-up transit in `text` (`low` is lexicon.lowered)."""
    folded = text.lower() if low is None else low
    for word, pattern in _ERRAND_LOW:
        if word in folded:
            yield from pattern.finditer(text, low)
    first = _OPENING_FIRST.match(text)
    if first is not None:
        yield first
    yield from _OPENING_NEXT.finditer(text)
    if "tuck " in text:
        yield from _STUCK.finditer(text)
    if holds_any(text, _HELD_WORDS):
        yield from _HELD.finditer(text)
    if " run" in text:
        yield from _NAMED_RUN.finditer(text)


#: A doing as the subject of a general statement: "Going to the GP for your back doesn't mean".
GENERIC_DOING = compiled(
    r"(?:going|heading|flying|travell?ing|driving|walking)\b[^.!?\n]{0,40}\b(?:for your"
    r"|doesn'?t|does not|isn'?t|is not)\b",
    _I,
)
_HE = frozenset(("he", "she", "they"))
_HE_AUX = frozenset(("would", "will", "had", "has", "is", "was", "were", "are"))
_BE = frozenset(("was", "were", "is", "are"))
#: A verb of starting or keeping on before a doing: "she'd started walking", "he's been running".
_ASPECT = frozenset(("started", "began", "begun", "resumed", "been", "tried", "kept"))
_NOT_OTHER = frozenset(("i", "we", "it", "that", "this", "there", "day", "today"))
_OTHERS = frozenset(
    ("boys", "girls", "kids", "students", "clients", "patients", "teens", "families", "who")
)
_ADVERB = frozenset(("just", "still", "all", "quit", "stopped", "even", "finally", "also"))
#: A client called by their slot: "my 4pm", "my 10:30", "my 9 o'clock".
_SLOT = compiled(r"\d{1,2}(?::\d\d)?(?:am|pm)?|o'clock")


def third_before(text: str, start: int) -> bool:
    """Whether someone else is the subject right before `start`: "her mum was", "she'd"."""
    window = text[max(0, start - 24) : start]
    if not window or not window[-1].isspace():
        return False
    words = [w.strip('("“‘,;:') for w in window.lower().replace("’", "'").split()]
    if words and words[-1] in _ADVERB:
        words.pop()
    if not words:
        return False
    last = words[-1]
    head, _, tail = last.partition("'")
    if last in _HE or (head in _HE and tail in ("d", "ll", "s", "re")) or last in _OTHERS:
        return True
    if len(words) < 2:
        return False
    before = words[-2]
    if _SLOT.fullmatch(last) and "my" in words[-3:-1]:
        return True  # "My 4pm spent the weekend at ..."
    if last in _HE_AUX and before in _HE:
        return True
    if last in _BE and before.isalpha() and before not in _NOT_OTHER:
        return True
    if last in _ASPECT and before.partition("'")[0] in _HE:
        return True  # "she'd started walking the dog", "he's been running by the river"
    return before == "whose"
