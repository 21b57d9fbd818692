"""The narrow seams the account-hygiene services need beyond core's ports.

`SQLiteStore` implements both protocols; tests use small in-memory fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Protocol

from dualdesk.core.accounts import Role
from dualdesk.core.ports import XClient

# Returns the X client of a linked account, or None when it is not linked.
# Raises CredentialsUnavailable when the keyring cannot be read.
ClientProvider = Callable[[Role], XClient | None]


class Settings(Protocol):
    """Small JSON values kept in the data directory (never secrets, never handles)."""

    def get_setting(self, key: str, default: object = None) -> object:
        """Return a setting, or `default`."""
        ...

    def set_setting(self, key: str, value: object) -> None:
        """Store a setting."""
        ...


class DigestStore(Protocol):
    """The do-not-follow list as keyed digests. Raises StoreError on failure."""

    def add_digests(self, digests: Collection[str]) -> int:
        """Store digests; return how many were new."""
        ...

    def remove_digests(self, digests: Collection[str]) -> int:
        """Remove digests; return how many were there."""
        ...

    def digests(self) -> frozenset[str]:
        """Return every stored digest."""
        ...

    def clear_digests(self) -> int:
        """Remove every digest; return how many there were."""
        ...
