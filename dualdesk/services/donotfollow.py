"""The do-not-follow list: clients' handles kept as keyed digests, and the check.

Handles go in (from the app or `dualdesk donotfollow add` on stdin) and only
their HMAC-SHA256 digests under a per-install key are stored; the key lives
in the system keyring. The professional account's followers and following
are compared against the list on demand and daily. A match carries the
handle as X returned it, in memory only: it is shown to the clinician and
never stored or logged.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from dualdesk.core.accounts import Role
from dualdesk.core.donotfollow import (
    KEY_BYTES,
    CheckResult,
    DigestKeyLost,
    FollowRefused,
    InvalidHandle,
    Match,
    Relation,
    digest,
    normalise,
    parse_handles,
)
from dualdesk.core.errors import AuthRevoked, NotLinked, XError
from dualdesk.core.ports import Clock, CredentialStore
from dualdesk.core.timeline import Page, XUser
from dualdesk.services.hygiene_ports import ClientProvider, DigestStore, Settings

KEY_NAME = "donotfollow_key"
LAST_CHECK_SETTING = "donotfollow_last_check"
CHECK_EVERY = timedelta(hours=24)
# An incomplete check (rate limit, network) is tried again sooner.
RETRY_INCOMPLETE_AFTER = timedelta(hours=1)
PAGE_SIZE = 1000
# One paged listing of an account: followers or following.
Listing = Callable[[int, str | None], Page[XUser]]
# Stops a listing that never ends (a server repeating tokens) from looping forever.
MAX_PAGES = 200


@dataclass(frozen=True)
class LastCheck:
    """What the last check found, remembered without any handle.

    Attributes:
        at: when it ran (UTC).
        matches: how many listed accounts it found.
        complete: whether both lists were read to the end.
    """

    at: datetime
    matches: int
    complete: bool


class DoNotFollowService:
    """Keeps the do-not-follow list and checks the professional account against it.

    Args:
        digests: where the digests are stored.
        keys: the system keyring (holds the per-install key).
        key_account: the keyring account the key is filed under (namespaced
            per data directory).
        clients: returns a linked account's X client, or None.
        settings: remembers when the last check ran and how many it found.
        clock: the time of checks.
        page_size: followers/following per request.
    """

    def __init__(
        self,
        digests: DigestStore,
        keys: CredentialStore,
        *,
        key_account: str,
        clients: ClientProvider,
        settings: Settings,
        clock: Clock,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._digests = digests
        self._keys = keys
        self._key_account = key_account
        self._clients = clients
        self._settings = settings
        self._clock = clock
        self._page_size = page_size

    # -- the list ---------------------------------------------------------

    def add(self, handles: Iterable[str]) -> int:
        """Add handles (one per entry; @, case and x.com/ addresses allowed).

        Returns:
            How many were not listed before.

        Raises:
            InvalidHandles: an entry is not a handle; nothing was added.
            CredentialsUnavailable: the keyring is missing or locked; nothing
                was added.
            DigestKeyLost: the list exists but its key is gone from the keyring.
        """
        parsed = parse_handles(handles)
        if not parsed:
            return 0
        key = self._key(create=True)
        assert key is not None
        return self._digests.add_digests({digest(key, h) for h in parsed})

    def remove(self, handles: Iterable[str]) -> int:
        """Remove handles; return how many were listed.

        Raises:
            InvalidHandles, CredentialsUnavailable, DigestKeyLost: as for `add`.
        """
        parsed = parse_handles(handles)
        key = self._key(create=False) if parsed else None
        if key is None:
            return 0
        return self._digests.remove_digests({digest(key, h) for h in parsed})

    def clear(self) -> int:
        """Empty the list (the key stays); return how many entries there were."""
        return self._digests.clear_digests()

    def count(self) -> int:
        """Return how many handles are listed."""
        return len(self._digests.digests())

    def contains(self, handle: str) -> bool:
        """Whether `handle` is listed.

        Raises:
            InvalidHandle: `handle` is not an X handle.
            CredentialsUnavailable, DigestKeyLost.
        """
        bare = normalise(handle)
        if bare is None:
            raise InvalidHandle()
        stored = self._digests.digests()
        key = self._key(create=False) if stored else None
        return key is not None and digest(key, bare) in stored

    def refuse_follow(self, handle: str) -> None:
        """Raise if dualdesk must not follow `handle`; call before any follow action.

        Raises:
            FollowRefused: the handle is on the list.
            InvalidHandle, CredentialsUnavailable, DigestKeyLost.
        """
        if self.contains(handle):
            raise FollowRefused()

    # -- the check --------------------------------------------------------

    def check(self, role: Role = Role.PROFESSIONAL) -> CheckResult:
        """Compare the account's followers and following with the list.

        A list that cannot be read to the end (plan, rate limit, network)
        is noted in `problems`; what was read is still compared.

        Raises:
            NotLinked: the account is not linked.
            AuthRevoked: X no longer accepts its tokens.
            CredentialsUnavailable, DigestKeyLost.
        """
        stored = self._digests.digests()
        now = self._clock.now()
        if not stored:
            result = CheckResult(checked_at=now, listed=0)
            self._remember(result)
            return result
        key = self._key(create=False)
        assert key is not None
        client = self._clients(role)
        if client is None:
            raise NotLinked(
                f"The {role.value} account is not linked: link it to check its followers."
            )
        matches: list[Match] = []
        problems: list[str] = []
        counts: dict[Relation, int] = {}
        for relation, listing in (
            (Relation.FOLLOWER, client.followers),
            (Relation.FOLLOWING, client.following),
        ):
            seen = 0
            try:
                for user in _every(listing, self._page_size):
                    seen += 1
                    # As X spells it: no validation, so an odd handle still compares.
                    bare = user.handle.strip().removeprefix("@").lower()
                    if bare.isascii() and digest(key, bare) in stored:
                        matches.append(Match(user.handle, relation))
            except AuthRevoked:
                raise
            except XError as exc:
                problems.append(str(exc))
            counts[relation] = seen
        result = CheckResult(
            checked_at=now,
            listed=len(stored),
            matches=tuple(matches),
            followers_checked=counts[Relation.FOLLOWER],
            following_checked=counts[Relation.FOLLOWING],
            problems=tuple(problems),
        )
        self._remember(result)
        return result

    def last_check(self) -> LastCheck | None:
        """What the last check found, if one ever ran."""
        value = self._settings.get_setting(LAST_CHECK_SETTING)
        if not isinstance(value, dict):
            return None
        try:
            return LastCheck(
                datetime.fromisoformat(str(value["at"])),
                int(value["matches"]),
                bool(value.get("complete", True)),
            )
        except (KeyError, ValueError, TypeError):
            return None

    def check_if_due(self, role: Role = Role.PROFESSIONAL) -> CheckResult | None:
        """Run `check` if none ran for a day (an hour after an incomplete one).

        The daily job calls this, e.g. hourly; it returns None when nothing
        was due.
        """
        last = self.last_check()
        if last is not None:
            wait = CHECK_EVERY if last.complete else RETRY_INCOMPLETE_AFTER
            if self._clock.now() - last.at < wait:
                return None
        return self.check(role)

    # -- helpers ----------------------------------------------------------

    def _remember(self, result: CheckResult) -> None:
        self._settings.set_setting(
            LAST_CHECK_SETTING,
            {
                "at": result.checked_at.isoformat(),
                "matches": len(result.matches),
                "complete": result.complete,
            },
        )

    def _key(self, *, create: bool) -> bytes | None:
        """Return the per-install key; make it on first use if `create`."""
        stored = self._keys.get(self._key_account, KEY_NAME)
        if stored:
            return bytes.fromhex(stored)
        if self._digests.digests():
            raise DigestKeyLost()
        if not create:
            return None
        value = secrets.token_hex(KEY_BYTES)
        self._keys.set(self._key_account, KEY_NAME, value)
        return bytes.fromhex(value)


def _every(listing: Listing, page_size: int) -> Iterable[XUser]:
    """Yield every user of a paged listing, following next tokens."""
    token: str | None = None
    seen_tokens: set[str] = set()
    for _ in range(MAX_PAGES):
        page: Page[XUser] = listing(page_size, token)
        yield from page.items
        token = page.next_token
        if not token or token in seen_tokens:
            return
        seen_tokens.add(token)
