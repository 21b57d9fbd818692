"""Finding out whether an interrupted send reached X.

A post left in `sending` (the process died mid-send) or refused as
duplicate content after a retry may already be on X. Before sending it
again, look through the account's recent posts for the same text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from datetime import datetime, timedelta

from dualdesk.core.ports import XClient
from dualdesk.core.posts import Post
from dualdesk.core.timeline import XPost

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


def _older(created_at: datetime | None, since: datetime) -> bool:
    return created_at is not None and created_at < since
