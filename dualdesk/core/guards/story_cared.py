"""One person known by the author's care: a birthday on the unit, "remember the…", a group.

Shapes of a story whose person is singled out only by the author's work
with them (a name with a clause of care, "Miss Vernie, who I look after at
work", is read by `story_care_relative`):

- a birthday in the setting of care: "turned 16 on the unit", "turns 80 in
  hospice";
- a recall of one person the author told of before, in a post about work:
  "remember the boy I was worried about in spring? he called work…";
- one member of a group the author runs ("one of the dads in our postnatal
  group said…"), one person handed over with a warning ("the patient
  everybody warned me about"), a meeting on one family's care the author sat
  in ("sat in a family meeting where…"), or told as an event on the
  professional account ("Family meeting on the ward was tough").

"the clinic turned 5" is no person, and "remember the client is the expert"
is advice.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

_I = re.IGNORECASE

#: A birthday where the author cares for people: "turned 16 on the unit", "turns 80 in hospice".
SETTING_BIRTHDAY = compiled(
    r"\bturn(?:ed|s)\s+\d{1,3}\s+(?:\w+\s+)?(?:on|in|at)\s+(?:the\s+|our\s+)?(?:unit|ward|hall"
    r"|hospital|rehab|detox|residential|inpatient|hospice|ipu|icu|nicu|program(?:me)?|secure"
    r"|facility|placement)\b",
    _I,
)
#: "remember the boy from Blackshear I was worried sick about?", a person told of before.
REMEMBER = compiled(
    r"\bremember\s+(?:the|that)\s+(?:[\w-]+\s+){0,2}?(?:boy|girl|kid|man|woman|lady|guy|teen"
    r"|client|patient|family|couple|gentleman|fella|lad|lass|student|resident)\b"
    r"[^.?!\n]{0,60}?\b(?:i|we)\s+(?:was|were|posted|told|wrote|mentioned|talked|tweeted|saw"
    r"|met|had)\b[^?\n]{0,60}\?",
    _I,
)
#: One member of a group the author runs: "one of the dads in our postnatal group".
GROUP_MEMBER = compiled(
    r"\bone of the (?:dads|mums|moms|mothers|fathers|parents|members|women|men|guys|lads|girls"
    r"|boys|teens|kids|residents|veterans|ladies|young people|couples|families)\s+(?:in|from|at"
    r"|on)\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:group|circle|programme|program|unit|ward"
    r"|clinic|caseload|service)s?\b",
    _I,
)
#: One person handed to the author with a warning: "the 'drug seeking' patient everybody
#: warned me about", "the kid triage sent me".
HANDED_OVER = compiled(
    r"\b(?:the|that|this)\s+(?:\S+\s+){0,2}?(?:patient|client|kid|man|woman|guy|lady|teen|boy|girl|family"
    r"|resident)\s+(?:(?:that|who|whom)\s+)?(?:everybody|everyone|they|the team|staff"
    r"|(?:the )?nurses|y'all|the school|the ed|triage)\s+(?:warned|told|sent|referred|handed"
    r"|gave|passed)\s+me\b",
    _I,
)
#: The author at a meeting on one family's care, as witness: "sat in a family meeting where…".
MEETING_WITNESSED = compiled(
    r"\b(?:sat|was) (?:in|through) (?:on )?(?:a|an|the|today's|this morning's"
    r"|this afternoon's) (?:family meeting|family conference|case conference|best interests?"
    r" meeting|care conference|discharge meeting|safeguarding meeting|parole hearing"
    r"|tribunal) (?:where|when|in which|and watched)\b",
    _I,
)
#: One family's meeting told as an event: "Family meeting on the ward was tough", "family
#: meeting today: seven siblings…" (not "family meetings", a kind of work, nor "a family
#: meeting can…", advice).
FAMILY_MEETING = compiled(
    r"(?:^|(?<=[.!?]\s)|\b(?:rough|tough|hard|long|difficult|today's|this morning's"
    r"|yesterday's)\s+)family (?:meeting|conference)\b(?!s)\s*(?:today|this (?:am|morning"
    r"|afternoon)|yesterday|on the (?:ward|unit)|went|was|ran|:|,)",
    _I,
)
#: Words of the author's work: a recalled or looked-after person is one of theirs only in a
#: post about it.
_WORK = compiled(
    r"\b(?:work|clinic|unit|ward|session|caseload|school|hospital|practice|shift)\b", _I
)


def spans(text: str, professional: bool, folded: str) -> list[tuple[int, int]]:
    """Spans of a person singled out by the author's care of them.

    Args:
        text: The draft's text, plain.
        professional: Whether the draft is for the professional account (a member of "my
            group" on the personal one may be the author's fellow member).
        folded: `text` lower-cased, for the cheap gates.

    Returns:
        Spans of each care clause, birthday in a care setting, recall of one person, member
        of the author's group, person handed over and meeting witnessed.
    """
    found: list[tuple[int, int]] = []
    if professional and "one of the " in folded:
        found += [m.span() for m in GROUP_MEMBER.finditer(text)]
    if " me" in folded and ("warned" in folded or " sent" in folded or "referred" in folded):
        found += [m.span() for m in HANDED_OVER.finditer(text)]
    if (
        "meeting" in folded
        or "conference" in folded
        or "hearing" in folded
        or "tribunal" in folded
    ):
        found += [m.span() for m in MEETING_WITNESSED.finditer(text)]
        if professional and "family " in folded:
            found += [m.span() for m in FAMILY_MEETING.finditer(text)]
    if "turn" in folded:
        found += [m.span() for m in SETTING_BIRTHDAY.finditer(text)]
    if "remember" in folded and "?" in text and _WORK.search(text):
        found += [m.span() for m in REMEMBER.finditer(text)]
    return found
