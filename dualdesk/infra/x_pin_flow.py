"""X's OAuth 1.0a PIN flow over requests-oauthlib.

Three endpoints under the API base URL: ``/oauth/request_token`` (with
callback ``oob``), ``/oauth/authorize?oauth_token=...`` (opened by the person
in a browser) and ``/oauth/access_token`` (with the PIN as verifier). Every
request is signed for the URL it is sent to, so the same code talks to
api.x.com and to the sandbox service.

requests-oauthlib logs the tokens it receives at DEBUG level: never turn on
DEBUG logging for the ``requests_oauthlib`` logger.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import requests
from requests_oauthlib import OAuth1Session
from requests_oauthlib.oauth1_session import TokenMissing, TokenRequestDenied

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.errors import RateLimited, Rejected, Transient
from dualdesk.core.linking import PinSession

DEFAULT_TIMEOUT = 30.0
_HTTP_TOO_MANY = 429
_HTTP_SERVER_ERROR = 500


def _reset_at(response: requests.Response) -> datetime | None:
    value = response.headers.get("x-rate-limit-reset", "")
    return datetime.fromtimestamp(int(value), tz=UTC) if value.isdigit() else None


@contextmanager
def _translated(refused: str) -> Iterator[None]:
    """Turn HTTP and OAuth failures into dualdesk's X errors (never with token values)."""
    try:
        yield
    except TokenRequestDenied as exc:
        status = exc.response.status_code
        if status == _HTTP_TOO_MANY:
            raise RateLimited(_reset_at(exc.response)) from None
        if status >= _HTTP_SERVER_ERROR:
            raise Transient(f"X could not answer (HTTP {status}); try again later.") from None
        raise Rejected(f"{refused} (HTTP {status}).") from None
    except TokenMissing:
        raise Rejected(f"{refused}: X's answer held no token.") from None
    except requests.Timeout:
        raise Transient("X did not answer in time; try again.") from None
    except requests.ConnectionError:
        raise Transient(
            "Cannot reach X: check the network connection (and DUALDESK_X_API_URL "
            "if you set it), then try again."
        ) from None
    except (requests.RequestException, ValueError, KeyError):
        # ValueError, KeyError: an answer that is not a complete form-encoded
        # token (its text may echo what was sent, so it is not passed on).
        raise Rejected(f"{refused}: X's answer could not be read.") from None


class OAuth1PinFlow:
    """Implements PinAuthorizer against one X API host.

    Args:
        base_url: scheme and host, e.g. ``https://api.x.com`` or the sandbox's
            ``http://127.0.0.1:PORT``.
        timeout: seconds to wait for each answer.
    """

    def __init__(self, base_url: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def begin(self, consumer_key: str, consumer_secret: str) -> PinSession:
        """Get a request token and return the address where the person authorises it.

        Raises:
            Rejected: X refused the app's API key and secret.
            RateLimited, Transient.
        """
        oauth = OAuth1Session(consumer_key, client_secret=consumer_secret, callback_uri="oob")
        with _translated("X did not accept the app's API key and secret; check them"):
            token = oauth.fetch_request_token(
                f"{self.base_url}/oauth/request_token", timeout=self.timeout
            )
            url = oauth.authorization_url(f"{self.base_url}/oauth/authorize")
        return PinSession(
            authorize_url=url,
            consumer_key=consumer_key,
            consumer_secret=consumer_secret,
            request_token=token["oauth_token"],
            request_token_secret=token["oauth_token_secret"],
        )

    def finish(self, session: PinSession, pin: str) -> OAuth1Credentials:
        """Exchange the PIN for the account's access token and secret.

        Raises:
            Rejected: X refused the PIN (mistyped, expired or already used):
                start again.
            RateLimited, Transient.
        """
        oauth = OAuth1Session(
            session.consumer_key,
            client_secret=session.consumer_secret,
            resource_owner_key=session.request_token,
            resource_owner_secret=session.request_token_secret,
            verifier=pin,
        )
        with _translated(
            "X did not accept the PIN: it may be mistyped, expired or used already. Start again"
        ):
            token = oauth.fetch_access_token(
                f"{self.base_url}/oauth/access_token", timeout=self.timeout
            )
        return OAuth1Credentials(
            consumer_key=session.consumer_key,
            consumer_secret=session.consumer_secret,
            access_token=token["oauth_token"],
            access_token_secret=token["oauth_token_secret"],
        )
