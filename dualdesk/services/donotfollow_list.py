"""The do-not-follow list itself: clients' handles kept only as keyed digests.

Handles go in (from the app or `dualdesk donotfollow add` on stdin) and only
their HMAC-SHA256 digests under a per-install key are stored; the key lives
in the system keyring and is made on first use. A list whose key is gone
cannot be read any more, and says so rather than looking empty.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from dualdesk.core.donotfollow import (
    KEY_BYTES,
    DigestKeyLost,
    FollowRefused,
    InvalidHandle,
    digest,
    normalise,
    parse_handles,
)
from dualdesk.core.ports import CredentialStore
from dualdesk.services.hygiene_ports import DigestStore

KEY_NAME = "donotfollow_key"


class DoNotFollowList:
    """Adds, removes and looks up handles on the list, and refuses follows of them.

    Args:
        digests: where the digests are stored.
        keys: the system keyring (holds the per-install key).
        key_account: the keyring account the key is filed under (namespaced
            per data directory).
    """

    def __init__(self, digests: DigestStore, keys: CredentialStore, *, key_account: str) -> None:
        self._digests = digests
        self._keys = keys
        self._key_account = key_account

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
