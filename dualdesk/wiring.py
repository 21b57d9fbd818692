"""The non-Qt half of the composition root, shared by app.py and cli.py.

It builds the concrete adapters for one data directory and hands them to the
services. Heavy libraries (tweepy, keyring, APScheduler) are imported only
when the object that needs them is first asked for, so the window's first
paint never waits for them.
"""

from __future__ import annotations

import os
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dualdesk.core.accounts import Role
from dualdesk.core.errors import AuthRevoked
from dualdesk.infra.clock import SystemClock
from dualdesk.infra.datadir import resolve_data_dir
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.profiles import ProfileService

# Services beyond profiles are imported when first asked for: the window's
# first paint needs only the profiles.
if TYPE_CHECKING:
    from dualdesk.core.credentials import OAuth1Credentials
    from dualdesk.core.ports import CredentialStore, XClient
    from dualdesk.core.posts import Post
    from dualdesk.infra.sandbox.server import SandboxServer
    from dualdesk.infra.scheduler import OutboxScheduler
    from dualdesk.infra.sender_lock import SenderLock
    from dualdesk.infra.x_tweepy import TweepyXClient
    from dualdesk.services.credentials import AccountSecrets
    from dualdesk.services.donotfollow import DoNotFollowService
    from dualdesk.services.exposure import ExposureService
    from dualdesk.services.linking import LinkService
    from dualdesk.services.mentions import MentionsService
    from dualdesk.services.pair_audit import PairAuditService
    from dualdesk.services.posting import PostingService
    from dualdesk.services.posting_ports import ClientProvider, Planner, Replanner, Reviewer
    from dualdesk.services.promotion_meter import PromotionMeterService
    from dualdesk.services.review import ReviewService
    from dualdesk.services.sender import Sender
    from dualdesk.services.timing import TimingService

X_API_URL_ENV = "DUALDESK_X_API_URL"
DEFAULT_X_API_URL = "https://api.x.com"
# The setting that names this data directory's entries in the keyring.
KEYRING_NAMESPACE_SETTING = "keyring_namespace"


