"""Typed errors that ports raise and services pass on.

Adapters translate their library's exceptions into these; nothing above a
port ever sees tweepy, keyring or sqlite exceptions. Messages never contain
secrets.
"""

from __future__ import annotations

from datetime import datetime


class DualdeskError(Exception):
    """Base of every error dualdesk reports to a person."""


class XError(DualdeskError):
    """The X service refused or could not complete a request."""


class RateLimited(XError):
    """Too many requests; X accepts more at `reset_at` (UTC), if known."""

    def __init__(self, reset_at: datetime | None, message: str = "") -> None:
        self.reset_at = reset_at
        when = f" until {reset_at:%H:%M} UTC" if reset_at else ""
        super().__init__(message or f"X is rate-limiting this account{when}.")


class AuthRevoked(XError):
    """The account's tokens no longer work: it must be linked again."""


class DuplicateContent(XError):
    """X refused the text because the account already posted it."""


class NotAvailableOnPlan(XError):
    """The user's X API plan does not include `feature`."""

    def __init__(self, feature: str, message: str = "") -> None:
        self.feature = feature
        super().__init__(message or f"Your X API plan does not include {feature}.")


class Transient(XError):
    """A passing failure (5xx, timeout, connection): trying again may work."""


class Rejected(XError):
    """X refused the request for a reason it states; retrying will not help."""


class CredentialsUnavailable(DualdeskError):
    """The OS keyring is missing or locked; nothing was stored elsewhere."""


class StoreError(DualdeskError):
    """The data directory cannot be read or written."""


class NotLinked(DualdeskError):
    """The account has no X link yet; the message says which and how to link it."""


class ReplyNotAllowed(Rejected):
    """X refused a reply because the original author did not mention or quote the account."""
