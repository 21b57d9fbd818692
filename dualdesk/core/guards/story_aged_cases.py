"""One client told of by an age, a roster place, an arrival or a care contact, no story words.

Clinicians write a case in shapes the narration readers miss because the
person is never called anything a story reader knows, or the story word is
split from its verb:

- a client word, then an age set off by commas, as a consult presents a case:
  "adolescent patient, 14, cutting again", "new client, 52, recently widowed";
- the author's roster by age and day (professional account): "my youngest one
  today", "my oldest client this week";
- a pronoun arriving at a session with a day word, then what they said or did
  (professional account): "This morning he walked in and announced…";
- a referral asked for a child by age, with a provider: "any speechie near
  Ipswich for a 6yo who…", "a psychiatrist for a 15 year old with…";
- a first name's care or school contact reached by the author (professional
  account): "spoke to Jayden's case worker", "rang Mia's head of year";
- a single initial as the subject of a sentence about a session (professional
  account): "T turned up late to session", "K said the session was…".

Not a case: a client word in a list ("client, family, school"), "clients, 18
and over", "my youngest" on the personal account (the author's own child), a
referral asked in general ("what do you look for in an OT for a 6yo?"), a
name's teacher in a story the personal account tells, a letter as a label
("Plan B", "vitamin D").
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import sentence_bounds, sentence_stops
from dualdesk.core.guards.substrings import holds_any

_I = re.IGNORECASE
_AGE = r"\d{1,2}(?:\s?(?:yo|y/o|yrs?|[mf]))?"
#: "teen client, 15,": a client word, then an age between commas.
_APPOSED = compiled(
    rf"\b(?:client|patient|kiddo|referral|intake)\s*,\s*(?:aged?\s+)?{_AGE}\s*,", _I
)
#: "my youngest one today": one of the author's clients by age, on a day.
_ROSTER = compiled(
    r"\bmy\s+(?:youngest|oldest|littlest|tiniest)\s+(?:one|client|patient|kiddo|kid)"
    r"\s+(?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday)\b",
    _I,
)
#: "she came in and said": someone arriving, then saying or showing.
_ARRIVED = compiled(
    r"\b(?:she|he|they)\s+(?:came|walked|bounced|strolled|marched|showed up)\s+in"
    r"(?:to (?:session|group|my office|the room))?,?\s+(?:and\s+)?(?:said|told me|announced"
    r"|asked|showed me|handed me|saying|telling me|smiling|beaming|crying|in tears)\b",
    _I,
)
_DAY = compiled(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening|week)|yesterday|last (?:week"
    r"|session))\b",
    _I,
)
#: "a good paeds OT ... for a 9yo with": a provider asked for, for a child by age.
_REFERRAL = compiled(
    r"\b(?:ot|slp|speechie|speech (?:path(?:ologist)?|therapist)|paed\w*|ped(?:iatric\w*|s)"
    r"|psychiatrist|psych|therapist|counsell?or|gp|doctor|dietitian|physio|specialist"
    r"|provider|service|clinic|program(?:me)?)\b[^.!?\n]{0,40}?\bfor\s+(?:a|an|this)\s+"
    r"\d{1,2}[- ]?(?:yo|y/o|(?:year|yr)[- ]old)\b(?:\s+(?:boy|girl|kid|child|lad|lass))?"
    r"\s+(?:with|who|whose|that)\b",
    _I,
)
#: An ask, not a question about referrals in general.
_ASKING = compiled(
    r"\b(?:anyone|anybody|any(?:one)? (?:recs?|recommendations?)|can (?:anyone|you) recommend"
    r"|looking for|know (?:a|of|any)|recommend)\b",
    _I,
)
_GENERAL = compiled(r"\b(?:what do you|how do you|when do you|if you|whenever)\b", _I)
#: "spoke to Jayden's case worker": a first name's care or school contact, reached.
_CONTACT = compiled(
    r"\b(?:caught up|met|meeting|spoke|speaking|chatted|talked|rang|called|phoned|emailed"
    r"|heard back|liaised|touched base)\s+(?:with|to|from)?\s*(?-i:[A-Z][a-z]+)['\u2019]s\s+"
    r"(?:year (?:coordinator|adviser|advisor|level coordinator)|head of year|form tutor"
    r"|(?:class |homeroom )?teacher|principal|school (?:counsell?or|nurse|psych\w*)"
    r"|guidance (?:counsell?or|officer)|case ?(?:worker|manager)|social worker|gp"
    r"|paediatrician|pediatrician|psychiatrist|probation officer|youth worker|foster (?:carer"
    r"|parent|mum|mom|dad)|caseworker|key ?worker)\b",
    _I,
)
_CONTACT_KEYS = ("'s ", "\u2019s ")
_CONTACT_ROLES = ("coordinator", "year", "tutor", "teacher", "principal", "counsel", "nurse",
                  "psych", "guidance", "worker", "manager", "gp", "iatrician", "officer",
                  "foster", "adviser", "advisor")  # fmt: skip
#: "R turns 16 today": a single capital as a sentence's subject, then what a person does.
_INITIAL = compiled(
    r"(?-i:[B-HJ-Z])\.?\s+(?:turns|turned|said|says|told me|asked"
    r"|wanted|wants|came|showed up|brought|finally|cried|laughed|refused|agreed|spent"
    r"|arrived|missed|cancelled|canceled)\b",
    _I,
)
_SESSION_KEYS = ("session", "therapy", "appointment", "group")
#: What every `_INITIAL` match starts with: a capital, maybe a full stop, then a space. Most
#: drafts hold none ("Dec 24" is a word), so one case-sensitive scan spares the sentence walk.
_INITIAL_START = re.compile(r"[B-HJ-Z]\.?\s")
#: A client word right before a comma: what a draft needs for `_APPOSED`.
_APPOSED_KEYS = ("client,", "patient,", "kiddo,", "referral,", "intake,")


def spans(text: str, folded: str, professional: bool) -> list[tuple[int, int]]:
    """Return spans of one client told of by an age, a roster place, an arrival or a contact."""
    found: list[tuple[int, int]] = []
    if holds_any(folded, _APPOSED_KEYS):
        found += [m.span() for m in _APPOSED.finditer(text)]
    if not professional:
        return found
    if "youngest" in folded or "oldest" in folded or "littlest" in folded or "tiniest" in folded:
        found += [m.span() for m in _ROSTER.finditer(text)]
    if " in " in folded and (" came " in folded or " walked " in folded or " showed " in folded
                             or " bounced " in folded or " strolled " in folded
                             or " marched " in folded):  # fmt: skip
        found += [
            m.span()
            for m in _ARRIVED.finditer(text)
            if _DAY.search(text, *sentence_bounds(text, m.start()))
        ]
    if " for a" in folded and ("yo " in folded or "y/o" in folded or " old " in folded):
        found += [m.span() for m in _REFERRAL.finditer(text) if _asked(text, m.start())]
    if holds_any(folded, _CONTACT_KEYS) and holds_any(folded, _CONTACT_ROLES):
        found += [m.span() for m in _CONTACT.finditer(text)]
    if holds_any(folded, _SESSION_KEYS) and _INITIAL_START.search(text) is not None:
        found += _initials(text)
    return found


def _initials(text: str) -> list[tuple[int, int]]:
    """Spans of a single capital opening a sentence as its subject: "R turns 16 today"."""
    found: list[tuple[int, int]] = []
    for stop in (-1, *sentence_stops(text)):
        at = stop + 1
        while at < len(text) and text[at] == " ":
            at += 1
        if at + 2 < len(text) and "B" <= text[at] <= "Z" and text[at] != "I":
            m = _INITIAL.match(text, at)
            if m is not None:
                found.append(m.span())
    return found


def _asked(text: str, pos: int) -> bool:
    """Whether the sentence at `pos` asks for a referral, not about referrals in general."""
    start, end = sentence_bounds(text, pos)
    return _ASKING.search(text, start, end) is not None and not _GENERAL.search(text, start, end)
