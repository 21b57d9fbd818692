"""`self_promotion`: plugs of the clinician's own site, and how often they come.

Professional account only. A plug is a post that links the clinician's own
website or blog (a domain among the professional markers) or advertises
their own services ("new blog post", "book a consultation", "link in bio").

Severity: a single bare plug (the plug and little else) is info: pointing
to your own writing now and then is normal. The meter is warn: when more
than half of the last 20 professional posts (this draft included) are
plugs, the account reads as an advert, which ethics guidance on social
media for clinicians singles out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards.alternation_trie import compiled
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import URL, links
from dualdesk.core.posts import Draft

PROMO_PHRASE = compiled(
    r"\b(?:(?:my|our) (?:new |latest |recent |free )?(?:blog(?: post)?|article|podcast|episode"
    r"|book|e-?book|newsletter|course|workshop(?!\s+(?:slides|prep|notes))|webinar|website|site"
    r"|substack|video|youtube"
    r"|guide|workbook|masterclass)\b"
    r"|new (?:on the )?blog(?: post)?\b|(?:on|over on) (?:the|my) blog\b|link in (?:my )?bio"
    r"|(?:book|schedule) (?:a|an|your) (?:free )?(?:session|consult(?:ation)?|appointment"
    r"|discovery call)"
    r"|(?:now |currently )?(?:accepting|taking) new (?:clients|patients|referrals)"
    r"|dm (?:me )?to book|sign up (?:now|today|here)|register (?:now|today|here)"
    r"|use code \w+|% off\b|subscribe (?:now|today|here)|pre-?order)",
    re.IGNORECASE,
)
_HASHTAG_OR_MENTION = compiled(r"[#@]\w+")
_WORD = compiled(r"[^\W_]+")

#: A plug with at most this many words of its own is a bare plug.
BARE_WORDS = 14


@lru_cache(maxsize=8)
def _own_domains(markers: tuple[str, ...]) -> tuple[str, ...]:
    domains = []
    for marker in markers:
        m = URL.search(marker.strip())
        if m:
            host = re.sub(r"^(?:https?://)?(?:www\.)?", "", m.group(), flags=re.IGNORECASE)
            domains.append(host.split("/")[0].lower())
    return tuple(domains)


def plug_span(text: str, profile: Profile) -> tuple[int, int] | None:
    """Return the span of the first own-site link or promotional phrase, or None."""
    domains = _own_domains(profile.markers)
    for start, end in links(text) if domains else ():
        if any(d in text[start:end].lower() for d in domains):
            return start, end
    promo = PROMO_PHRASE.search(text)
    return promo.span() if promo else None


def is_bare(text: str) -> bool:
    """Whether a text says little besides its links, tags and plug phrases."""
    pieces, cut = [], 0
    for start, end in links(text):
        pieces.append(text[cut:start])
        cut = end
    pieces.append(text[cut:])
    rest = " ".join(pieces)
    rest = PROMO_PHRASE.sub(" ", rest)
    rest = _HASHTAG_OR_MENTION.sub(" ", rest)
    return len(_WORD.findall(rest)) <= BARE_WORDS


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return self-promotion findings for a professional draft."""
    if draft.account is not Role.PROFESSIONAL:
        return []
    profile = context.profile(Role.PROFESSIONAL)
    span = plug_span(draft.text, profile)
    if span is None:
        return []
    settings = context.settings
    window = max(1, settings.promotion_window)
    earlier = context.latest(Role.PROFESSIONAL, window - 1)
    earlier_plugs = context.cached(
        f"promotion.plugs.{window}",
        lambda: sum(1 for p in earlier if plug_span(p.text, profile) is not None),
    )
    plugs = 1 + earlier_plugs
    total = 1 + len(earlier)
    if total >= window // 2 and plugs / total > settings.promotion_share:
        return [
            Finding(
                rule=Rule.SELF_PROMOTION,
                severity=Severity.WARN,
                start=span[0],
                end=span[1],
                message=(
                    f"With this one, {plugs} of your last {total} professional posts "
                    "promote your own site or services."
                ),
                advice=(
                    "Post something useful that is not a plug first: share research, "
                    "answer a question, or point to someone else's work."
                ),
            )
        ]
    if not is_bare(draft.text):
        return []
    return [
        Finding(
            rule=Rule.SELF_PROMOTION,
            severity=Severity.INFO,
            start=span[0],
            end=span[1],
            message=(
                f"This post is mostly a plug of your own work ({plugs} of your last "
                f"{total} professional posts are plugs)."
            ),
            advice="Say in a sentence what a reader gets from it, so it is more than an advert.",
        )
    ]
