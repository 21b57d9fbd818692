"""Full stops that abbreviate rather than end a sentence: "Dr. Patel", "No. 14", "J. M. Ruiz".

Readers that work per sentence (`lexicon.sentence_bounds`) lose the link
between a title and the name after it ("Mr." | "Tan was ...") or between an
address's number sign and its number when every full stop ends a sentence.
The decision looks only at the word before the stop and the first character
after it, a few string operations per full stop. A stop before a line break
or at the end of the text still ends the sentence.

"a.m." and "p.m." end a sentence unless the next word starts in lower case:
"at 5 p.m. on Friday" is one sentence, "at 5 p.m. Then she left" two (the
rarer "at 5 p.m. Dr. Patel ..." splits too; a split costs less than a join
of two unrelated sentences). Abbreviations are recognised in lower-cased
text too, but initials and "St." (Saint or Street) need the capitals. A
stop between digits ("3.5", "8.30am", "14.03.2026") ends nothing either; the
dots of links and email addresses still split, as the readers expect.
"""

from __future__ import annotations

import re

from dualdesk.core.guards.alternation_trie import compiled

#: Titles before a name: never end a sentence before a letter ("Dr. Patel", "dra. lópez").
_TITLES = frozenset(
    {
        *("mr", "mrs", "ms", "mx", "dr", "drs", "prof", "rev", "fr", "hon", "sgt", "capt"),
        *("dra", "profa", "sr", "sra", "srta", "sres", "lic", "licda", "licdo", "ing"),
    }
)
#: Shorthands that never end a sentence before a word: "vs. placebo", "approx. ten".
_SHORTHANDS = frozenset({"vs", "approx", "aprox", "cf", "viz"})
#: An address's number signs: no end before a number ("No. 14", "Apt. 3", "Plot no. 5").
_NUMBER_SIGNS = frozenset(
    {"no", "nr", "num", "núm", "apt", "ste", "blk", "bldg", "plot", "hse", "depto", "dpto"}
)
#: Places named after the abbreviation: no end before a capital or number ("Av. Arce",
#: "St. Vincent's", "Mt. Hope", "Sta. Tecla").
_PLACES = frozenset({"st", "sto", "sta", "mt", "ft", "av", "avda", "ave", "blvd", "calz", "urb"})
#: Of those, the ones English also puts after a street's name ("Elm St.", "Park Ave."): there a
#: capitalised word before them makes the stop a sentence end ("on Elm St. She moved ...").
_TRAILING = frozenset({"st", "ave", "blvd"})
#: A dotted abbreviation ending at the stop: "e.g", "i.e", "p.m", "J.C.M", "U.S", "p.ej".
_DOTTED = compiled(r"(?<![\w.])(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}\Z")
#: The word before a place's abbreviation, to tell "Elm St." or "6th Ave." from "at St.
#: Vincent's"; not a sentence's first word ("Saw Dr. Patel", "Visit St. Lucia").
_WORD_BEFORE = compiled(r"(?<=[^\s.!?][ \t])([^\W_])\w*[ \t]+\Z")
#: The capitalised word after a stop, to tell an initial's name from a new sentence.
_NEXT_WORD = compiled(r"[ \t]*([A-Z\u00c0-\u00de][^\W\d_]*)")
#: Words that open a sentence more often than they follow an initial: "Plan B. Then ...".
_OPENERS = frozenset(
    {
        *("the", "a", "an", "she", "he", "they", "we", "i", "it", "you", "my", "her", "his"),
        *("their", "our", "then", "but", "and", "so", "this", "that", "there", "what", "when"),
        *("after", "later", "today", "now", "in", "on", "at", "if", "no", "yes", "not", "just"),
        *("also", "all", "one", "some", "still", "why", "how", "sometimes", "never", "please"),
        *("la", "el", "los", "las", "ella", "él", "pero", "luego", "hoy", "y", "ya"),
    }
)
#: Where a full stop may be no end: a single letter, a dotted piece ("Ph.Dr.") or a listed
#: word before it, or digits around it. A draft without any (most) keeps every stop without
#: a look at each. Each look-behind holds words of one length; the pattern starts at a "."
#: so the scan is quick.
_LISTED = sorted(_TITLES | _SHORTHANDS | _NUMBER_SIGNS | _PLACES)
_HINT = re.compile(
    r"\.(?:(?<=\d\.)(?=\d)|(?<=(?<![^\W\d_])[^\W\d_]\.)|(?<=\.[^\W\d_]{2}\.)"
    + "".join(
        f"|(?<=(?<![^\\W\\d_])(?i:{'|'.join(w for w in _LISTED if len(w) == n)})\\.)"
        for n in sorted({len(w) for w in _LISTED})
    )
    + ")"
)
#: Characters a word may be separated by from the stop before it.
_BLANKS = " \t\u00a0"
#: Longer words are no abbreviation: the walk back over a word stops here.
_LONGEST = 6


