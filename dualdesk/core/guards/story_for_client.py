"""A client told of by what the author did for them, or by a keepsake, with no client word.

Seven shapes point at one client without a story's usual words:

- a mandated report the author made: "had to file a CPS report today", "made a
  safeguarding referral this morning": such a report is always about one client;
- asking on a client's behalf: "asking for a patient who…", "any recs for a client
  of mine": the client's need, told to the public;
- a person with an age in brackets: "kiddo (8) spent the session…", "one of my
  youngest (6) told me…": a case's shorthand (not the author's own "my son (8)");
- a card or note on the author's desk quoting its writer to the author: "Card on my
  desk: 'you never gave up on me'": a client's words of thanks;
- a chart line: "Patient seen at the clinic on 3 Nov, admitted…", "Pt discharged
  yesterday": one person's care, dated;
- a task of the author's day with one person, still with them: "replaying the risk
  assessment from this evening", "the intake this morning";
- pride in someone by first name in a post about sessions: "Proud of Dev today".

Not a case: how to make a report ("if you ever have to make a CPS report…"), a
question about referrals in general, an age band ("kids (8-12)"), a card from the
author's own team or family, "patients seen at clinics wait weeks".
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE

#: A report made, or one the author had to make: "had to make a DCFS report".
_REPORT = compiled(
    r"\b(?:(?:had|needed) to (?:make|file|call in|phone in|submit|lodge|put in|raise|do|write)"
    r"|made|filed|called in|phoned in|submitted|lodged|put in|raised|wrote)"
    r"\s+(?:a|an|another|my first|the|two|three)\s+(?:dcfs|cps|dcf|aps|dss|dhs|acs|ocs|tusla"
    r"|child[- ]protection|child[- ]welfare|child[- ]abuse|safeguarding|mandated|mandatory"
    r"|elder[- ]abuse|adult[- ]protection|welfare|duty[- ]to[- ]warn)\s+(?:report|referral"
    r"|call|notification|concern)s?\b",
    _I,
)
#: "who has made a ... report", "if you've filed one": anyone's, not the author's.
_ANYONE_BEFORE = compiled(r"\b(?:who|if|when|once|you|you've|you have|has|have)\s+$", _I)
#: Asking on behalf of one client: "asking for a patient", "a referral for a client who".
_ON_BEHALF = compiled(
    r"\basking (?:for|on behalf of) (?:a|one of my|my) (?:patient|client|kiddo|young person"
    r"|teen|adolescent|family|service user)\b"
    r"|\b(?:referral|recommendation|rec|placement|bed|program(?:me)?|provider|therapist"
    r"|psychiatrist|prescriber)s? for (?:a|my) (?:patient|client|kiddo|teen|service user)"
    r" (?:of mine|who|whose|that)\b",
    _I,
)
#: A question about anyone: "when you need a referral for a client who…".
_GENERAL = compiled(
    r"\b(?:if|when|whenever|how do you|how to|how do i|what do you|do you ever)\b", _I
)
#: A person with an age in brackets: "kiddo (8)", "one of my youngest ones (7)".
_AGED = compiled(
    r"(?<![\w'])(?:(?P<own>my|our)\s+)?(?:[a-z]+\s+)?(?:kiddo|kid|boy|girl|lad|lass|teen"
    r"|teenager|child|little one|youngest(?: ones?)?|littlest|client|patient|man|woman"
    r"|gentleman|lady|guy|gal)\s*\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yo|y/o|yrs?|m|f)?\s*\)",
    _I,
)
#: What makes a bracketed age a kind of person: "a child (5) may…".
_KIND_AFTER = compiled(
    r"\s+(?:may|might|can|could|should|will|would|often|usually|typically|needs?|tends?)\b",
    _I,
)
#: Words one of which a post about a child seen at work holds, on the personal account.
_SESSION_KEYS = ("session", "therapy", "clinic", "client", "caseload", "counsel")
#: A card or note left for the author, then its words: "Card on my desk: 'you…'".
_CARD = compiled(
    r"\b(?:card|note|letter)\b[^.!?\n]{0,40}?\b(?:on my desk|in my (?:mailbox|pigeonhole"
    r"|pigeon hole|tray|office|room|cubby)|under my door|at (?:the )?(?:front desk|reception)"
    r"|left for me|waiting for me)[^'\"\u2018\u201c\n]{0,25}"
    r"['\"\u2018\u201c](?P<words>[^\"\u201d\u2019\n]{3,200}?)(?:['\"\u2019\u201d](?!\w)|$)",
    _I,
)
#: Its words speak to the author: "you … me".
_TO_ME = compiled(r"\byou(?:r|'re|'ve)?\b[^\n]*\b(?:me|my|i|i'm|i've)\b", _I)
#: The card's giver is the author's own people: "card from my team", "from the kids".
_OWN_GIVER = compiled(
    r"\bfrom (?:my|our|the) (?:team|colleagues?|co-?workers|boss|manager|staff|students|kids"
    r"|family|wife|husband|partner|mum|mom|dad|son|daughter|friends?)\b",
    _I,
)
#: A chart line: "Patient seen at … on 3 Nov", "Pt admitted to …".
_CHART = compiled(
    r"(?:^|(?<=[.!?\n])\s*)(?:(?:the|our|my)\s+)?(?:patient|pt|client|service user|resident)"
    r"\s+(?:was\s+)?(?:seen|admitted|discharged|reviewed|assessed|referred|transferred"
    r"|presented|brought in|sectioned)\s+(?:at|to|on|in|from|by|with|yesterday|today|last)\b",
    _I,
)
#: A day in the chart line's sentence: "on 3 Nov", "the 5th", "yesterday".
_DAY = compiled(
    r"\b(?:yesterday|today|tonight|last (?:week|night|month)|this (?:morning|week)"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|the \d{1,2}(?:st|nd|rd|th))\b",
    _I,
)

#: A task done with one person today: "the risk assessment from this evening".
_TASK_TODAY = compiled(
    r"\b(?:the|that)\s+(?:(?:risk|capacity|mha|suicide risk|safeguarding|mental state)\s+)?"
    r"(?:assessment|intake|home visit|disclosure|section(?:ing)?)\s+(?:from\s+|i did\s+)?"
    r"(?:this (?:morning|afternoon|evening)|today|tonight|earlier(?: today)?|yesterday)\b",
    _I,
)
#: Words one of which each shape's draft holds: the one asked for, where a card was left,
#: the one charted, the task.
_ASKED_FOR = ("patient", "client", "kiddo", "teen", "service user", "young person", "family")
_LEFT_FOR_ME = ("my desk", "my mailbox", "pigeon", "my tray", "my office", "my room", "cubby",
                "my door", "reception", "for me")  # fmt: skip
_CHARTED = ("patient", "pt ", "client", "service user", "resident")
_TASKS = ("assessment", "intake", "home visit", "disclosure", "section")
#: Pride in someone by first name, today: "Proud of Dev today".
_PROUD_OF = compiled(
    r"\b(?i:proud of) [A-Z][a-z]+ (?i:today|tonight|this (?:week|morning|afternoon|evening))\b"
)


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Return spans of a client told of by a report, an ask, an age, a card or a chart line."""
    found: list[tuple[int, int]] = []
    if "report" in folded or "referral" in folded or "notification" in folded:
        found += [
            m.span()
            for m in _REPORT.finditer(text)
            if not _ANYONE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ]
    if ("for a" in folded or "for my" in folded or "behalf" in folded) and any(
        word in folded for word in _ASKED_FOR
    ):
        found += [
            m.span()
            for m in _ON_BEHALF.finditer(text)
            if not _GENERAL.search(text, sentence_bounds(text, m.start())[0], m.start())
        ]
    if "(" in text and (professional or holds_any(folded, _SESSION_KEYS)):
        found += [m.span() for m in _AGED.finditer(text) if _one_aged(text, m)]
    if holds_any(folded, _LEFT_FOR_ME) and (
        "card" in folded or "note" in folded or "letter" in folded
    ):
        found += [m.span() for m in _CARD.finditer(text) if _thanks(text, m)]
    if holds_any(folded, _CHARTED) and (
        "seen" in folded or "admitted" in folded or "discharged" in folded or "pt " in folded
    ):
        found += [
            m.span() for m in _CHART.finditer(text) if _DAY.search(text, *_sentence(text, m))
        ]
    if holds_any(folded, _TASKS):
        found += [m.span() for m in _TASK_TODAY.finditer(text)]
    if "proud of " in folded and holds_any(folded, _SESSION_KEYS):
        found += [m.span() for m in _PROUD_OF.finditer(text)]
    return found


def _one_aged(text: str, m: re.Match[str]) -> bool:
    """Whether "kiddo (8)" is one child seen, not "my son (8)" or "a child (5) may…"."""
    own = m.group("own") is not None and text[max(0, m.start() - 3) : m.start()] != "of "
    return not own and _KIND_AFTER.match(text, m.end()) is None


def _thanks(text: str, m: re.Match[str]) -> bool:
    """Whether a card's words speak to the author, and it is not from their own people."""
    return bool(_TO_ME.search(m.group("words"))) and not _OWN_GIVER.search(
        text, *_sentence(text, m)
    )


def _sentence(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The bounds of the sentence a match starts in, running on to the match's end."""
    s, e = sentence_bounds(text, m.start())
    return s, max(e, m.end())
