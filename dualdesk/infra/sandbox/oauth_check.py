"""Verify OAuth 1.0a HMAC-SHA1 signatures with oauthlib's server side.

The request is checked as it arrived: method, the full URL (from the Host
header the client sent, the path and the query), and the body parameters
when the body is form-encoded. A request signed for another host or path,
with a wrong consumer or token secret, an unknown or revoked token, a stale
timestamp or a replayed nonce does not verify.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from typing import Any

from oauthlib.oauth1 import RequestValidator, SignatureOnlyEndpoint

from dualdesk.infra.sandbox.records import SandboxUser
from dualdesk.infra.sandbox.state import SandboxState

DUMMY_SECRET = "sandbox-dummy-secret"  # noqa: S105 - used for unknown keys, never valid
NONCE_MEMORY = 10_000


class _Validator(RequestValidator):  # type: ignore[misc]
    """Answers oauthlib's questions from the sandbox state."""

    enforce_ssl = False
    # Sandbox keys contain dashes; real X keys are alphanumeric.
    safe_characters = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    client_key_length = (8, 80)
    access_token_length = (8, 120)
    nonce_length = (8, 80)

    def __init__(self, state: SandboxState) -> None:
        super().__init__()
        self._state = state
        self._lock = threading.Lock()
        self._seen: set[tuple[str, str, str]] = set()
        self._order: deque[tuple[str, str, str]] = deque()

    @property
    def dummy_client(self) -> str:
        return "sandbox-dummy-client"

    @property
    def dummy_access_token(self) -> str:
        return "sandbox-dummy-token"

    def validate_client_key(self, client_key: str, request: Any) -> bool:
        return self._state.consumer_secret(client_key) is not None

    def get_client_secret(self, client_key: str, request: Any) -> str:
        return self._state.consumer_secret(client_key) or DUMMY_SECRET

    def get_access_token_secret(self, client_key: str, token: str, request: Any) -> str:
        user = self._state.user_by_token(token)
        return user.access_token_secret if user else DUMMY_SECRET

    def validate_timestamp_and_nonce(  # noqa: PLR0917 - oauthlib's signature
        self,
        client_key: str,
        timestamp: str,
        nonce: str,
        request: Any,
        request_token: str | None = None,
        access_token: str | None = None,
    ) -> bool:
        key = (client_key, timestamp, nonce)
        with self._lock:
            if key in self._seen:
                return False
            self._seen.add(key)
            self._order.append(key)
            if len(self._order) > NONCE_MEMORY:
                self._seen.discard(self._order.popleft())
        return True


class SignatureChecker:
    """Finds the sandbox user a signed request acts for.

    Args:
        state: where consumer keys, tokens and their secrets are registered.
    """

    def __init__(self, state: SandboxState) -> None:
        self._state = state
        self._endpoint = SignatureOnlyEndpoint(_Validator(state))

    def user_for(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes
    ) -> SandboxUser | None:
        """Return the user the request is validly signed for, else None.

        None when the signature does not verify, the token is unknown or
        revoked, or the token belongs to another app's consumer key.
        """
        text = body.decode("utf-8", "replace") if body else None
        valid, request = self._endpoint.validate_request(url, method, text, dict(headers))
        if not valid or request is None or not request.resource_owner_key:
            return None
        user = self._state.user_by_token(request.resource_owner_key)
        if user is None or user.revoked or user.consumer_key != request.client_key:
            return None
        return user
