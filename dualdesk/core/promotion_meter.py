"""The self-promotion meter: how much of the recent feed only plugs one's own site.

A "plug" is a post that is mostly a link to, or a mention of, the
clinician's own site (the professional profile's markers) with little else
in it. The meter looks at the last posts and warns gently when plugs are
more than half of them. Pure: no clock, no network.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

WINDOW = 20
WARN_ABOVE = 0.5
# A post with fewer content words than this besides its own-site reference is a plug.
MIN_CONTENT_WORDS = 8

_URL_RE = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(/\S*)?", re.I)
_TOKEN_RE = re.compile(r"[@#]?\w[\w'’-]*", re.UNICODE)
# Words that carry no content in a plug ("New on the blog: read it here").
_FILLER_WORDS = """
    a an the and or of on in at to for from with by my our your me us you i we it its is
    are be this that these those new latest just out now here there today week read
    check see visit more info link bio blog post article site website page up via
    book booking sessions session available open click find learn discover full
"""
_FILLER = frozenset(_FILLER_WORDS.split())


@dataclass(frozen=True)
class MeterReading:
    """The meter's value for the professional pane.

    Attributes:
        share: plugs / total (0.0 when there are no posts).
        plugs: how many of the posts only plug the clinician's own site.
        total: how many posts were looked at (at most 20).
        warning: a gentle note when plugs are more than half, else None.
    """

    share: float
    plugs: int
    total: int
    warning: str | None


def promotion_share(texts: Sequence[str], own_markers: Sequence[str]) -> MeterReading:
    """Return the meter for the newest posts (`texts` newest first; the first 20 count).

    Args:
        texts: the professional account's post texts, newest first.
        own_markers: the professional profile's markers (site address, practice name).
    """
    recent = list(texts[:WINDOW])
    plugs = sum(1 for text in recent if is_plug(text, own_markers))
    total = len(recent)
    share = plugs / total if total else 0.0
    warning = None
    if share > WARN_ABOVE:
        warning = (
            f"{plugs} of your last {total} posts only point to your own site. Readers tend "
            "to drift away from a feed that is mostly promotion: mix in something useful "
            "for its own sake."
        )
    return MeterReading(share, plugs, total, warning)


def is_plug(text: str, own_markers: Sequence[str]) -> bool:
    """Whether a post mainly links to or names the clinician's own site."""
    hosts, phrases = _split_markers(own_markers)
    rest = text
    found = False
    for match in list(_URL_RE.finditer(text)):
        host = match.group(1).lower().removeprefix("www.")
        if any(host == h or host.endswith("." + h) for h in hosts):
            found = True
            rest = rest.replace(match.group(0), " ")
    for phrase in phrases:
        pattern = re.compile(rf"(?<!\w)@?{re.escape(phrase)}(?!\w)", re.I)
        if pattern.search(rest):
            found = True
            rest = pattern.sub(" ", rest)
    if not found:
        return False
    rest = _URL_RE.sub(" ", rest) if any("." in t for t in rest.split()) else rest
    return _content_words(rest) < MIN_CONTENT_WORDS


def _split_markers(markers: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split markers into site hosts (riverapractice.org) and plain phrases."""
    hosts: list[str] = []
    phrases: list[str] = []
    for marker in markers:
        value = marker.strip()
        if not value:
            continue
        site = _URL_RE.fullmatch(value)
        if site and " " not in value:
            host = site.group(1).lower().removeprefix("www.")
            hosts.append(host)
            phrases.append(host)
        else:
            phrases.append(value.removeprefix("@"))
    return hosts, phrases


def _content_words(text: str) -> int:
    words = (t.lower() for t in _TOKEN_RE.findall(text))
    return sum(
        1
        for w in words
        if not w.startswith(("@", "#")) and w not in _FILLER and len(w) > 1 and not w.isdigit()
    )
