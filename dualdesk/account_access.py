"""The lower half of the composition root: one data directory and its two accounts.

It opens the data directory's store and profiles and says how each account
reaches X: which X service (the real one, $DUALDESK_X_API_URL or the built-in
sandbox), where its keys are kept (the system keyring, under this data
directory's own namespace) and the one X client it is given. The services
are built on top of it in `dualdesk.wiring`. Heavy libraries (tweepy,
keyring) are imported only when first needed.
"""

from __future__ import annotations

import os
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dualdesk.core.accounts import Role
from dualdesk.core.errors import NotLinked
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.datadir import resolve_data_dir
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.profiles import ProfileService

if TYPE_CHECKING:
    from dualdesk.core.credentials import OAuth1Credentials
    from dualdesk.core.ports import CredentialStore, XClient
    from dualdesk.infra.sandbox.server import SandboxServer
    from dualdesk.infra.x_tweepy import TweepyXClient
    from dualdesk.services.credentials import AccountSecrets

X_API_URL_ENV = "DUALDESK_X_API_URL"
DEFAULT_X_API_URL = "https://api.x.com"
# The setting that names this data directory's entries in the keyring.
KEYRING_NAMESPACE_SETTING = "keyring_namespace"


class AccountAccess:
    """One data directory's store and profiles, and each account's way to X.

    Attributes:
        home: the data directory asked for.
        sandbox: whether the accounts live on the built-in sandbox X service.
        data_dir: where this backend's SQLite file lives: `home`, or
            `home/sandbox` for the sandbox, so sandbox data never mixes with
            real accounts' data and stays behind when a real account is linked.
    """

    def __init__(self, home: str | Path | None = None, sandbox: bool = False) -> None:
        """Describe the data directory; nothing is opened yet.

        Args:
            home: the data directory (default: $DUALDESK_HOME or the user data dir).
            sandbox: use the built-in sandbox X service and its demo accounts.
        """
        self.home = resolve_data_dir(home)
        self.sandbox = sandbox
        self.data_dir = self.home / "sandbox" if sandbox else self.home
        self.clock = SystemClock()
        # Per account: the credentials and user id a client was made for, and the client.
        self._clients: dict[Role, tuple[OAuth1Credentials, str, TweepyXClient]] = {}
        self._clients_lock = threading.Lock()

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
        """The X API base URL: the sandbox's, else $DUALDESK_X_API_URL or https://api.x.com."""
        if self.sandbox:
            return self.sandbox_server.url
        return (os.environ.get(X_API_URL_ENV) or DEFAULT_X_API_URL).rstrip("/")

    @cached_property
    def sandbox_server(self) -> SandboxServer:
        """The built-in X service on loopback, started now, with the demo profiles saved."""
        from dualdesk.infra.sandbox.demo_profiles import demo_profiles  # noqa: PLC0415
        from dualdesk.infra.sandbox.server import SandboxServer  # noqa: PLC0415

        server = SandboxServer(self.data_dir / "x-service").start()
        self.store.save_profiles(demo_profiles(server.state, self.store.load_profiles()))
        return server

    def _credentials(self, role: Role) -> OAuth1Credentials | None:
        if self.sandbox:
            from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS  # noqa: PLC0415

            return DEMO_CREDENTIALS[role.value]
        return self.secrets.load(role)

    @cached_property
    def credential_store(self) -> CredentialStore:
        """The system keyring (keyring is imported only now)."""
        from dualdesk.infra.keyring_credentials import KeyringCredentialStore  # noqa: PLC0415

        return KeyringCredentialStore()

    @cached_property
    def keyring_namespace(self) -> str:
        """This data directory's prefix for its keyring entries (made on first use)."""
        namespace = self.store.get_setting(KEYRING_NAMESPACE_SETTING)
        if not isinstance(namespace, str) or not namespace:
            from secrets import token_hex  # noqa: PLC0415 - only the first time

            namespace = token_hex(8)
            self.store.set_setting(KEYRING_NAMESPACE_SETTING, namespace)
        return namespace

    @cached_property
    def secrets(self) -> AccountSecrets:
        """Each account's X keys, filed under this data directory's own namespace."""
        from dualdesk.services.credentials import AccountSecrets  # noqa: PLC0415

        return AccountSecrets(self.credential_store, namespace=self.keyring_namespace)

    def x_client(self, creds: OAuth1Credentials) -> XClient:
        """Return an X client for one account (tweepy is imported only now)."""
        from dualdesk.infra.x_tweepy import TweepyXClient  # noqa: PLC0415

        client: XClient = TweepyXClient(creds, base_url=self.x_api_url)
        return client

    def client_for(self, role: Role) -> XClient | None:
        """Return the X client of a linked account, or None if it has no keys or link.

        Raises:
            CredentialsUnavailable: the keyring is missing or locked.
        """
        if self.sandbox:
            self.sandbox_server  # noqa: B018 - starts the service and saves the demo profiles
        profile = self.profiles.profiles()[role]
        creds = self._credentials(role) if profile.linked else None
        with self._clients_lock:
            cached = self._clients.get(role)
            if cached is not None and cached[:2] == (creds, profile.x_user_id):
                return cached[2]
            if cached is not None:  # unlinked or linked again since
                del self._clients[role]
                cached[2].close()
            if creds is None:
                return None
            from dualdesk.infra.x_tweepy import TweepyXClient  # noqa: PLC0415

            client = TweepyXClient(creds, base_url=self.x_api_url, user_id=profile.x_user_id)
            self._clients[role] = (creds, profile.x_user_id, client)
            return client

    def linked_client(self, role: Role) -> XClient:
        """The sender's client provider: the account's client, or NotLinked if unlinked."""
        client = self.client_for(role)
        if client is None:
            raise NotLinked(
                f"The {role.value} account is not linked: run `dualdesk link {role.value}`."
            )
        return client

    def _close_clients(self) -> None:
        """Close every account's X client (they are made again when asked for)."""
        with self._clients_lock:
            for _, _, client in self._clients.values():
                client.close()
            self._clients.clear()
