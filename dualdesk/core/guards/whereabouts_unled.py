"""The clinician's own activity that needs no lead: "working from home", "fresh off a red-eye".

`whereabouts_activity` holds the activities that count only after a
sentence start or a first-person lead; these count wherever they are
(`ACTIVITY`, re-exported there). Kept apart so each module stays readable.

Every alternative begins a word (`\\b` and then a letter or digit), so the
engine skips every position inside a word without trying the alternatives.
A check on what comes before a word is written after the word, as a
look-behind that covers it too: one alternative opening with look-behinds
made the engine run them at every character, about two thirds of the
pattern's cost on a draft.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

#: Words after which "just in" or "just back" is news, not the author arriving.
_NEWS = ("word", "news", "results", "update", "figures")


def _not_news(word: str) -> str:
    """Look-behinds, to be placed right after `word`: no news word comes before it.

    `just(?<!\\bnews just)` matches where `(?<!\\bnews )just` does, but begins
    with its word like the pattern's other alternatives.
    """
    return "".join(rf"(?<!\b{news} {word})" for news in _NEWS)


#: Activities that need no lead ("working from home", "stuck on the M8", "just back").
ACTIVITY = compiled(
    r"(?=\w)(?:\b(?:conference|airport|home|homeward)[- ]bound\b"
    r"|\b(?:took|taking|take|drove|driving|dropped|dropping|picked up|picking up) (?:my|the)"
    r" (?:mom|mum|dad|kids?|son|daughter|partner|husband|wife|parents?|dog|cat)\b"
    # an invitation to find the author somewhere
    r"|\b(?:catch|find|come find|see) me (?:at|in|on|by)\b(?! ?@)"
    r"|\bon (?:the|my) way (?:in|home|back|to)\b|\b(?:stopped|stopping|pulled over|pulling"
    r" over) (?:in |off )?for (?:a |some )?\w+"
    r"|\b\d+(?:\.\d)? ?(?:miles|mi|km|k)\b[^.!?\n]{0,20}\b(?:along|around|on|through|by) the\b"
    r"|\b(?:long|morning|evening|lunchtime|early|quick) (?:run|swim|walk|ride|hike|workout)\b"
    r"(?=\s*(?:before|after|this|today|done|:|,|-))"
    r"|\b(?:at|from) gate [a-z]?\d+"
    r"|\b(?:half marathon|marathon|5k|10k|race|triathlon)\b[^.!?\n]{0,20}\b(?:mon|tues"
    r"|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:working|work) from home\b|\bwfh\b"
    r"|\bit'?s gone (?:midnight|[1-4])\b|\b(?:can'?t|cannot) switch off tonight\b"
    r"|\b(?:met|saw|bumped into|ran into) [^.!?\n]{0,20}\bin (?:the )?(?:centra|tesco|aldi|lidl"
    r"|spar|supermarket|shop|pharmacy)\b|\bpopped into the\b"
    r"|\b[a-z]{3,}ing\s+(?:[\w-]+\s+){0,2}?from (?:my|the|a|our) (?:kitchen|couch|sofa|bed|car"
    r"|home|house|porch|desk|garden|backyard|hotel|cabin|cottage)\b|\bsnowed in\b"
    r"|\babout to (?:board|fly|take off|land|head (?:out|home|off))\b"
    r"|\b(?:took|taking|take) the (?:\w+ )?(?:route|road|way) home\b"
    r"|\bwatch(?:ed|ing) the (?:sunset|sunrise)\b"
    r"|\bat the (?:cafe|café|coffee shop|bakery|deli|pub|bar)\b"
    r"|\b(?:studio|office|clinic|practice) (?:opens|opening) late\b"
    r"|\b(?:vacation|holiday|holidays|pto|time off|staycation) (?:starts|begins)\b"
    r"|\bat the [\w'-]+ (?:before|after|between) (?:clinic|work|sessions|clients|patients)\b"
    r"|\bi'?m (?:offline|off-line|unreachable|off the grid|away from my desk)\b"
    r"|\b(?:car|tyre|tire) (?:broke down|has broken down|has a flat|died)\b"
    r"|\bwaiting for the (?:aa|aaa|tow truck|mechanic|plumber|bus|train|ferry)\b"
    r"|\b(?:class|lesson|practice|rehearsal|game|match) (?:tonight|this evening)\b"
    r"|\bspent (?:my|the) (?:lunch(?: break)?|morning|afternoon|evening|day|weekend|break)"
    r" (?:at|in|on|by)\b(?! the phone| calls| zoom| hold)"
    r"|\b(?:riding|taking|catching) the (?:[\w'-]+\s+){0,2}?(?:line|train|bus|tube|metro|subway"
    r"|ferry|el|tram)\b"
    r"|\b(?:sit|sitting|sat) in (?:my|the) car\b"
    r"|\b(?:got|get|getting) (?:there|here|in|home) at [0-4](?::\d\d)?\b(?!\s*p)"
    r"|\b(?:on|doing|serving) jury (?:duty|service)\b|\bjury (?:duty|service) (?:all|this|today"
    r"|tomorrow|next)\b"
    r"|\b(?:on|off) (?:i-?\d{1,3}|m\d{1,3}|sh\d{1,2}|us-?\d{1,3})\b"
    r"|\b(?:train|bus|flight|plane|tube|ferry|tram|metro|subway|streetcar|carriage)(?:'s| is)?"
    r" (?:stuck|delayed|late|cancell?ed|held|rammed|packed|heaving|crammed)\b"
    r"|\bfresh off\b|\bred-?eye\b|\bjust off (?:a|the) (?:plane|flight|train|ferry)\b"
    r"|\b(?:pilates|yoga|gym|spin|crossfit|barre|swim|run|training|school run|drop-?off"
    r"|pick-?up)\s+(?:at|by)\s+\d"
    r"|\bday \d+ at (?:the|my|our|#)|\bday \d+ of (?:the|my|our) (?:[\w-]+ )?(?:conference"
    r"|congress|summit|trip|holiday|vacation|retreat|festival|tour|visit|road trip)\b"
    r"|\b(?:down|up) the coast\b|\blong weekend\b"
    r"|\b(?:just|finally) (?:walked|stumbled|crawled|got) in(?:to)? (?:the door|the house)\b"
    r"|\btaking (?:\w+day|tomorrow|next week|the arvo|the afternoon|the morning) off\b"
    # exercise somewhere: "swim at the lido", "run along the canal"
    r"|\b(?:swim|run|walk|hike|ride|climb|jog|paddle|dip|stroll|session|class|workout|yoga"
    r"|pilates|spin)\s+(?:at|in|along|by|on|around|through)\s+(?:the|a|my)\s+(?:[\w-]+\s+)?"
    r"(?:lido|pool|park|canal|river|beach|gym|lake|hills?|woods|trail|coast|seafront|sea|pier"
    r"|prom|promenade|harbou?r|bay|cove|quay|slipway|reservoir|loch"
    r"|studio|wall|crag|track|common|heath|fells?|moors?|community cent(?:re|er)|hall)\b"
    # writing from somewhere
    r"|\b(?:writing|posting|tweeting|typing|replying|sending|working)\s+(?:this\s+|these\s+"
    r"|emails?\s+|notes?\s+)?from\s+(?:a|an|the|my|our)\b(?!\s+(?:place|perspective|lens|stance"
    r"|position|framework|standpoint|point of view|strengths?|deficits?"
    # an account, not a place: "sending from the wrong account", "from my old email"
    r"|(?:wrong |other |old |new |personal |work |private |same |right )?(?:account|e-?mail"
    r"|address|inbox|profile|handle|number|phone))\b)"
    # just arrived or home (not news: "word just in that ...", "results just in")
    r"|\b(?:just|finally)\s+(?:got|get|getting)\s+(?:in|home|back|off)\b"
    r"(?! (?:the|a|an|my) (?:phone|call|zoom|line|teams|video call|meeting)\b"
    # someone told to get off a thing: "just get off your phone", "just get off social media"
    r"|(?<=get off) (?:your|their|his|her|them|it|social|screens?|devices?|tiktok|insta)\b)"
    # (a news word before it is no arrival: "word just in", "results just back")
    rf"|\bjust{_not_news('just')} (?:back|in|home)\b(?! (?:case|time)\b)"
    rf"|\bfinally{_not_news('finally')} (?:back|in|home)\b(?! (?:case|time)\b)"
    r"|\b(?:got|get|getting) home\b|\bfeet up\b|\bhome from (?:work|the office|clinic|a long)\b"
    # travel: platforms, motorways, trains, rooms
    r"|\b(?:stuck|sat|sitting|standing|waiting|queu(?:e)?ing)\s+(?:on|at|in|behind)\s+"
    r"(?:a|an|the|my)\s+(?:[\w-]+\s+)?(?:platform|motorway|train|tube|bus|plane|station"
    r"|airport|lorry|truck|traffic|queue|m\d+|i-?\d+|car park|parking lot|departure lounge"
    r"|waiting room|ferry|carriage)\b|\b(?:on|at|off) the (?:m|a|i-?)\d{1,3}\b"
    r"|\b(?:stuck|sat|sitting|standing|waiting|queu(?:e)?ing) (?:at|in|on) (?:[\w'-]+ ){1,3}?"
    r"(?:station|platform|stop|terminal)\b"
    r"|\b(?:flight|train|bus|tram|tube|streetcar|ferry|subway|metro)(?:'s| is)? (?:delayed"
    r"|cancell?ed)\b"
    # the author's own leave and plans
    r"|\b(?:annual|study|parental|maternity|mat|paternity|pat|sick) leave (?:starts|begins|from"
    r"|until|next|this|tomorrow|coverage|starting)\b"
    r"|\bi'?ll be (?:(?:up|down|out|over|back) (?=at|in\b))?(?:at|in|on|away|off|out"
    r"|travell?ing|visiting)\s+(?!touch\b|contact\b|arms\b"
    r"|a position\b|charge\b|the loop\b|good hands\b)"
    r"|\bback (?:on emails|at my desk|in clinic|in the office|on (?:mon|tues|wednes|thurs|fri)"
    r"day)\b|\bat my (?:son|daughter|kid|child|niece|nephew)'?s\b)",
    re.IGNORECASE,
)
