"""`phi` by the address: the practice's own contact details are no client's identifier.

A street address or a phone number is a client's identifier only when it is
theirs. In a sentence that speaks for the practice ("we have moved to 22
Ruataniwha St", "the team's new rooms are at...", "Ring the office on...",
a sentence naming the practice or the user from the profile) and names no
one else, it is the practice's own and is published on purpose; but a number
a call came "from" is the caller's, whatever line it rang.

`SOMEONE` is also what ties a street named without its number to a person
(`phi_described.py`): "the whānau on Kenilworth St".
"""

from __future__ import annotations

import re

from dualdesk.core.guards import phi_numbers as numbers
from dualdesk.core.guards import phi_patterns as pp
from dualdesk.core.guards import story_screen
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import sentence_bounds
from dualdesk.core.guards.phi_contact_offer import offered
from dualdesk.core.guards.phi_digits import PHONE, STREET, ZIP, digit_count
from dualdesk.core.guards.phi_lookalikes import on_screen
from dualdesk.core.guards.phi_phone_cues import caller_before
from dualdesk.core.guards.phi_published import not_a_zip

Span = tuple[int, int, str, str]

#: Someone other than the practice in the sentence: the address may be theirs.
SOMEONE = compiled(
    rf"\b(?:he|she|him|her|his|hers|they|them|their|(?:{pp.PERSON_NOUN})s?"
    r"|wh[a\u0101]nau|household)\b",
    re.IGNORECASE,
)
#: The practice speaking or spoken of: "we", "our", "the team", "the clinic", "the office".
_PRACTICE = compiled(
    r"\b(?:we|we're|we've|we'll|our|us|team|clinic|practice|service|office|hospice|centre"
    r"|center|surgery|rooms|reception|unit|programme|program|premises|nosotr[oa]s|nuestr[oa]s?"
    r"|consultorio|oficina|cl\u00ednica|equipo|recepci\u00f3n)\b",
    re.IGNORECASE,
)
#: Someone in Spanish, for a whole draft that may speak only for the practice.
_ALGUIEN = compiled(
    r"\b(?i:[e\u00e9]l|ella|ellos|ellas|su|sus|paciente|cliente|clienta|mam\u00e1|pap\u00e1"
    r"|nen[ea]|ni\u00f1[oa]|se\u00f1or[a]?|familia|hij[oa])\b"
)
#: A website among the profile's markers: "centroclinic.com", "https://www.x.org/".
_SITE = compiled(r"^(?:https?://)?(?:www\.)?(?P<domain>[\w-]+(?:\.[\w-]+)+)/?$")
_WORD = compiled(r"[^\W\d_]+")


def ours(text: str, start: int, own: frozenset[str]) -> bool:
    """Whether the contact detail at `start` is the practice's own, by its sentence.

    Args:
        text: the draft, plain.
        start: where the address or number starts.
        own: lower-cased words of the user's names, handles and markers.

    Returns:
        True when the sentence names no one but the practice and speaks for it
        ("we", "the office", "the team") or names the user or the practice.
    """
    s, e = sentence_bounds(text, start)
    if SOMEONE.search(text, s, e) or _ALGUIEN.search(text, s, e):
        return False
    if _PRACTICE.search(text, s, e):
        return True
    return any(w.lower() in own for w in _WORD.findall(text[s:start]) if w[:1].isupper())


def role_or_site(address: str, context: ReviewContext) -> bool:
    """Whether an email address is a role's ("info@") or at the practice's own website's."""
    if address.split("@", 1)[0].lower() in pp.ROLE_ADDRESSES:
        return True
    sites = context.cached(
        "phi.sites",
        lambda: frozenset(
            m.group("domain").lower()
            for p in context.profiles.values()
            for marker in p.markers
            if (m := _SITE.match(marker.strip())) is not None
        ),
    )
    return address.rsplit("@", 1)[-1].lower() in sites


def _only_practice(text: str, own: frozenset[str]) -> bool:
    """Whether the whole draft names the practice or user and no one else at all."""
    if SOMEONE.search(text) or _ALGUIEN.search(text):
        return False
    return any(w.lower() in own for w in _WORD.findall(text) if w[:1].isupper())


#: Each place pattern with the fewest digits its matches hold (`phi_digits`).
_PLACE_DIGITS = tuple(zip(pp.PLACE_PATTERNS, (STREET, ZIP, 0), strict=True))


def _place_patterns(digits: int) -> list[re.Pattern[str]]:
    """The place patterns that can match a draft with `digits` digits, in their order."""
    return [pattern for pattern, least in _PLACE_DIGITS if digits >= least]


def contacts(text: str, own: frozenset[str]) -> list[Span]:
    """Spans of street addresses and phone numbers that are not the practice's own."""
    screen = story_screen.on_screen(text, text.lower())  # "Abbott Elementary" is a show
    digits = digit_count(text)  # a street address needs a digit, a ZIP code five, a phone six
    found: list[Span] = [
        (*m.span(), "a place smaller than a state", "")
        for pattern in _place_patterns(digits)
        for m in pattern.finditer(text)
        if not ours(text, m.start(), own)  # "we've moved to 22 Elm St"
        and not not_a_zip(m)  # "RA 11036": a law's number, no state's ZIP code
        and not on_screen(text, m.start())  # "watching Abbott Elementary": a show's title
        and not (screen and m.group()[:1].isupper())
    ]
    phones = numbers.phones(text) if digits >= PHONE else []
    only = bool(phones) and _only_practice(text, own)  # "Centro X se muda ... Mismo teléfono"
    found.extend(
        p
        for p in phones
        if caller_before(text, p[0])  # "rang the practice line from 07700…": the caller's
        or not (only or ours(text, p[0], own) or offered(text, p[0], own))  # "Ring 0113…"
    )
    return found
