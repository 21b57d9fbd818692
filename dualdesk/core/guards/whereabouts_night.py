"""Late nights and small hours: when the clinician is awake, said in the first person.

Posting times can show a clinician's sleep; so can the words ("can't sleep",
"2.40am and still finishing letters", "posted at 3:15am", "Sleepless
again."). General advice about sleep does not fire: `LATE_NOT_SELF` marks
remarks that are someone else's or quoted. Each pattern is bounded, so
matching is linear.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: Late nights in many wordings: "can't sleep", "3am again", "still up at 2", "#insomnia".
#: (Every alternative starts a word, so one leading check lets the scan skip the rest.)
LATE = compiled(
    r"(?=[\w#])(?:#insomnia\b|\b(?:(?:can'?t|cannot|couldn'?t|cannae) (?:sleep|fall asleep)\b"
    r"|(?:it'?s|its|up at|awake at|still up at|woke up at|wide awake at|up since)\s+"
    r"(?:[1-5](?::\d\d)?\s?(?:am|a\.m\.)|midnight)"
    r"|[1-5](?::\d\d)?\s?(?:am|a\.m\.)\s+(?:again|and (?:i'?m )?(?:still|wide) awake)"
    r"|up since [1-5]\b(?!\s?(?:pm|p\.m\.))|still (?:up|awake)\b(?! to)|wide awake\b"
    r"|another sleepless night|(?:awake|up) again at [1-5]\b"
    r"|another [1-5](?::\d\d)?\s?(?:am|a\.m\.)"
    r"|[1-5]\s?(?:am|a\.m\.) wake-?up|(?:up|awake) at [1-5](?::\d\d)?\s?(?:am|a\.m\.)?\s+again"
    r"|(?:my )?insomnia (?:again|strikes|is winning|wins|won|is back|returns|has returned)"
    r"|my insomnia\b"
    r"|why am i (?:still )?(?:up|awake)|up way too late|tossing and turning))",
    _I,
)

#: Words before a late-night remark that make it someone else's, or a quoted complaint.
LATE_NOT_SELF = compiled(
    r"(?:(?:who|you|they|kids|children|clients|patients|people|teens|he|she|parents|folks"
    r"|many|if|when|babies|before|until|till|once)\s+(?:(?:were|was|are|is|get|got|stay|stayed|stays|keep|kept)\s+)?"
    r"|[\"'])$",
    _I,
)

#: Small hours in the first person: "posted at 3:15am", "4am brain", "instead of sleeping".
NIGHT = compiled(
    r"(?=\w)(?:\b(?:posted|posting|writing|typing|it'?s|its|now|currently|awake|up)\s+(?:at\s+)?"
    r"[0-4](?:[:.]\d\d)?\s?(?:am|a\.m\.)\b"
    r"|\b[0-4](?:[:.]\d\d)?\s?(?:am|a\.m\.)\s+(?:brain|thoughts|brain fog|scroll|scrolling"
    r"|club|again|here|wake-?up|wide awake|ceiling)\b"
    r"|\bnot sleeping (?:again|tonight)\b"
    r"|\b(?:up|awake|woke|woken) (?:up )?at [1-4](?::\d\d)?\b(?!\s*(?:p\.?m|in the afternoon))"
    # (a range or a unit is no clock: "benefits show up at 4-6 wks")
    r"(?!\s?(?:[-–]\s?\d|to \d|(?:wks?|weeks?|days?|months?|years?|mg|%)\b))"
    r"|\bsleepless (?:again|night|tonight)\b"
    r"|\b(?:midnight|[0-4](?:[:.]\d\d)?\s?(?:am|a\.m\.))\W*\s*(?:and|&)\s+i'?m\s+[a-z]{3,}ing\b"
    r"|\b(?:midnight|(?:12|[0-4])(?:[:.]\d\d)?\s?(?:am|a\.m\.))\W*\s*(?:and|&)\s+(?:i'?m\s+)?(?:still"
    r"|wide|not|can'?t"
    r"|cannot)\b"
    r"|\b(?:can'?t|cannot) (?:turn|switch|shut) (?:my|the) brain off\b"
    r"|\bbrain won'?t (?:shut|switch|turn) off\b|\binstead of sleeping\b|\b(?:should"
    r"|ought to) be (?:asleep|sleeping|in bed)\b"
    r"|\b(?:half |quarter (?:past|to) )?(?:[1-4]|one|two|three|four)(?:[:.]\d\d)?"
    r" in the morning\W*\s*(?:and|&|still"
    r"|wide|i'?m)\b"
    r"|\bnot sleeping tonight\b|\bawake again\b|\bsleep is not happening\b"
    r"|\bno sleep (?:tonight|again)\b|\bstaring at the ceiling\b"
    # the small hours as the time of one's own work: "2am consult", "still charting at 1:15am"
    r"|\b[0-4](?:[:.]\d\d)?\s?(?:am|a\.m\.) (?:consult|admission|admit|page|call-?out|code"
    r"|eval|assessment|review|bleep|handover|shift)s?\b"
    r"|\bstill [a-z]{3,}ing (?:[\w'-]+ ){0,2}?at (?:[0-4](?:[:.]\d\d)?\s?(?:am|a\.m\.)"
    # any clock: "at 11:40pm", "at 23h45", "at 12:40am", "at quarter past midnight"
    r"|1[01](?:[:.]\d\d)?\s?(?:pm|p\.m\.)|12(?:[:.]\d\d)?\s?(?:am|a\.m\.)"
    r"|(?:2[2-3]|0?[0-4])[h:]\d\d\b|(?:(?:half|quarter) (?:past|to) )?midnight))",
    _I,
)
#: Small hours said at a sentence start: "Sleepless again.", "1 am. Again."
NIGHT_EDGE = compiled(
    r"(?:^|[.!?,]\s+|\n)(?:sleepless\b|[0-4](?:[:.]\d\d)?\s?(?:am|a\.m\.)(?:\s*[.!,—–-]|\s+and\b"
    r"|\s*$))",
    _I,
)
