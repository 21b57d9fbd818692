"""`whereabouts`: the clinician's own comings and goings, on the professional account.

Clients, and people who wish a clinician harm, read the professional
account. It should not say where the clinician is, who they are with, when
the office is empty, or that they are awake at 3 am. Fires on: travel and
location ("flying to Denver", "at the airport", "greetings from"), company
("with my husband"), outings, errands and family occasions ("Niece's
christening in Paisley on Saturday", "A470 is a car park again"), office
closures with a date or day, and late-night remarks ("can't sleep", "3am
again"). General advice about sleep or travel does not fire: the patterns
need the first person, a sentence start, or the clinician's own office.

Severity: warn. It is a safety habit, not an ethics breach, and the same
post is fine on the personal account: the advice offers moving it there.
"""

from __future__ import annotations

from itertools import chain

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Finding, Rule, Severity
from dualdesk.core.guards import whereabouts_aboard as wab
from dualdesk.core.guards import whereabouts_activity as wa
from dualdesk.core.guards import whereabouts_closures as wc
from dualdesk.core.guards import whereabouts_errands as we
from dualdesk.core.guards import whereabouts_field_claims as wfc
from dualdesk.core.guards import whereabouts_generic as wg
from dualdesk.core.guards import whereabouts_gerunds as wger
from dualdesk.core.guards import whereabouts_local as wl
from dualdesk.core.guards import whereabouts_moments as wm
from dualdesk.core.guards import whereabouts_named as wname
from dualdesk.core.guards import whereabouts_night as wn
from dualdesk.core.guards import whereabouts_outings as wo
from dualdesk.core.guards import whereabouts_visits as wvis
from dualdesk.core.guards import whereabouts_voices as wv
from dualdesk.core.guards.context import ReviewContext
from dualdesk.core.guards.lexicon import (
    DATE,
    DAY_WORDS,
    Folding,
    Hits,
    lowered,
    plain,
    sentence_bounds,
)
from dualdesk.core.guards.whereabouts_phrases import AT_EVENT, NOW_WORDS, PHRASES
from dualdesk.core.posts import Draft

_NIGHT_WHAT = "shows you are awake late at night"
_F_PHRASES = Folding(PHRASES)
_F_ACTIVITY = Folding(wa.ACTIVITY)
_F_CLOSURE = Folding(wc.CLOSURE)
_F_LATE = Folding(wn.LATE)
_F_LED = Folding(wa.LED_ACTIVITY)
_F_NIGHT = Folding(wn.NIGHT)
_F_CLOSED = Folding(wa.CLOSED)
_F_OUTING = Folding(wo.OUTING)
_F_OUTING_LED = Folding(wo.OUTING_LED)
_F_KIN_OCCASION = Folding(wo.KIN_OCCASION)
_F_WHEN = tuple(Folding(p) for p in (DATE, DAY_WORDS, wc.UNTIL))


def _movements(text: str, low: str | None) -> list[tuple[int, int, str]]:
    """Movements to or in a place that are the author's own (see `whereabouts_named`)."""
    found = []
    for start, end, where in wname.movements(text, low):
        before = max(0, start - 24)
        if (
            wname.NOT_PLACES.match(where)
            or wname.NOT_SELF.search(text, before, start)
            or we.third_before(text, start)
            or wger.nobodys_trip(text, start)
            or we.GENERIC_DOING.match(text, start)
            or wname.RETURN_TO_SPORT.match(text, start, end)
            or wfc.field_claim(text, start, end)  # "training in Nigeria is still too thin"
        ):
            continue
        found.append((start, end, "says where you are or will be"))
    return found