class Backend:
    """Everything below the fronts, for one data directory.

    Attributes:
        home: the data directory asked for.
        sandbox: whether the accounts live on the built-in sandbox X service.
        data_dir: where this backend's SQLite file lives: `home`, or
            `home/sandbox` for the sandbox, so sandbox data never mixes with
            real accounts' data and stays behind when a real account is linked.
    """

    def __init__(
        self,
        home: str | Path | None = None,
        sandbox: bool = False,
        *,
        clients: ClientProvider | None = None,
        reviewer: Reviewer | None = None,
        planner: Planner | None = None,
        replanner: Replanner | None = None,
    ) -> None:
        """Describe the backend for one data directory; nothing is opened yet.

        Args:
            home: the data directory (default: $DUALDESK_HOME or the user data dir).
            sandbox: use the built-in sandbox X service and its demo accounts.
            clients: gives each account's X client to the sender (default:
                the linked accounts' clients).
            reviewer: the guards (default: the real ones).
            planner: the timing rules (default: each account's policy).
            replanner: new times for overdue posts (default: each account's policy).
        """
        self.home = resolve_data_dir(home)
        self.sandbox = sandbox
        self.data_dir = self.home / "sandbox" if sandbox else self.home
        self.clock = SystemClock()
        # Per account: the credentials and user id a client was made for, and the client.
        self._clients: dict[Role, tuple[OAuth1Credentials, str, TweepyXClient]] = {}
        self._clients_lock = threading.Lock()
        self._sender_clients = clients
        self._reviewer = reviewer
        self._planner = planner
        self._replanner = replanner

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

    @cached_property
    def pair_audit(self) -> PairAuditService:
        """The pair audit and its remembered checklist answers."""
        from dualdesk.services.pair_audit import PairAuditService  # noqa: PLC0415

        return PairAuditService(self.profiles, self.client_for, self.store)

    @cached_property
    def mentions(self) -> MentionsService:
        """Each pane's mentions inbox."""
        from dualdesk.services.mentions import MentionsService  # noqa: PLC0415

        return MentionsService(self.client_for, self.store, self.store)

    @cached_property
    def promotion_meter(self) -> PromotionMeterService:
        """The self-promotion meter of the professional pane."""
        from dualdesk.services.promotion_meter import PromotionMeterService  # noqa: PLC0415

        return PromotionMeterService(self.profiles, self.client_for)

    @cached_property
    def donotfollow(self) -> DoNotFollowService:
        """The do-not-follow list; its key is in the keyring, per data directory."""
        from dualdesk.services.donotfollow import DoNotFollowService  # noqa: PLC0415

        return DoNotFollowService(
            self.store,
            self.credential_store,
            key_account=f"{self.keyring_namespace}/install",
            clients=self.client_for,
            settings=self.store,
            clock=self.clock,
        )

    @cached_property
    def linking(self) -> LinkService:
        """Linking and unlinking accounts, with the PIN flow against the X host."""
        from dualdesk.infra.x_pin_flow import OAuth1PinFlow  # noqa: PLC0415
        from dualdesk.services.linking import LinkService  # noqa: PLC0415

        return LinkService(
            self.profiles,
            self.secrets,
            self.x_client,
            pin=OAuth1PinFlow(self.x_api_url),
            audit=self.store,
            clock=self.clock,
            on_linked=lambda role: self.sender.release_hold(role),  # noqa: PLW0108 - lazy
        )

    def real_accounts(self) -> Backend:
        """The backend of the real accounts in the same data directory."""
        if not self.sandbox:
            return self
        if "_real" not in self.__dict__:
            self._real = Backend(self.home)
        return self._real

    def posting_history(self, role: Role, limit: int = 30) -> list[Post]:
        """The account's recent posts in the outbox, any state, newest first."""
        return self.store.posts(account=role, limit=limit)

    def linked_client(self, role: Role) -> XClient:
        """The sender's client provider: the account's client, or AuthRevoked if unlinked."""
        client = self.client_for(role)
        if client is None:
            raise AuthRevoked(
                f"The {role.value} account is not linked: run `dualdesk link {role.value}`."
            )
        return client

    @cached_property
    def timing(self) -> TimingService:
        """Each account's timing policy (in the machine's zone by default) and prices."""
        from dualdesk.infra.clock import local_zone_name  # noqa: PLC0415
        from dualdesk.services.timing import TimingService  # noqa: PLC0415

        return TimingService(self.store, local_zone_name())

    @cached_property
    def posting(self) -> PostingService:
        """Review, plan and queue drafts; change queued posts."""
        from dualdesk.services.posting import PostingService  # noqa: PLC0415

        posting = PostingService(
            self.store,
            self.store,
            self.store,
            self.clock,
            reviewer=self._reviewer or self.review.review,
            planner=self._planner or self.timing.plan,
        )
        # The guards compare drafts with the history: keep their cache fresh.
        posting.subscribe(lambda _post: self.review.invalidate())
        return posting

    @cached_property
    def sender(self) -> Sender:
        """Sends due posts; use it only while holding `sender_lock`."""
        from dualdesk.services.sender import Sender  # noqa: PLC0415

        return Sender(
            self.store,
            self._sender_clients or self.linked_client,
            self.store,
            self._replanner or self.timing.replan,
        )

    @cached_property
    def sender_lock(self) -> SenderLock:
        """The one-sender-per-data-directory lock."""
        from dualdesk.infra.sender_lock import SenderLock  # noqa: PLC0415

        return SenderLock(self.data_dir)

    @cached_property
    def scheduler(self) -> OutboxScheduler:
        """Wakes the sender on time (APScheduler is imported on first use)."""
        from dualdesk.infra.scheduler import OutboxScheduler  # noqa: PLC0415 - heavy import

        scheduler = OutboxScheduler(self.sender, self.clock)
        self.posting.subscribe(scheduler.schedule)
        return scheduler

    @cached_property
    def exposure(self) -> ExposureService:
        """What each account's posting times show, from here and from X."""
        from dualdesk.services.exposure import ExposureService  # noqa: PLC0415

        return ExposureService(self.store, self.client_for, self.timing)

    @cached_property
    def review(self) -> ReviewService:
        """The pre-post guards, with profiles and history from the store."""
        from dualdesk.services.review import ReviewService  # noqa: PLC0415

        return ReviewService(self.store, self.store, self.clock)

    def close(self) -> None:
        """Release what was opened."""
        with self._clients_lock:
            for _, _, client in self._clients.values():
                client.close()
            self._clients.clear()
        if "scheduler" in self.__dict__:
            self.scheduler.stop()
        if "sender_lock" in self.__dict__:
            self.sender_lock.release()
        if "sandbox_server" in self.__dict__:
            self.sandbox_server.stop()
        if "_real" in self.__dict__:
            self._real.close()
        if "store" in self.__dict__:
            self.store.close()
