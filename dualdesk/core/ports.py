"""The narrow, typed seams through which the domain reaches the world.

Adapters in `dualdesk.infra` implement these; services depend only on them.
Every method raises the typed errors of `dualdesk.core.errors`, never a
library's own exceptions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from dualdesk.core.accounts import Profile, Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.linking import PinSession
from dualdesk.core.posts import Post, PostState
from dualdesk.core.timeline import Page, XPost, XUser


class Clock(Protocol):
    """The only way the domain learns the time."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware, in UTC."""
        ...


class XClient(Protocol):
    """One linked X account.

    Raises (every method): RateLimited, AuthRevoked, NotAvailableOnPlan,
    Transient, Rejected; `post` also DuplicateContent.
    """

    def whoami(self) -> XUser:
        """Return the account the credentials belong to."""
        ...

    def post(self, text: str, reply_to: str | None = None) -> XPost:
        """Publish a post and return it with X's id."""
        ...

    def delete(self, post_id: str) -> None:
        """Delete one of the account's posts."""
        ...

    def recent_posts(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        """Return the account's own recent posts, newest first."""
        ...

    def mentions(self, limit: int = 20, pagination_token: str | None = None) -> Page[XPost]:
        """Return posts that mention the account, newest first."""
        ...

    def followers(self, limit: int = 100, pagination_token: str | None = None) -> Page[XUser]:
        """Return accounts that follow this one."""
        ...

    def following(self, limit: int = 100, pagination_token: str | None = None) -> Page[XUser]:
        """Return accounts this one follows."""
        ...


class CredentialStore(Protocol):
    """Secrets per account, kept in the OS keyring and nowhere else.

    Raises (every method): CredentialsUnavailable when no keyring backend
    exists or it is locked.
    """

    def get(self, account: str, name: str) -> str | None:
        """Return a secret, or None if it is not stored."""
        ...

    def set(self, account: str, name: str, value: str) -> None:
        """Store a secret."""
        ...

    def delete(self, account: str, name: str) -> None:
        """Remove a secret; a missing secret is not an error."""
        ...


class ProfileStore(Protocol):
    """Account profiles. Raises StoreError when the data cannot be read or written."""

    def load_profiles(self) -> dict[Role, Profile]:
        """Return the saved profiles by role (missing roles are absent)."""
        ...

    def save_profiles(self, profiles: Sequence[Profile]) -> None:
        """Save profiles together, all or nothing."""
        ...


class Outbox(Protocol):
    """Queued posts and the history of sent ones. The source of truth for sending."""

    def add(self, post: Post) -> None:
        """Store a new post."""
        ...

    def update(self, post: Post) -> None:
        """Replace a stored post (matched by id)."""
        ...

    def get(self, post_id: str) -> Post | None:
        """Return one post, or None."""
        ...

    def posts(
        self,
        account: Role | None = None,
        states: Sequence[PostState] | None = None,
        since: datetime | None = None,
        limit: int | None = None,
    ) -> list[Post]:
        """Return posts, newest planned first, filtered as asked."""
        ...


class AuditLog(Protocol):
    """A local record of overrides and account changes."""

    def record(
        self, at: datetime, account: Role | None, rule: str, reason: str, text: str | None = None
    ) -> None:
        """Append one entry. `text` is kept only if the user opted in."""
        ...

    def entries(self, limit: int = 200) -> list[dict[str, object]]:
        """Return the newest entries first."""
        ...


class PinAuthorizer(Protocol):
    """The two network steps of X's OAuth 1.0a PIN flow.

    Raises (every method): Rejected when X refuses the keys or the PIN,
    RateLimited, Transient.
    """

    def begin(self, consumer_key: str, consumer_secret: str) -> PinSession:
        """Ask X for a request token and return where the person authorises it."""
        ...

    def finish(self, session: PinSession, pin: str) -> OAuth1Credentials:
        """Exchange the PIN X showed the person for the account's access token."""
        ...
