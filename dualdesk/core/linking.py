"""Linking an X account to a pane: the PIN-flow step and the refusal.

The OAuth 1.0a PIN flow ("out of band") needs no redirect listener: X shows
the person a PIN after they authorise the app, and they type it in. The flow
has two steps with a person in between, so the state of the first step is
kept in a `PinSession` that the front holds on to.
"""

from __future__ import annotations

from dataclasses import dataclass

from dualdesk.core.errors import DualdeskError


class LinkRefused(DualdeskError):
    """Linking was refused to keep the two identities apart; nothing was changed."""


@dataclass(frozen=True, repr=False)
class PinSession:
    """The first step of a PIN flow: a request token waiting for the person's PIN.

    Attributes:
        authorize_url: the address to open in a browser signed in to X as
            the account to link.
        consumer_key: the X app's API key.
        consumer_secret: the X app's API key secret.
        request_token: the temporary token X issued for this authorisation.
        request_token_secret: its secret.
    """

    authorize_url: str
    consumer_key: str
    consumer_secret: str
    request_token: str
    request_token_secret: str

    def __repr__(self) -> str:
        return f"PinSession(authorize_url={self.authorize_url!r}, <secrets hidden>)"

    __str__ = __repr__
