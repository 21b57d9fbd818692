"""Which mentions an account answered on X itself (phone app, website).

dualdesk's outbox only knows the replies it sent. A reply typed on X shows
up among the account's own recent posts, with `in_reply_to` naming the
mention. Reading own posts costs an owned read each time, so one account's
finder reads at most one page per mentions page: the newest page with the
newest mentions, then one page further back with each older mentions page.
"""

from __future__ import annotations

import logging
import threading

from dualdesk.core.accounts import Role
from dualdesk.core.errors import DualdeskError
from dualdesk.core.ports import XClient

log = logging.getLogger(__name__)

# Own posts read per mentions page (X bills each owned read).
OWN_POSTS_PAGE = 20


class RepliesOnX:
    """One account's replies found among its own recent posts on X.

    Args:
        role: the account whose own posts are read (for the log line only).
        page_size: own posts read per page (X allows 5 to 100).
    """

    def __init__(self, role: Role, page_size: int = OWN_POSTS_PAGE) -> None:
        self._role = role
        self._page_size = page_size
        self._replied: set[str] = set()
        self._next_token: str | None = None
        self._pages_read = 0
        self._lock = threading.Lock()

    def read(self, client: XClient, *, newest: bool) -> tuple[frozenset[str], bool]:
        """Read one page of own posts and return the ids replied to so far.

        Pages loaded at the same time (a refresh while older mentions load)
        take turns, so each still reads one page.

        Args:
            client: the account's X client.
            newest: start again from the newest own posts (the first
                mentions page); otherwise read one page further back, or
                nothing once X lists no older own posts.

        Returns:
            The ids of the posts replied to in the own posts read since the
            last `newest` read, and False when this read failed (it is
            logged; what was found before is kept).
        """
        with self._lock:
            if newest:
                self._replied.clear()
                self._next_token = None
                self._pages_read = 0
            checked = self._read_page(client)
            return frozenset(self._replied), checked

    def _read_page(self, client: XClient) -> bool:
        if self._pages_read and self._next_token is None:
            return True  # every own post X lists was read already: no need to pay again
        try:
            page = client.recent_posts(self._page_size, self._next_token)
        except DualdeskError as exc:
            log.warning(
                "could not read the %s account's own recent posts, so replies made on X "
                "show as waiting: %s: %s",
                self._role.value,
                type(exc).__name__,
                exc,
            )
            return False
        self._pages_read += 1
        self._next_token = page.next_token
        self._replied.update(p.in_reply_to for p in page.items if p.in_reply_to)
        return True
