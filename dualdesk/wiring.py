"""The non-Qt half of the composition root, shared by app.py and cli.py.

It builds the concrete adapters for one data directory and hands them to the
services. Heavy libraries (tweepy, keyring, APScheduler) are imported only
when the object that needs them is first asked for, so the window's first
paint never waits for them.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from secrets import token_hex

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.ports import CredentialStore, XClient
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.datadir import resolve_data_dir
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.credentials import AccountSecrets
from dualdesk.services.linking import LinkService
from dualdesk.services.profiles import ProfileService

X_API_URL_ENV = "DUALDESK_X_API_URL"
DEFAULT_X_API_URL = "https://api.x.com"
# The setting that names this data directory's entries in the keyring.
KEYRING_NAMESPACE_SETTING = "keyring_namespace"


class Backend:
    """Everything below the fronts, for one data directory.

    Attributes:
        data_dir: where the SQLite file and sandbox state live.
    """

    def __init__(self, home: str | Path | None = None) -> None:
        self.data_dir = resolve_data_dir(home)
        self.clock = SystemClock()

    @cached_property
    def store(self) -> SQLiteStore:
        """The SQLite store; opening it may raise StoreError."""
        return SQLiteStore(self.data_dir)

    @cached_property
    def profiles(self) -> ProfileService:
        """Profile editing with the pair's rules."""
        return ProfileService(self.store)

    @cached_property
    def x_api_url(self) -> str:
        """The X API base URL: $DUALDESK_X_API_URL, else https://api.x.com."""
        return (os.environ.get(X_API_URL_ENV) or DEFAULT_X_API_URL).rstrip("/")

    @cached_property
    def credential_store(self) -> CredentialStore:
        """The system keyring (keyring is imported only now)."""
        from dualdesk.infra.keyring_credentials import KeyringCredentialStore  # noqa: PLC0415

        return KeyringCredentialStore()

    @cached_property
    def secrets(self) -> AccountSecrets:
        """Each account's X keys, filed under this data directory's own namespace."""
        namespace = self.store.get_setting(KEYRING_NAMESPACE_SETTING)
        if not isinstance(namespace, str) or not namespace:
            namespace = token_hex(8)
            self.store.set_setting(KEYRING_NAMESPACE_SETTING, namespace)
        return AccountSecrets(self.credential_store, namespace=namespace)

    def x_client(self, creds: OAuth1Credentials) -> XClient:
        """Return an X client for one account (tweepy is imported only now)."""
        from dualdesk.infra.x_tweepy import TweepyXClient  # noqa: PLC0415

        client: XClient = TweepyXClient(creds, base_url=self.x_api_url)
        return client

    @cached_property
    def linking(self) -> LinkService:
        """Linking and unlinking accounts, with the PIN flow against the X host."""
        from dualdesk.infra.x_pin_flow import OAuth1PinFlow  # noqa: PLC0415

        return LinkService(
            self.profiles,
            self.secrets,
            self.x_client,
            pin=OAuth1PinFlow(self.x_api_url),
            audit=self.store,
            clock=self.clock,
        )

    def close(self) -> None:
        """Release what was opened."""
        if "store" in self.__dict__:
            self.store.close()
