"""Secrets in the operating system's keyring, and nowhere else.

This is the only module that imports `keyring`. It implements the
`CredentialStore` port over whichever system keyring `keyring` finds (the
Secret Service on Linux, e.g. gnome-keyring or KeePassXC; KWallet; the macOS
Keychain; the Windows Credential Locker), and refuses the backends that
would discard secrets or keep them in a plain file.

Each secret is one keyring entry: service `service`, user name
``"{account}/{name}"``. Keyrings cannot list entries, so whoever removes
"every secret of an account" deletes each known name in turn.

A locked keyring may show the desktop's unlock prompt and wait for the
person: call these methods off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from dualdesk.core.errors import CredentialsUnavailable

DEFAULT_SERVICE = "dualdesk"

# Backends that keep nothing, or keep secrets in files dualdesk does not trust.
_DISCARDING = ("keyring.backends.fail", "keyring.backends.null")
_FILE_BASED = ("keyrings.alt",)

_NO_KEYRING = (
    "No system keyring was found. dualdesk keeps its keys (X sign-ins, the "
    "do-not-follow list's key) only in the system "
    "keyring, never in a file: install and start a Secret Service such as "
    "gnome-keyring or KeePassXC (with its Secret Service integration on), or "
    "use KWallet, then try again."
)
_LOCKED = (
    "The system keyring is locked. Unlock it (log in to your desktop session, "
    "or run `gnome-keyring-daemon --unlock`) and try again."
)
_OUTCOME = {
    "read": " Nothing was changed.",
    "save": " Nothing was saved.",
    "remove": " Nothing was removed.",
}


def _dbus_errors() -> tuple[type[BaseException], ...]:
    """Errors of the Secret Service client libraries that `keyring` lets through."""
    errors: list[type[BaseException]] = []
    try:
        from secretstorage.exceptions import SecretStorageException  # noqa: PLC0415

        errors.append(SecretStorageException)
    except ImportError:  # not on Linux
        pass
    try:
        from jeepney import DBusErrorResponse  # noqa: PLC0415

        errors.append(DBusErrorResponse)
    except ImportError:  # not on Linux
        pass
    return tuple(errors)


def _name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _refused(backend: KeyringBackend) -> str | None:
    """Say why `backend` must not hold dualdesk's secrets, or None if it may."""
    module = type(backend).__module__
    if module.startswith(_DISCARDING):
        return _NO_KEYRING
    if module.startswith(_FILE_BASED):
        return (
            f"The keyring is set to {_name(backend)}, which keeps secrets in a "
            "file; dualdesk keeps X keys only in the system keyring. Remove that "
            "setting (the PYTHON_KEYRING_BACKEND variable, or default-keyring in "
            "keyringrc.cfg) and use gnome-keyring, KeePassXC or KWallet."
        )
    return None


def secure_backend() -> KeyringBackend:
    """Return the keyring backend to use, refusing those that are not a system keyring.

    When `keyring` chains several backends, the highest-priority system
    keyring of the chain is used on its own, so a secret can never slip
    through to a file-based member.

    Raises:
        CredentialsUnavailable: no system keyring is available or configured.
    """
    try:
        active = keyring.get_keyring()
    except Exception as exc:  # keyring reports a bad configuration in many ways
        raise CredentialsUnavailable(
            f"The keyring configuration could not be loaded ({type(exc).__name__}). "
            "Check the PYTHON_KEYRING_BACKEND variable and keyringrc.cfg."
        ) from exc
    members = getattr(active, "backends", None)
    candidates = list(members) if members is not None else [active]
    reasons = [_refused(backend) for backend in candidates]
    for backend, reason in zip(candidates, reasons, strict=True):
        if reason is None:
            return backend
    raise CredentialsUnavailable(next((r for r in reasons if r), _NO_KEYRING))


@contextmanager
def _translated(action: str, hide: str = "") -> Iterator[None]:
    """Turn keyring and D-Bus failures into CredentialsUnavailable."""
    outcome = _OUTCOME[action]
    failures: tuple[type[BaseException], ...] = (
        keyring.errors.KeyringError,
        OSError,
        *_dbus_errors(),
    )
    try:
        yield
    except CredentialsUnavailable:
        raise
    except keyring.errors.KeyringLocked as exc:
        raise CredentialsUnavailable(_LOCKED + outcome) from exc
    except keyring.errors.NoKeyringError as exc:
        raise CredentialsUnavailable(_NO_KEYRING + outcome) from exc
    except keyring.errors.InitError as exc:
        raise CredentialsUnavailable(
            "The system keyring could not be opened: is the Secret Service "
            "(e.g. gnome-keyring) running in this desktop session? Start it and "
            "try again." + outcome
        ) from exc
    except failures as exc:
        detail = str(exc).replace(hide, "***") if hide else str(exc)
        raise CredentialsUnavailable(
            f"The system keyring failed to {action} a secret "
            f"({type(exc).__name__}: {detail[:200]}). Check that the keyring "
            "service is running and unlocked, then try again." + outcome
        ) from exc


class KeyringCredentialStore:
    """Implements CredentialStore over the system keyring.

    Args:
        service: the keyring service name every entry is filed under.
    """

    def __init__(self, service: str = DEFAULT_SERVICE) -> None:
        self.service = service
        self._backend: KeyringBackend | None = None

    def _keyring(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = secure_backend()
        return self._backend

    @staticmethod
    def username(account: str, name: str) -> str:
        """Return the keyring user name of one secret of one account."""
        return f"{account}/{name}"

    def get(self, account: str, name: str) -> str | None:
        """Return a secret, or None if it is not stored.

        Raises:
            CredentialsUnavailable: no usable keyring, or it is locked.
        """
        with _translated("read"):
            value = self._keyring().get_password(self.service, self.username(account, name))
        return value

    def set(self, account: str, name: str, value: str) -> None:
        """Store a secret, replacing any earlier value.

        Raises:
            CredentialsUnavailable: no usable keyring, or it is locked; nothing
                was stored anywhere.
        """
        with _translated("save", hide=value):
            self._keyring().set_password(self.service, self.username(account, name), value)

    def delete(self, account: str, name: str) -> None:
        """Remove a secret; a missing secret is not an error.

        Raises:
            CredentialsUnavailable: no usable keyring, or it is locked.
        """
        username = self.username(account, name)
        with _translated("remove"):
            backend = self._keyring()
            try:
                backend.delete_password(self.service, username)
            except keyring.errors.PasswordDeleteError:
                # Most backends say "no such password" this way; make sure
                # that is what happened before calling it success.
                if backend.get_password(self.service, username) is not None:
                    raise
