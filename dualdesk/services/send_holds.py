"""Which accounts may send now: holds after X stops accepting a sign-in.

When X no longer accepts an account's tokens, or the account was never
linked, the account is held: the reason is kept in settings (so it survives
a restart) and every queued post of that account shows it, until the
account is linked (again) and the hold released. A locked keyring is not a
hold: the posts just wait for the next try.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from dualdesk.core.accounts import Role
from dualdesk.core.errors import AuthRevoked, CredentialsUnavailable, NotLinked
from dualdesk.core.ports import Outbox, XClient
from dualdesk.core.posts import Post, PostState
from dualdesk.services.posting_ports import ClientProvider, Settings

log = logging.getLogger(__name__)

HOLD_MESSAGE = (
    "Account needs re-linking: X no longer accepts its sign-in. "
    "Link it again; its posts wait until then."
)
NOT_LINKED_MESSAGE = (
    "Account not linked yet: its posts wait until you link it "
    "(Accounts menu, or `dualdesk link ROLE --pin`)."
)
#: Every reason a queued post can show for its account's hold.
HOLD_MESSAGES = (HOLD_MESSAGE, NOT_LINKED_MESSAGE)

StoreChange = Callable[[Post, Post], list[Post]]
"""(post as read, post as it should be) -> [the stored post], or [] if it changed meanwhile."""


def by_account(posts: Iterable[Post]) -> dict[Role, list[Post]]:
    """Group posts by account, keeping their order."""
    grouped: dict[Role, list[Post]] = {}
    for post in posts:
        grouped.setdefault(post.account, []).append(post)
    return grouped


class AccountHolds:
    """Holds the accounts X no longer accepts, and hands out clients for the others.

    Not thread-safe on its own: the sender calls it under its lock.
    """

    def __init__(
        self, outbox: Outbox, clients: ClientProvider, settings: Settings, store: StoreChange
    ) -> None:
        """Build the holds.

        Args:
            outbox: the posts whose error shows the hold.
            clients: gives each account's X client.
            settings: where per-account holds are kept.
            store: writes a changed post and tells listeners.
        """
        self._outbox = outbox
        self._clients = clients
        self._settings = settings
        self._store = store

    @staticmethod
    def _key(account: Role) -> str:
        return f"sender.hold.{account.value}"

    def held(self, account: Role) -> str | None:
        """Return why the account's posts are held, or None if they may be sent."""
        value = self._settings.get_setting(self._key(account))
        return str(value) if value else None

    def release(self, account: Role) -> list[Post]:
        """Let the account's posts go again; return the posts that no longer show the hold."""
        self._settings.set_setting(self._key(account), None)
        released = []
        for post in self._outbox.posts(account=account, states=[PostState.QUEUED]):
            if post.error in HOLD_MESSAGES:
                released += self._store(post, post.evolve(error=""))
        return released

    def hold(self, account: Role, reason: str = HOLD_MESSAGE) -> list[Post]:
        """Hold the account's posts until it is linked (again); return the posts marked.

        Args:
            account: the account to hold.
            reason: one of HOLD_MESSAGES, shown on each of its queued posts.
        """
        log.info("holding the %s account's posts: it needs linking", account.value)
        self._settings.set_setting(self._key(account), reason)
        return self._mark_held(account, reason)

    def _mark_held(self, account: Role, reason: str) -> list[Post]:
        held = []
        for post in self._outbox.posts(account=account, states=[PostState.QUEUED]):
            if post.error != reason:
                held += self._store(post, post.evolve(error=reason))
        return held

    def client(self, account: Role) -> tuple[XClient | None, list[Post]]:
        """Return the account's client, or None and the posts this held."""
        reason = self.held(account)
        if reason:
            return None, self._mark_held(account, reason)  # posts queued since the hold
        try:
            return self._clients(account), []
        except NotLinked:
            return None, self.hold(account, NOT_LINKED_MESSAGE)
        except AuthRevoked:
            return None, self.hold(account)
        except CredentialsUnavailable as exc:
            log.warning("cannot read the %s account's credentials: %s", account.value, exc)
            return None, []
