"""`phi`: a phone number known by what introduces it, in any country's grouping.

`phi_numbers.py` reads numbers by their national shape (a trunk 0, a "+"
and a country code). Many countries' mobiles have neither as people write
them: India's "98765 43210", Spain's "612 34 56 78", Kenya's
"254712448093" with the "+" left off, in English or Spanish ("su móvil",
"me escribió desde"). What makes them a phone is what
comes before: a phone word ("his mobile", "her new number", "WhatsApp:")
or a call that came from it ("texted from", "rang me on"). Then nine to
thirteen digits in any grouping are a number.

A person's own line is theirs too: "texting from a new line", "his line is
...". An organisation's line ("the helpline", "Lifeline on") is left to
`phi_numbers.py`, which drops it.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.substrings import holds_any

#: What introduces a phone number: a phone word, a person's number, a call from it.
_CUE = compiled(
    r"\b(?:(?:mobile|cell(?:phone)?|phone|whatsapp|burner|sim|landline|m\u00f3vil|movil|celular"
    r"|celu|tel\u00e9fono|telefono|wasap)(?: number| no\.?)?"
    r"|su (?:nuevo |otro )?(?:n\u00famero|numero|l\u00ednea|linea)"
    r"|me (?:llam\u00f3|escribi\u00f3|mand\u00f3 un audio|habl\u00f3) (?:desde|del)"
    r"|(?:his|her|their|my|new|other|mum's|mom's|dad's|[a-z]+'s) (?:(?:new|old|other|second"
    r"|latest|real) )?(?:number|line|digits)"
    r"|(?:texted|texting|called|calling|rang|ringing|messaged|messaging|whatsapped|phoned)"
    r"(?: (?:me|us))? (?:from|on|off))"
    r"(?:[\s:,]+(?:is|was|now|on|at|as|it's|became|es|era|-|\u2013))*[\s:,(]*$",
    re.IGNORECASE,
)
#: Nine to thirteen digits in groups of one or more, after a cue.
_NUMBER = compiled(r"\d(?:[ .-]?\d){8,12}(?![\w/-]|[.,]\d)")
#: Where a number may start: a digit with no digit, letter or "+" just before it.
_START = compiled(r"(?<![\w+.,/-])\d")
#: Phone words a draft must hold before any number is read.
_HINTS = ("mobile", "cell", "phone", "whatsapp", "burner", "sim", "landline", "number",
          "line", "digits", "text", "call", "rang", "ring", "messag", "phoned", "dial", "sms",
          "voicemail", "vil", "celu", "fono", "wasap", "mero", "nea", "desde")  # fmt: skip


def cued_phones(text: str, folded: str) -> list[re.Match[str]]:
    """Numbers that a phone word or a call introduces, nine to thirteen digits long.

    Args:
        text: the draft, plain.
        folded: `text` lower-cased, offsets equal to `text`'s, or "" to lower it here.

    Returns:
        Matches of the number alone (its span and its text).
    """
    if sum(map(text.count, "0123456789")) < 8:
        return []
    folded = folded or text.lower()
    if not holds_any(folded, _HINTS):
        return []
    found: list[re.Match[str]] = []
    for start in _START.finditer(text):
        pos = start.start()
        if found and pos < found[-1].end():
            continue
        if _CUE.search(text, max(0, pos - 45), pos) is not None:
            m = _NUMBER.match(text, pos)
        elif caller_before(text, pos):
            m = _CALLER_NUMBER.match(text, pos)
        else:
            continue
        if m is not None:
            found.append(m)
    return found


#: A call or message, then "from" right before the number, with no stop between: "rang
#: the office from 07700 ...", "whatsapped me at midnight from 8123 4567". The number is
#: the caller's, whatever line the call came in on.
_CALLER_FROM = compiled(
    r"\b(?:texted|texting|texts|called|calling|calls|rang|rings|ringing|messaged|messaging"
    r"|messages|whatsapp(?:ed|s)?|phoned|phoning|phones|dialled|dialed|sms(?:ed)?|voicemail)\b"
    r"(?:[^.!?\n]|\.(?=\d)){0,60}\bfrom\s+$",
    re.IGNORECASE,
)
#: Eight to thirteen digits after a caller's "from": eight is a whole number in Singapore
#: or Hong Kong ("8123 4567"), so fewer digits are read than after a phone word.
_CALLER_NUMBER = compiled(r"\d(?:[ .-]?\d){7,12}(?![\w/-]|[.,]\d)")


def caller_before(text: str, pos: int) -> bool:
    """Whether a call or message came "from" the number starting at `pos` (a caller's own).

    Args:
        text: the draft, plain.
        pos: where the number starts.
    """
    return text[max(0, pos - 6) : pos].rstrip().lower().endswith("from") and (
        _CALLER_FROM.search(text, max(0, pos - 90), pos) is not None
    )


#: A person's own line just before a number: "texting from a new line", "her line is".
_PERSONS_LINE = compiled(
    r"(?:\b(?:his|her|their|other|second|burner|personal|private|[a-z]+'s)\s+(?:new\s+)?"
    r"|(?<!\bour )(?<!\bthe )\bnew\s+)line$",
    re.IGNORECASE,
)


def persons_line(text: str, word: re.Match[str]) -> bool:
    """Whether the word that made a number look like an organisation's is a person's "line".

    Args:
        text: the draft, plain.
        word: the match of `phi_numbers`' organisation cue before the number.

    Returns:
        True when the cue is "line" after a person's possessive or "new" ("a new line").
    """
    end = word.start() + 4
    if text[word.start() : end].lower() != "line":
        return False
    return _PERSONS_LINE.search(text, max(0, end - 30), end) is not None
