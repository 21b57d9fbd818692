"""Test doubles for the link service: an in-memory keyring and a one-account X."""

from __future__ import annotations

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.errors import AuthRevoked, CredentialsUnavailable
from dualdesk.core.timeline import XUser


class MemoryCredentialStore:
    """A CredentialStore in a dict; it can be locked, or fail one write once."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}
        self.locked = False
        self.fail_write: int | None = None  # fail the Nth write from now, once

    def _check(self) -> None:
        if self.locked:
            raise CredentialsUnavailable("The system keyring is locked. Nothing was saved.")

    def get(self, account: str, name: str) -> str | None:
        self._check()
        return self.secrets.get((account, name))

    def set(self, account: str, name: str, value: str) -> None:
        self._check()
        if self.fail_write is not None:
            self.fail_write -= 1
            if self.fail_write == 0:
                self.fail_write = None
                raise CredentialsUnavailable("The keyring stopped answering.")
        self.secrets[(account, name)] = value

    def delete(self, account: str, name: str) -> None:
        self._check()
        self.secrets.pop((account, name), None)


class FakeX:
    """An X service that knows which account each access token belongs to."""

    def __init__(self) -> None:
        self.users: dict[str, XUser] = {}
        self.revoked: set[str] = set()
        self.whoami_calls = 0

    def add(self, access_token: str, user: XUser) -> None:
        self.users[access_token] = user

    def client(self, creds: OAuth1Credentials) -> FakeXClient:
        return FakeXClient(self, creds)


class FakeXClient:
    """The XClient port for one set of credentials; only whoami is needed here."""

    def __init__(self, x: FakeX, creds: OAuth1Credentials) -> None:
        self._x = x
        self._creds = creds

    def whoami(self) -> XUser:
        self._x.whoami_calls += 1
        if self._creds.access_token in self._x.revoked:
            raise AuthRevoked("X no longer accepts these keys: link the account again.")
        return self._x.users[self._creds.access_token]
