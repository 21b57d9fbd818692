"""Names and initials of a person spoken about, for the `phi` guard.

"client Sarah", "Mrs. K", "Maria, a 34-year-old", "Dana's intake", "Marcus T."
in a post about someone's care: the name patterns of `phi_patterns.py`, each
match then checked against what makes a capitalised word no one's name (the
user's own name, a public figure quoted, a colleague by their job, a made-up
name).

Some patterns can only match a draft with a given character in it, and most
drafts lack it: those are tried only where it is (`patterns_for`).
"""

from __future__ import annotations

import re
from itertools import product

from dualdesk.core.guards import phi_lone_name as lone
from dualdesk.core.guards import phi_lookalikes as pl
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards import phi_places as places
from dualdesk.core.guards import phi_profiles as pf
from dualdesk.core.guards import staff_named
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.lexicon import Hits, sentence_bounds
from dualdesk.core.guards.phi_published import published_initials
from dualdesk.core.guards.substrings import holds_any

Span = tuple[int, int, str, str]

_NAME_PATTERNS = (*pp.NAME_PATTERNS, pf.FOREIGN_HONORIFIC)
#: A preposition of place before "the <Plural>": "in the Meadows", not "the Hendersons".
_SPATIAL_BEFORE = compiled(
    r"\b(?i:in|across|through|along|around|round|over|past|into|near|on|up|down)\s+$"
)
_DIGIT = re.compile(r"\d")
#: Words of sport in a post: "the <Plural>" there is a side ("the Maroons have got this").
_SPORT = compiled(
    r"\b(?i:fans|supporters|footy|derby|playoffs?|premiership|grand final|state of origin"
    r"|cup final|semi-?final|kick-?off|full[- ]time|@ me|thrashed)\b"
)

#: Name patterns whose every match holds a digit ("Marcus, 17,", "Mark S., 58",
#: "Jaylen (10)"), an "'s" ("Dana's intake"), a bracket ("Jaylen (10)") or a family word
#: in lower case ("the Jenkins family"): `patterns_for` leaves each out of a draft without it.
_MARCUS_17, _MARK_S_58, _DANAS_INTAKE, _JAYLEN_10 = pp.NAME_PATTERNS[3:7]
_JENKINS_FAMILY = pp.NAME_PATTERNS[9]
_FAMILY_WORDS = ("family", "household", "kids", "boys", "girls")


def _without(*left_out: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The name patterns but `left_out`, in their order."""
    return tuple(p for p in _NAME_PATTERNS if p not in left_out)


#: The patterns to scan by what the draft has: (a digit, a bracket, an "'s", a family word).
_BY_SHAPE = {
    (digit, bracket, possessive, family): _without(
        *(() if digit else (_MARCUS_17, _MARK_S_58)),
        *(() if digit and bracket else (_JAYLEN_10,)),
        *(() if possessive else (_DANAS_INTAKE,)),
        *(() if family else (_JENKINS_FAMILY,)),
    )
    for digit, bracket, possessive, family in product((False, True), repeat=4)
}


def patterns_for(text: str, folded: str) -> tuple[re.Pattern[str], ...]:
    """The name patterns that can match `text` (`folded` is its lower case).

    The slower ones run only when their words are in it. Patterns left out
    are ones no match of which can be in the text: a digit, an "'s", a
    bracket or a family word it lacks (checked exactly as the pattern reads
    it, case and all), so the spans found are the same.
    """
    family = False
    for word in _FAMILY_WORDS:  # a plain loop: cheaper than any(...) on a handful
        if word in text:
            family = True
            break
    shape = (_DIGIT.search(text) is not None, "(" in text, "'s" in text, family)
    patterns = _BY_SHAPE[shape]
    if holds_any(folded, pp.NAMED_AS_HINTS):
        patterns = (pp.NAMED_AS, *patterns)
    if "one of" in folded:
        patterns = (*patterns, pf.ONE_OF_MINE)
    if " with " in folded and holds_any(folded, pf.SESSION_WORDS):
        patterns = (*patterns, pf.SESSION_WITH)
    if holds_any(folded, pf.CONSENT_WORDS):
        patterns = (*patterns, pf.CONSENT_NAMED)
    return patterns


def names(text: str, folded: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of names and initials of someone spoken about.

    Args:
        text: the draft, plain.
        folded: `text.lower()`.
        public: where the draft speaks of public or historical things.
        own: lower-cased words of the user's own display names.

    Returns:
        (start, end, kind, advice) spans.
    """
    found: list[Span] = []
    for pattern in patterns_for(text, folded):
        for m in pattern.finditer(text):
            name = m.group("name")
            if pp.NOT_NAMES.match(name.rstrip(".")) or pl.set_phrase(text, m.start(), name):
                continue
            if places.is_own(name, own) or lone.exclaimed(text, m) or pl.made_up(text, m):
                continue  # the user's own name; "Meh, a client cancelled"; "let's call her Dot"
            if pp.AUTHOR.search(text, max(0, m.start() - 10), m.start()) or (
                _SPATIAL_BEFORE.search(text, max(0, m.start() - 10), m.start())
                and m.group()[:4].lower() == "the "
            ):
                continue  # the author's own name; "across the Meadows": a place, not a family
            if m.group()[:4].lower() == "the " and name.endswith("s") and _SPORT.search(text):
                continue  # "the Maroons ... Blues fans": a team, not a family
            if public.within(*sentence_bounds(text, m.start())):
                continue
            honorific = m.group()[:1] == "M" and m.group()[:4].rstrip(". ") in pp.HONORIFICS
            if honorific and pp.QUOTED.search(text, max(0, m.start() - 12), m.start()):
                continue  # "as Mr. Rogers said": a public figure, quoted
            if pf.vocative(text, m):
                continue  # "'Ms. P, I don't need college'": the author, addressed
            if published_initials(text, m) or staff_named.beside_job(text, m.end()):
                continue  # "H.M. (Henry Molaison)"; "Ms. Delgado, our diagnostician,"
            found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    return found


def named_with_initial(text: str, public: Hits, own: frozenset[str]) -> list[Span]:
    """Spans of "Marcus T." in a post about someone's care, not a colleague's or a public name."""
    found: list[Span] = []
    for m in pp.NAME_INITIAL.finditer(text):
        name = m.group("name")
        first = name.split(" ", 1)[0]
        if pp.NOT_NAMES.match(first) or places.is_own(name, own):
            continue
        if pp.TITLED.search(text, max(0, m.start() - 30), m.start()):
            continue
        if public.within(*sentence_bounds(text, m.start())) or not pp.CARE_CUE.search(text):
            continue
        found.append((*m.span("name"), "a name or initial", "Remove the name or initial."))
    return found