def _spans(text: str) -> list[tuple[int, int, str]]:
    low = lowered(text)
    found: list[tuple[int, int, str]] = []
    now_words = Hits(NOW_WORDS, text)
    for m in AT_EVENT.finditer(text):
        s, e = sentence_bounds(text, m.start())
        if now_words.within(s, e):
            found.append((*m.span(), "says where you are or will be"))
    found.extend(_movements(text, low))
    for m in _F_PHRASES.finditer(text, low):
        before = max(0, m.start() - 24)
        if not (wo.NOT_OWN.search(text, before, m.start()) or we.third_before(text, m.start())):
            found.append((*m.span(), "tells of your own plans, travel or company"))
    when = [p.hits(text, low) for p in _F_WHEN]
    for m in _F_CLOSURE.finditer(text, low):
        s, e = sentence_bounds(text, m.start())
        if any(h.within(s, e) for h in when):
            found.append((*m.span(), "says when your office will be empty"))
    activities = (_F_ACTIVITY.finditer(text, low), wa.ACTIVITY_NAMED.finditer(text))
    for start, end in chain(wl.local(text, low), wvis.visits(text, low), wab.aboard(text, low)):
        if not (
            wo.NOT_OWN.search(text, max(0, start - 24), start) or we.third_before(text, start)
        ):
            found.append((start, end, "tells of your own plans, travel or company"))
    for m in chain(*activities, we.errands(text, low)):
        if not we.third_before(text, m.start()):
            found.append((*m.span(), "tells of your own plans, travel or company"))
    for m in chain(wa.PLACE_EDGE.finditer(text), wname.place_when(text)):
        found.append((*m.span(), "tells of your own plans, travel or company"))
    for m in chain(_F_OUTING.finditer(text, low), wo.ROUTE_NAMED.finditer(text)):
        if not wo.NOT_OWN.search(text, max(0, m.start() - 24), m.start()):
            found.append((*m.span(), "tells of your own plans, travel or company"))
    for m in wo.VENUE_NAMED.finditer(text):
        s, e = sentence_bounds(text, m.start())
        if wo.NOT_OWN.search(text, max(0, m.start() - 24), m.start()):
            continue
        if now_words.within(s, e) or wo.IN_PICTURE.search(text):
            found.append((*m.span(), "tells of your own plans, travel or company"))
    dated = when[:2]  # a date or a day word; "from" and "until" alone do not place an occasion
    for m in _F_KIN_OCCASION.finditer(text, low):
        if wo.NOT_OWN.search(text, max(0, m.start() - 24), m.start()):
            continue
        s, e = sentence_bounds(text, m.start())
        placed = now_words.within(s, e) or wo.PLACE_NEAR.search(text, m.end(), e)
        if placed or any(h.within(s, e) for h in dated):
            found.append((*m.span(), "tells of your own plans, travel or company"))
    for m in chain(_F_LED.finditer(text, low), wa.LED_PLACE.finditer(text)):
        if wa.LEAD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            found.append((*m.span(), "tells of your own plans, travel or company"))
    for m in _F_OUTING_LED.finditer(text, low):
        before = max(0, m.start() - 24)
        if wa.LEAD_BEFORE.search(text, before, m.start()) or wo.I_BEFORE.search(
            text, before, m.start()
        ):
            found.append((*m.span(), "tells of your own plans, travel or company"))
    for m in chain(_F_NIGHT.finditer(text, low), wn.NIGHT_EDGE.finditer(text)):
        if not wn.LATE_NOT_SELF.search(text, max(0, m.start() - 20), m.start()):
            found.append((*m.span(), _NIGHT_WHAT))
    for m in _F_CLOSED.finditer(text, low):
        s, e = sentence_bounds(text, m.start())
        if any(h.within(s, e) for h in when):
            found.append((*m.span(), "says when your office will be empty"))
    for m in _F_LATE.finditer(text, low):
        if wn.LATE_NOT_SELF.search(text, max(0, m.start() - 20), m.start()):
            continue
        found.append((*m.span(), _NIGHT_WHAT))
    found.extend(chain(wm.remarks(text, low, _NIGHT_WHAT), wv.spans(text, low)))
    quotes = wl.quoted(text)
    owner = wg.Ownership(text)
    return [
        f
        for f in dict.fromkeys(found)  # a remark two patterns found is read once
        if not any(s <= f[0] < e for s, e in quotes)
        and not owner.not_own(f[0], f[1], night=f[2] == _NIGHT_WHAT)
    ]


def check(draft: Draft, context: ReviewContext) -> list[Finding]:
    """Return a warn finding for each whereabouts remark in a professional draft."""
    del context
    if draft.account is not Role.PROFESSIONAL:
        return []
    text = draft.text
    findings: list[Finding] = []
    end_seen = -1
    for start, end, what in sorted(
        wv.with_respelled(plain(text), _spans), key=lambda s: (s[0], -s[1])
    ):
        if start < end_seen:
            continue
        end_seen = end
        findings.append(
            Finding(
                rule=Rule.WHEREABOUTS,
                severity=Severity.WARN,
                start=start,
                end=end,
                message=f"\u201c{text[start:end]}\u201d {what}, on your public professional "
                "account.",
                advice="Move this to the Personal pane, or leave out where and when you are.",
            )
        )
    return findings