def may_abbreviate(text: str) -> bool:
    """Whether any full stop of `text` may abbreviate: if not, every one ends a sentence."""
    return _HINT.search(text) is not None


def ends_sentence(text: str, i: int) -> bool:
    """Whether the full stop at `text[i]` ends a sentence.

    Args:
        text: the draft (or its lower-cased form).
        i: the offset of a ".".

    Returns:
        False for a stop inside a number or a dotted abbreviation ("3.5",
        "8.30", "e.g"), after a title, shorthand, number sign or place
        abbreviation followed by what it introduces, and after an initial
        followed by a name; True otherwise (a link's dots too: "clinic.org").
    """
    n = len(text)
    j = i + 1
    if j < n and text[j].isalnum() and i and _inside(text, i, text[j]):
        return False  # "3.5", "8.30am", "e.g", "J.C.M"
    while j < n and text[j] in _BLANKS:
        j += 1
    nxt = text[j] if j < n else "\n"
    if nxt in "\r\n":
        return True
    k = i
    while k > 0 and i - k <= _LONGEST and text[k - 1].isalpha():
        k -= 1
    if k == i or i - k > _LONGEST:
        return True
    if k and text[k - 1] == ".":
        return _after_dotted(text, i, nxt)
    if k and (text[k - 1].isalnum() or text[k - 1] == "_"):
        return True  # "1st.", "5pm."
    return _after_word(text, k, i, nxt)


def _inside(text: str, i: int, nxt: str) -> bool:
    """Whether a stop with no space after it is inside a number or a dotted abbreviation.

    A link or an email address ("clinic.org", "a.ruiz@mail.com") still splits, as it
    always did: the readers around them expect its parts apart.
    """
    before = text[i - 1]
    if before.isdigit():
        return nxt.isdigit()
    if not (before.isalpha() and nxt.isalpha()) or (i > 1 and text[i - 2].isalnum()):
        return False
    after = text[i + 2 : i + 4]  # the next piece is short too: "e.g.", "p.ej.", not "h.pugh@"
    return after[:1] == "." or (after[:1].isalpha() and after[1:] == ".")


def _after_dotted(text: str, i: int, nxt: str) -> bool:
    """Whether a stop ending a dotted abbreviation ("e.g.", "p.m.", "J.C.M.") ends a sentence."""
    m = _DOTTED.search(text, max(0, i - 12), i)
    if m is None:
        return True
    if m.group().lower() in ("a.m", "p.m"):
        return not nxt.islower()
    return not nxt.isalnum()


def _after_word(text: str, k: int, i: int, nxt: str) -> bool:
    """Whether a stop after the word `text[k:i]` ends a sentence, by that word and `nxt`."""
    word = text[k:i]
    if len(word) == 1:
        return not (word.isupper() and word != "I" and _initial(text, k, i))  # "J. M. Ruiz"
    low = word.lower()
    if word.isupper() and low in _TITLES:
        return True  # "MS." and "DR." are more often a disease or a country code
    if low == "dr" and _after_name(text, k):
        return True  # "Sunland Park Dr. If ...": a drive's name, not a doctor's
    if low in _TITLES:
        return not nxt.isalpha()
    if low in _SHORTHANDS:
        return not nxt.isalnum()
    if low in _NUMBER_SIGNS:
        return not (nxt.isdigit() or nxt == "#")
    if low in _PLACES and (nxt.isupper() or nxt.isdigit()):
        return low in _TRAILING and _after_name(text, k)
    return True


def _after_name(text: str, k: int) -> bool:
    """Whether a street's name comes before `text[k]` in the sentence: "on Elm St.", "6th Ave."."""
    before = _WORD_BEFORE.search(text, max(0, k - 20), k)
    return before is not None and not before.group(1).islower()


def _initial(text: str, k: int, i: int) -> bool:
    """Whether the capital at `text[k]` is an initial: a name follows, not a new sentence.

    "J. M. Ruiz", "(R. Gómez)"; not "pre-K. Sometimes", "Plan B. Then", "vitamin D. She".
    """
    if k and text[k - 1] not in " \t([\"'":
        return False
    nxt = _NEXT_WORD.match(text, i + 1)
    return nxt is not None and nxt.group(1).lower() not in _OPENERS
