"""An account's X keys as one unit, kept through the CredentialStore port."""

from __future__ import annotations

import contextlib

from dualdesk.core.accounts import Role
from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.errors import CredentialsUnavailable
from dualdesk.core.ports import CredentialStore

# Every secret an account may have. Keyrings cannot list their entries, so
# this list is how "remove every secret of an account" finds them all.
SECRET_NAMES: tuple[str, ...] = (
    "consumer_key",
    "consumer_secret",
    "access_token",
    "access_token_secret",
)


class AccountSecrets:
    """Saves, loads and forgets the OAuth 1.0a credentials of each account.

    Args:
        store: where secrets live (the system keyring).
        namespace: keeps the entries of one data directory apart from
            another's; "" for none.
    """

    def __init__(self, store: CredentialStore, namespace: str = "") -> None:
        self._store = store
        self._namespace = namespace

    def account(self, role: Role) -> str:
        """Return the store's account name for `role`."""
        return f"{self._namespace}/{role.value}" if self._namespace else role.value

    def load(self, role: Role) -> OAuth1Credentials | None:
        """Return the account's credentials, or None unless all four parts are stored.

        Raises:
            CredentialsUnavailable: the keyring is missing or locked.
        """
        account = self.account(role)
        values = [self._store.get(account, name) for name in SECRET_NAMES]
        if not all(values):
            return None
        return OAuth1Credentials(*(str(v) for v in values))

    def save(self, role: Role, creds: OAuth1Credentials) -> None:
        """Store the account's credentials, all four parts or none.

        If a part cannot be written, the parts already written are put back
        as they were (or removed) before the error is raised.

        Raises:
            CredentialsUnavailable: the keyring is missing or locked.
        """
        account = self.account(role)
        values = dict(zip(SECRET_NAMES, _parts(creds), strict=True))
        previous = {name: self._store.get(account, name) for name in SECRET_NAMES}
        written: list[str] = []
        try:
            for name, value in values.items():
                self._store.set(account, name, value)
                written.append(name)
        except CredentialsUnavailable:
            for name in written:
                with contextlib.suppress(CredentialsUnavailable):
                    old = previous[name]
                    if old is None:
                        self._store.delete(account, name)
                    else:
                        self._store.set(account, name, old)
            raise

    def forget(self, role: Role) -> bool:
        """Remove every secret of the account; missing ones are fine.

        Returns:
            Whether any secret was stored.

        Raises:
            CredentialsUnavailable: the keyring is missing or locked.
        """
        account = self.account(role)
        found = False
        for name in SECRET_NAMES:
            if self._store.get(account, name) is not None:
                found = True
                self._store.delete(account, name)
        return found


def _parts(creds: OAuth1Credentials) -> tuple[str, str, str, str]:
    return (
        creds.consumer_key,
        creds.consumer_secret,
        creds.access_token,
        creds.access_token_secret,
    )
