"""What one account's posting times show an observer, from here and from X.

The instants are the posts sent from dualdesk (their `sent_at`) together
with the account's recent posts on X (posted from anywhere; X's
`created_at`), counted once per X post id, read in the account's own
timing zone. The second picture adds the posts still waiting in the queue.
When X cannot be asked, the local history alone is used and the result
says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from dualdesk.core.accounts import Role
from dualdesk.core.errors import CredentialsUnavailable, XError
from dualdesk.core.exposure import ExposureReport, exposure_with_queued
from dualdesk.core.ports import Outbox, XClient
from dualdesk.core.posts import PostState
from dualdesk.core.timing_policy import TimingPolicy

ClientLookup = Callable[[Role], XClient | None]
"""Returns the account's X client, or None when it is not linked."""

# X's page size limit for an account's own posts.
PAGE_SIZE = 100


class PolicySource(Protocol):
    """Where each account's timing policy comes from (TimingService)."""

    def policy(self, role: Role) -> TimingPolicy:
        """Return the account's timing policy."""
        ...


@dataclass(frozen=True)
class AccountExposure:
    """One account's exposure, sent posts alone and with the queued ones.

    Attributes:
        account: whose posts.
        zone: the IANA zone the hours are read in (the account's policy's).
        sent_only: what the posts already out there show.
        with_queued: the same, with the queued posts' planned times added.
        queued: how many queued posts were added.
        from_x: how many of the counted posts were read from X.
        note: why X's posts are missing or incomplete, in words; "" if not.
    """

    account: Role
    zone: str
    sent_only: ExposureReport
    with_queued: ExposureReport
    queued: int
    from_x: int
    note: str = ""

    @property
    def reports(self) -> tuple[ExposureReport, ExposureReport]:
        """(sent_only, with_queued), as the exposure dialog takes them."""
        return self.sent_only, self.with_queued


class ExposureService:
    """Builds the exposure picture for an account.

    Args:
        outbox: the local history and queue.
        client_provider: gives each linked account's X client (None if unlinked).
        timing: each account's timing policy, for its zone.
        x_pages: how many pages of 100 posts to read from X at most.
    """

    def __init__(
        self,
        outbox: Outbox,
        client_provider: ClientLookup,
        timing: PolicySource,
        *,
        x_pages: int = 5,
    ) -> None:
        self._outbox = outbox
        self._clients = client_provider
        self._timing = timing
        self._x_pages = x_pages

    def report(self, role: Role) -> AccountExposure:
        """Return what the account's posting times show.

        Talks to X: call it off the GUI thread.

        Raises:
            UnknownZone: the account's timing zone is not a known zone.
        """
        zone = self._timing.policy(role).zone
        local = {
            post.tweet_id or f"local:{post.id}": post.sent_at or post.planned_at
            for post in self._outbox.posts(account=role, states=[PostState.SENT])
        }
        on_x, note = self._from_x(role)
        instants = {**local, **on_x}  # X's own time wins for posts it has
        queued = [
            post.planned_at
            for post in self._outbox.posts(
                account=role, states=[PostState.QUEUED, PostState.SENDING]
            )
        ]
        sent_only, with_queued = exposure_with_queued(instants.values(), queued, zone)
        return AccountExposure(
            account=role,
            zone=zone,
            sent_only=sent_only,
            with_queued=with_queued,
            queued=len(queued),
            from_x=len(on_x.keys() - local.keys()),
            note=note,
        )

    def _from_x(self, role: Role) -> tuple[dict[str, datetime], str]:
        """Return the account's recent posts on X by id, and a note if that failed."""
        only_local = "only the posts sent from dualdesk are counted."
        try:
            client = self._clients(role)
        except CredentialsUnavailable as exc:
            return {}, f"The {role.value} account's keys could not be read ({exc}); {only_local}"
        if client is None:
            return {}, f"The {role.value} account is not linked, so {only_local}"
        found: dict[str, datetime] = {}
        token: str | None = None
        try:
            for _ in range(self._x_pages):
                page = client.recent_posts(limit=PAGE_SIZE, pagination_token=token)
                found.update({p.id: p.created_at for p in page.items if p.created_at})
                token = page.next_token
                if token is None:
                    break
        except XError as exc:
            if found:
                return found, (
                    f"X stopped answering after {len(found)} of the {role.value} account's "
                    f"posts ({exc}); older posts count only if sent from dualdesk."
                )
            return found, f"X could not be asked for the {role.value} account's posts " + (
                f"({exc}); {only_local}"
            )
        return found, ""
