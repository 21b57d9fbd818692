"""Finding out whether an interrupted send reached X.

A post left in `sending` (the process died mid-send) or refused as
duplicate content after a retry may already be on X. Before sending it
again, look through the account's recent posts for the same text, and if
it is there, record the post as sent.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Collection
from datetime import datetime, timedelta

from dualdesk.core.ports import Outbox, XClient
from dualdesk.core.posts import Post, PostState
from dualdesk.core.timeline import XPost

log = logging.getLogger(__name__)

# Allowance for the local clock running ahead of X's.
CLOCK_SLACK = timedelta(minutes=5)
PAGE_SIZE = 100
MAX_PAGES = 3

_URL_RE = re.compile(r"https?://\S+")


def normalise(text: str) -> str:
    """Return text as X would echo it back, for comparison.

    X returns HTML entities (&amp;) and replaces links with t.co links, so
    entities are decoded, every link becomes one token and runs of
    whitespace become one space.
    """
    text = _URL_RE.sub("<link>", html.unescape(text))
    return " ".join(text.split())


def find_on_x(client: XClient, post: Post, claimed: Collection[str]) -> XPost | None:
    """Return the X post that is `post`, if the account has it.

    The post cannot be on X before it was queued, so only posts created
    after `post.created_at` (less a clock allowance) count; posts already
    recorded for another outbox entry (`claimed`) are skipped.

    Raises:
        XError: X could not be asked (the caller leaves the post as it is).
    """
    wanted = normalise(post.text)
    since = post.created_at - CLOCK_SLACK
    token: str | None = None
    for _ in range(MAX_PAGES):
        page = client.recent_posts(limit=PAGE_SIZE, pagination_token=token)
        for item in page.items:
            if _older(item.created_at, since):
                return None
            if item.id not in claimed and normalise(item.text) == wanted:
                return item
        token = page.next_token
        if token is None:
            return None
    return None


def look_on_x(client: XClient, outbox: Outbox, post: Post) -> XPost | None:
    """`find_on_x`, skipping X posts already recorded for the account's sent posts.

    Raises:
        XError: X could not be asked.
    """
    sent = outbox.posts(account=post.account, states=[PostState.SENT], limit=1000)
    return find_on_x(client, post, {p.tweet_id for p in sent if p.tweet_id})


def sent_as(post: Post, found: XPost, now: datetime) -> Post:
    """Return `post` recorded as sent: it was found on X as `found`."""
    log.info("post %s was already on X as %s", post.id, found.id)
    return post.evolve(
        state=PostState.SENT, tweet_id=found.id, sent_at=found.created_at or now, error=""
    )


def _older(created_at: datetime | None, since: datetime) -> bool:
    return created_at is not None and created_at < since
