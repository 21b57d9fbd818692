"""Send tweepy's requests to the configured X host, signed for that host.

tweepy 4.17 builds every URL as ``https://api.twitter.com`` + route and has
no base-URL option. OAuth 1.0a signs the full URL, so the host has to be
replaced *before* the request is signed: a request signed for one host and
sent to another fails verification (401) at any server that checks.

`RoutedSession` does this in `prepare_request`, which `requests.Session.request`
calls before it signs (the `auth` object runs inside `PreparedRequest.prepare`).
It also applies connect/read timeouts, which tweepy never passes.
"""

from __future__ import annotations

import os
from typing import Any

import requests

API_URL_ENV = "DUALDESK_X_API_URL"
DEFAULT_API_URL = "https://api.x.com"
TWEEPY_HOST = "https://api.twitter.com"


def configured_api_url(explicit: str | None = None) -> str:
    """Return the X API base URL: explicit, else $DUALDESK_X_API_URL, else api.x.com."""
    url = explicit or os.environ.get(API_URL_ENV) or DEFAULT_API_URL
    return url.rstrip("/")


class RoutedSession(requests.Session):
    """A requests session that rewrites tweepy's fixed host to `base_url`.

    Args:
        base_url: scheme and host (and port) to send requests to, e.g.
            ``https://api.x.com`` or ``http://127.0.0.1:8123``.
        connect_timeout: seconds to wait for a connection.
        read_timeout: seconds to wait for the response to start arriving.
    """

    def __init__(self, base_url: str, connect_timeout: float, read_timeout: float) -> None:
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)

    def rewrite(self, url: str) -> str:
        """Return `url` with tweepy's host replaced by the configured one."""
        if url.startswith(TWEEPY_HOST + "/"):
            return self.base_url + url[len(TWEEPY_HOST) :]
        return url

    def prepare_request(self, request: requests.Request) -> requests.PreparedRequest:
        """Rewrite the URL, then prepare (and so sign) the request for it."""
        if isinstance(request.url, str):
            request.url = self.rewrite(request.url)
        return super().prepare_request(request)

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """Send a request with the session's timeouts unless others are given."""
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        return super().request(method, url, *args, **kwargs)
