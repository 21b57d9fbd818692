"""The OAuth 1.0a keys and tokens that let dualdesk act for one X account."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, repr=False)
class OAuth1Credentials:
    """An app's consumer key pair and one account's access token pair.

    The consumer key and access token are identifiers; the two secrets are
    not shown by repr() or str(), so a credential object that ends up in a
    log or a traceback leaks nothing that signs requests.

    Attributes:
        consumer_key: the X app's API key.
        consumer_secret: the X app's API key secret.
        access_token: the account's access token.
        access_token_secret: the account's access token secret.
    """

    consumer_key: str
    consumer_secret: str
    access_token: str
    access_token_secret: str

    def __repr__(self) -> str:
        return (
            f"OAuth1Credentials(consumer_key={self.consumer_key!r}, consumer_secret='***', "
            f"access_token={_masked(self.access_token)!r}, access_token_secret='***')"
        )

    __str__ = __repr__

    @property
    def complete(self) -> bool:
        """Whether all four parts are present."""
        return all(
            (self.consumer_key, self.consumer_secret, self.access_token, self.access_token_secret)
        )


def _masked(token: str) -> str:
    """Keep only the start of a token: enough to tell two apart, not to use one."""
    return token[:6] + "..." if len(token) > 6 else "***"
