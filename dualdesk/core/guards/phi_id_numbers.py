"""`phi`: a person's national, health or other official number, and their online handle.

Safe Harbor lists social security, health plan, account, licence and vehicle
numbers, device and IP addresses, and any other unique code. Writers in other
countries name theirs by their own kinds: "her NHS number 485 777 3456",
"his CHI is 0101801234", "Medicare number 2123 45670 1", "NHI ZZZ0016", "PPS
number 1234567T", "health card 1234-567-890", "Aadhaar 1234 5678 9012". The
shape is the kind's word, then (for a word that also means something else,
"licence", "student") "number", "no." or "ID", then digits in groups, with
six digits or more (four with letters: "ZZZ0016"). Also an IP address, a
number plate and a handle ("her insta is @lily.draws") given as a person's.

The user's own numbers ("my provider number", "our ABN") are no client's, and
a number after "number" alone with no kind is left to the other readings.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

#: A kind that is only ever an identifier's: an optional "number" may follow.
_STRONG = (
    r"nhs|chi|nhi|ssn|sin|pps|ppsn|tfn|aadhaa?r|medicare|medicaid|ihi|ohip|bsn|nino|curp|upn"
    r"|uln|ahv|amka|cpr|personnummer|hetu|pesel"
)
#: A kind whose word means other things too: "number", "no." or "ID" must follow.
_WEAK = (
    r"national insurance|social insurance|social security|health card|health insurance"
    r"|insurance|medical card|passport|(?:driver'?s |driving )?licen[cs]e|student|pupil"
    r"|benefits?|hospital|health|tax|id card|identity card|pension|welfare|visa|case"
)
_NUMBER = (
    r"(?:(?<![a-z])[a-z]{1,5} |[a-z]{0,5})\d[\d -]{2,16}\d[a-z0-9]{0,6}|[a-z]{1,5}\d[a-z0-9]{3,18}"
)
#: The kind, its number word, and the number. Lower case: runs on the lower-cased draft.
ID_NUMBER = compiled(
    rf"\b(?:(?:{_STRONG})(?:\s+(?:number|no\.?|num|id|#))?|(?:{_WEAK})\s+(?:number|no\.?|num"
    rf"|id|#))(?:\s+(?:is|was|of))?\s*[:#=]?\s*(?P<num>{_NUMBER})(?![\w])"
)
#: Before the kind: the user's own ("my provider number", "our ABN").
_OWN_BEFORE = compiled(r"\b(?:my|our)\s+(?:[\w-]+\s+)?$")
#: Words that may stand where a number's letters do ("RXH 449 1023"), and are no letters.
_NOT_PREFIXES = frozenset({"and", "or", "at", "on", "in", "to", "for", "the", "of", "is", "was"})
#: An IP address given as someone's.
IP_ADDRESS = compiled(r"\bip(?: address)?\s*(?:is|was|:)?\s*(?P<num>\d{1,3}(?:\.\d{1,3}){3})\b")
#: Someone's number plate: "his plate is KX19 ABC", "her car's rego: 1ABC234".
PLATE = compiled(
    r"\b(?:his|her|their)\s+(?:car'?s?\s+|van'?s?\s+|truck'?s?\s+)?(?:number\s+|licen[cs]e\s+)?"
    r"(?:plate|rego|registration)\s*(?:number|no\.?)?\s*(?:is|was|:)\s*"
    r"(?P<num>[a-z0-9]{2,4}[ -]?[a-z0-9]{2,4})\b"
)
#: A person's handle: "her insta is @lily.draws", "his tiktok: @bigmike".
HANDLE = compiled(
    r"\b(?:his|her|their|client'?s|kid'?s)\s+(?:insta(?:gram)?|ig|tiktok|snap(?:chat)?"
    r"|twitter|handle|account|username|discord|gamertag|youtube|twitch)\s*(?:is|was|:)?\s*"
    r"(?P<num>@[\w.]{2,30}\w)"
)
#: Six digits in a row or in groups, or letters joined to four: what every kind here needs.
_LONG = compiled(r"\d(?:[ .-]?\d){5}|[a-z]\d{4}")
_HANDLE_HINTS = ("insta", "ig", "tiktok", "snap", "twitter", "handle", "account", "username",
                 "discord", "gamertag", "youtube", "twitch")  # fmt: skip
#: What must be in the lower-cased draft for `ID_NUMBER` to be tried (spaces keep "chi" out
#: of "child" and "sin" out of "since").
_HINTS = ("number", "no.", "#", " nhs", " chi ", " chi:", " nhi", "ssn", " sin ", " sin:",
          " pps", " tfn", "aadha", "medicare", "medicaid", " ihi", "ohip", " bsn", "nino",
          "curp", " upn", " uln", " ahv", "amka", " cpr", "personnummer", "hetu", "pesel",
          "licen", "passport")  # fmt: skip


def id_numbers(folded: str) -> list[Span]:
    """Spans of official numbers, IP addresses, plates and handles given as a person's.

    Args:
        folded: the draft, lower-cased (offsets equal to the draft's), or "".

    Returns:
        (start, end, kind, advice) spans.
    """
    found: list[Span] = []
    if sum(map(folded.count, "0123456789")) < 4:  # a handle needs no digit; the rest four
        return _spans(HANDLE, folded, "a person's handle") if _handle_hinted(folded) else found
    if _handle_hinted(folded):
        found.extend(_spans(HANDLE, folded, "a person's handle"))
    if holds_any(folded, _HINTS) and _LONG.search(folded) is not None:
        for m in ID_NUMBER.finditer(folded):
            num = m.group("num").rstrip(" -")
            if num.split(" ", 1)[0] in _NOT_PREFIXES:
                continue  # "NHS and 111 ...": a word, not the letters of a number
            digits = sum(c.isdigit() for c in num)
            if digits < (4 if any(c.isalpha() for c in num) else 6):
                continue
            if _OWN_BEFORE.search(folded, max(0, m.start() - 30), m.start()):
                continue  # "my provider number": the user's own
            start = m.start("num")
            found.append((start, start + len(num), "an identifying number", "Remove the number."))
    if " ip " in folded or "ip address" in folded or " ip:" in folded:
        found.extend(_spans(IP_ADDRESS, folded, "an IP address"))
    if "plate" in folded or "rego" in folded or "registration" in folded:
        found.extend(
            s
            for s in _spans(PLATE, folded, "a vehicle's number plate")
            if _letters_and_digits(folded[s[0] : s[1]])
        )
    return found


def _handle_hinted(folded: str) -> bool:
    return "@" in folded and holds_any(folded, _HANDLE_HINTS)


def _spans(pattern: re.Pattern[str], folded: str, kind: str) -> list[Span]:
    return [(*m.span("num"), kind, "Remove it.") for m in pattern.finditer(folded)]


def _letters_and_digits(text: str) -> bool:
    """Whether a plate's candidate has letters and digits, five or more of them."""
    chars = [c for c in text if c.isalnum()]
    return len(chars) >= 5 and any(c.isdigit() for c in chars) and any(c.isalpha() for c in chars)
